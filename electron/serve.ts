import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SYNC_TIMING, type Timing } from '../core/sync/timing';
import { AdjustableClock } from './clock';
import { defaultDataDir } from './data-dir';
import { createDeskServer } from './http/server';
import { dieNow, killPointFrom, type KillPoint } from './kill-point';
import { openServices } from './services';
import type { SyncStep } from './sync/run';

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

/**
 * DESK_SYNC_INTERVAL_MS (end-to-end tests only): the sync loop's steady timer in ms, which also caps its backoff.
 * With core's 20 s and its backoff up to 5 min, a test that waits for a desk to drain its queue by itself once
 * the platform is back would wait minutes. Unset, the loop keeps core's timing.
 */
function syncTimingFromEnv(raw: string | undefined): Timing | undefined {
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 200 || ms > SYNC_TIMING.intervalMs) {
    console.error(`DESK_SYNC_INTERVAL_MS must be a whole number of milliseconds from 200 to ${SYNC_TIMING.intervalMs}: ${raw}`);
    process.exit(1);
  }
  return { ...SYNC_TIMING, intervalMs: ms, backoffMs: Math.min(SYNC_TIMING.backoffMs, ms), maxBackoffMs: ms };
}

const dataDir = resolve(values.data ?? defaultDataDir());
const testClock = values['test-clock'] ? new AdjustableClock() : undefined;
const syncTiming = syncTimingFromEnv(process.env.DESK_SYNC_INTERVAL_MS);
let killAt: KillPoint | undefined;
try {
  killAt = killPointFrom(process.env.DESK_KILL_AT, testClock !== undefined);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const services = openServices({
  dataDir,
  ...(testClock ? { clock: testClock } : {}),
  ...(syncTiming ? { syncTiming } : {}),
  ...(killAt === 'push.replied' || killAt === 'pull.applied' ? { atSyncStep: (step: SyncStep) => step === killAt && dieNow() } : {}),
});
if (killAt === 'write.open') services.register.beforeQueuedCommit = dieNow;
if (killAt === 'write.committed') services.register.onQueued(dieNow);
if (killAt) console.log(`kill point: this process kills itself at ${killAt} (DESK_KILL_AT; fault tests only)`);
const server = createDeskServer(services, { uiRoot, allowedHosts: [values.host!.toLowerCase()], ...(testClock ? { testClock } : {}) });
if (testClock) console.log('test clock enabled: POST /__test/clock moves the desk clock (never use this for a real desk)');
if (syncTiming) console.log(`sync timer every ${syncTiming.intervalMs} ms (DESK_SYNC_INTERVAL_MS; never use this for a real desk)`);

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
