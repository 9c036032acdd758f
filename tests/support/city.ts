import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabaseUrl, PG_URL } from './platform';
import { runPlatformAdmin, startPlatformProcess, type PlatformProcess } from './platform-process';

/**
 * The city platform as its operators run it, for a desk's tests: its own
 * process on embedded PGlite in a temp folder (or a fresh database on the
 * PostgreSQL that PLATFORM_TEST_DATABASE_URL names), administered with its
 * own command line. It can be stopped and started again on the same data.
 */
export interface City {
  url: string;
  kind: 'pglite' | 'postgres';
  /** Where its data is: the PGlite folder or the PostgreSQL database (open it with platform/store/open.ts once stopped). */
  where: { dataDir?: string; databaseUrl?: string };
  /** `npm run platform -- admin …` against this platform's data. */
  admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** A one-time enrolment code for a desk of the region. */
  code(regionCode: string, name?: string): Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same data (a new port unless one is given). */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startCity(): Promise<City> {
  let dir: string | null = null;
  let drop: (() => Promise<void>) | null = null;
  let where: string[];
  let location: City['where'];
  if (PG_URL) {
    const fresh = await freshDatabaseUrl(PG_URL);
    drop = fresh.drop;
    where = ['--database-url', fresh.url];
    location = { databaseUrl: fresh.url };
  } else {
    dir = mkdtempSync(join(tmpdir(), 'city-'));
    where = ['--data', dir];
    location = { dataDir: dir };
  }
  let proc: PlatformProcess | null = await startPlatformProcess(where);
  let port = new URL(proc.url).port;
  const city: City = {
    kind: PG_URL ? 'postgres' : 'pglite',
    where: location,
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    admin: (...args) => runPlatformAdmin(['admin', ...args, ...where]),
    async code(regionCode, name = '服务台') {
      const r = await city.admin('desks', 'add', '--name', name, '--region', regionCode);
      const m = /([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(r.stdout);
      if (!m) throw new Error(`no code in: ${r.stdout} ${r.stderr}`);
      return m[1]!;
    },
    async stop(signal = 'SIGTERM') {
      await proc?.stop(signal);
      proc = null;
    },
    async start() {
      // The same port: the desks keep the address they enrolled with.
      proc = await startPlatformProcess([...where, '--port', port]);
      port = new URL(proc.url).port;
    },
    async close() {
      await city.stop();
      if (drop) await drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return city;
}
