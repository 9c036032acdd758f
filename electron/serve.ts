import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from './data-dir';
import { createDeskServer } from './http/server';
import { openServices } from './services';

/**
 * The browser host: `npm run serve -- --port <n> --data <dir>`. The same
 * handlers as the Electron window, over HTTP on 127.0.0.1, for a second
 * workstation at the desk and for the end-to-end tests.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    data: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const here = dirname(fileURLToPath(import.meta.url));
// Bundled: dist/electron/serve.mjs beside dist/renderer. From source: electron/serve.ts.
const uiRoot = [join(here, '..', 'renderer'), join(here, '..', 'dist', 'renderer')].find((d) =>
  existsSync(join(d, 'index.html')),
);
if (!uiRoot) {
  console.error('The UI is not built: run `npm run build` first (npm run serve does it for you).');
  process.exit(1);
}

const dataDir = resolve(values.data ?? defaultDataDir());
const services = openServices({ dataDir });
const server = createDeskServer(services, { uiRoot });

server.listen(Number(values.port), values.host, () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : values.port;
  console.log(`listening on http://${values.host}:${port}`);
  console.log(`register: ${join(dataDir, 'register.sqlite')}`);
});

const stop = () => {
  server.close();
  services.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
