import { runBackend, type BackendPort } from './serve';

/**
 * The entry of the desk's backend: dist/electron/backend.mjs, started by main
 * with `utilityProcess.fork` (main/backend-host.ts). The register, the
 * handlers and every long job run here, so an import or the daily status
 * refresh never freezes the window. Everything but the port is in serve.ts,
 * which plain Node can test.
 */

/**
 * Electron's `process.parentPort`, typed here rather than imported: only
 * electron/main and electron/preload may import 'electron' (main/bans.test.ts),
 * and this is all of it the backend uses. Its messages come wrapped as
 * `{ data, ports }`.
 */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

const parentPort = (process as unknown as { parentPort?: ParentPort | null }).parentPort;
if (!parentPort) {
  // Run with plain Node or as Electron's main: there is no one to serve.
  console.error("backend.mjs runs only as the desk app's utility process.");
  process.exit(1);
}

const port: BackendPort = {
  postMessage: (message) => parentPort.postMessage(message),
  on: (event, listener) => parentPort.on(event, (e) => listener(e.data)),
};

runBackend(port, { exit: (code) => process.exit(code) });
