import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../data-dir';
import { consoleLogger } from '../log';
import { openServices } from '../services';
import { registerIpc } from './ipc';
import { sealedKeyStore } from './key-store';
import { electronSqliteBinding } from './native-binding';
import { createPrinter } from './printing';
import { registerAppScheme, serveUi } from './protocol';
import { createOpenExternal } from './security';
import { WINDOW_TITLE, createMainWindow } from './window';

/**
 * The Electron host's lifecycle. Thin on purpose: everything the desk does
 * lives in handlers/ behind `dispatch`, shared with the browser host.
 */
const here = dirname(fileURLToPath(import.meta.url));
// Bundled: dist/electron/main.mjs beside dist/renderer.
const uiRoot = join(here, '..', 'renderer');

// Both hosts must open the same register, so userData is pinned to the
// folder serve.ts uses rather than Electron's default (the package name).
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
// Chromium's caches stay out of the folder that holds the register.
app.setPath('sessionData', join(dataDir, 'chromium'));
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second copy would write the same register; the first one takes focus instead.
  app.quit();
} else {
  registerAppScheme();
  const log = consoleLogger();
  let services: ReturnType<typeof openServices> | null = null;
  let win: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // The desk runs on Windows and Linux: closing the window ends the app.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    services?.close();
    services = null;
  });

  app
    .whenReady()
    .then(() => {
      services = openServices({
        dataDir: app.getPath('userData'),
        log,
        open: { nativeBinding: electronSqliteBinding(process.resourcesPath) },
        // safeStorage works only once the app is ready, which is why the store is made here.
        keys: sealedKeyStore(safeStorage, app.getPath('userData'), log),
      });
      serveUi(uiRoot);
      const print = createPrinter({
        chooseFile: async (suggested) => {
          const parent = BrowserWindow.getFocusedWindow();
          const options = { defaultPath: join(app.getPath('documents'), suggested), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
          const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
          return r.canceled || !r.filePath ? null : r.filePath;
        },
        writeFile: (path, data) => writeFile(path, data),
        log,
      });
      registerIpc(services, { print });
      win = createMainWindow({ openExternal: createOpenExternal(shell) });
      win.on('closed', () => {
        win = null;
      });
    })
    .catch((e: unknown) => {
      // Typically a register written by a newer app, or a missing Electron build of SQLite.
      log.error('the desk could not start', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      dialog.showErrorBox(WINDOW_TITLE, e instanceof Error ? e.message : String(e));
      app.exit(1);
    });
}
