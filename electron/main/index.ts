import { app, BrowserWindow, dialog, safeStorage, shell, utilityProcess } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../data-dir';
import { consoleLogger } from '../log';
import { createBackendHost, type BackendHost } from './backend-host';
import { registerIpc } from './ipc';
import { handOverKey, sealedKeyStore } from './key-store';
import { handOverCredential, sealedCredentialStore } from './credential-store';
import { electronSqliteBinding } from './native-binding';
import { createPrinter } from './printing';
import { registerAppScheme, serveUi } from './protocol';
import { createOpenExternal } from './security';
import { WINDOW_TITLE, createMainWindow } from './window';

/**
 * The Electron host's lifecycle. Thin on purpose: everything the desk does
 * lives in handlers/ behind `dispatch`, shared with the browser host, and
 * runs in the backend utility process (backend/), so no import or refresh
 * can freeze the window. Main keeps the window, the sender checks, the
 * session tokens, the keychain and printing.
 */
const here = dirname(fileURLToPath(import.meta.url));
// Bundled: dist/electron/main.mjs beside dist/renderer, and backend.mjs beside it.
const uiRoot = join(here, '..', 'renderer');
const backendEntry = join(here, 'backend.mjs');

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
  let backend: BackendHost | null = null;
  let backendClosed = false;
  let win: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // The desk runs on Windows and Linux: closing the window ends the app.
  app.on('window-all-closed', () => app.quit());
  // The backend closes the register itself (a last statistics refresh, then close), so quitting waits for it.
  app.on('will-quit', (event) => {
    if (!backend || backendClosed) return;
    event.preventDefault();
    void backend.stop().finally(() => {
      backendClosed = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData');
      // safeStorage works only once the app is ready, which is why the store is made here.
      const keys = sealedKeyStore(safeStorage, userData, log);
      const credentials = sealedCredentialStore(safeStorage, userData, log);
      backend = createBackendHost({
        fork: () =>
          // stdio piped: the backend's log lines join main's log (backend-host.ts).
          utilityProcess.fork(backendEntry, [], { serviceName: 'desk-backend', stdio: 'pipe' }),
        startMessage: () => ({
          type: 'start',
          dataDir: userData,
          nativeBinding: electronSqliteBinding(process.resourcesPath) ?? null,
          keys: handOverKey(keys, log),
          credential: handOverCredential(credentials, log),
        }),
        keys,
        credentials,
        log,
        onGiveUp: (message) => {
          dialog.showErrorBox(WINDOW_TITLE, message);
          app.exit(1);
        },
      });
      await backend.start();
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
      registerIpc(backend.relay, { log, print });
      win = createMainWindow({ openExternal: createOpenExternal(shell) });
      win.on('closed', () => {
        win = null;
      });
    })
    .catch((e: unknown) => {
      // Typically a register written by a newer app, or a missing Electron build of SQLite (the backend's `fatal`).
      log.error('the desk could not start', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      dialog.showErrorBox(WINDOW_TITLE, e instanceof Error ? e.message : String(e));
      app.exit(1);
    });
}
