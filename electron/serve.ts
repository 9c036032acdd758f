import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AdjustableClock } from './clock';
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
    // For end-to-end tests: lets POST /__test/clock move the desk's clock.
    'test-clock': { type: 'boolean', default: false },
  },
});

const here = dirname(fileURLToPath(import.meta.url));
// Bundled: dist/electron/serve.mjs beside dist/renderer. From source: electron/serve.ts.
const uiRoot = [join(here, '..', 'renderer'), join(here, '..', 'dist', 'renderer')].find((d) => existsSync(join(d, 'index.html')));
if (!uiRoot) {
  console.error('The UI is not built: run `npm run build` first (npm run serve does it for you).');
  process.exit(1);
}

const dataDir = resolve(values.data ?? defaultDataDir());
const testClock = values['test-clock'] ? new AdjustableClock() : undefined;
const services = openServices({ dataDir, ...(testClock ? { clock: testClock } : {}) });
const server = createDeskServer(services, { uiRoot, allowedHosts: [values.host!.toLowerCase()], ...(testClock ? { testClock } : {}) });
if (testClock) console.log('test clock enabled: POST /__test/clock moves the desk clock (never use this for a real desk)');

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
