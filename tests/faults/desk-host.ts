import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../support/host';

/**
 * A desk as its own process: the real browser host (`dist/electron/serve.mjs`)
 * on its own data folder, driven over its HTTP API as the UI drives it, killed
 * with `kill -9` and started again on the same folder. Its sync timer runs
 * every few hundred milliseconds (DESK_SYNC_INTERVAL_MS) so a run settles in
 * seconds rather than minutes.
 */
export class DeskHost {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'desk-fault-'));
  private host: RunningHost | null = null;
  private cookie = '';
  kills = 0;

  constructor(
    readonly name: string,
    readonly regionCode: string,
    private readonly intervalMs = 400,
  ) {}

  get running(): boolean {
    return this.host !== null;
  }

  /**
   * Starts the desk. `killAt`: it kills itself (SIGKILL) the first time it reaches that step (electron/kill-point.ts).
   * `faketime`: the whole process runs under Debian's libfaketime with that clock (`+1d`, `@2050-01-01 09:00:00`,
   * `-2h`): the PC's clock is wrong, not only the desk's injected one.
   */
  async start(opts: { killAt?: string; faketime?: string } = {}): Promise<void> {
    // --test-clock: the schedule skews this desk's clock (a restart brings it back: a jump backwards).
    this.host = await startHost({
      dataDir: this.dataDir,
      args: ['--test-clock'],
      env: {
        DESK_SYNC_INTERVAL_MS: String(this.intervalMs),
        ...(opts.killAt ? { DESK_KILL_AT: opts.killAt } : {}),
        ...(opts.faketime ? fakeTime(opts.faketime) : {}),
      },
    });
    this.cookie = '';
  }

  /** Waits until the process has died by itself (a kill point reached); false if it still runs after `ms`. */
  async died(ms: number): Promise<boolean> {
    const h = this.host;
    if (!h) return true;
    if (h.process.exitCode === null && h.process.signalCode === null) {
      const gone = await Promise.race([
        new Promise<boolean>((r) => h.process.once('exit', () => r(true))),
        new Promise<boolean>((r) => setTimeout(() => r(false), ms)),
      ]);
      if (!gone) return false;
    }
    this.host = null;
    this.kills++;
    return true;
  }

  /** `kill -9`: no handler runs, whatever was in flight is cut where it stood. */
  async kill9(): Promise<void> {
    const h = this.host;
    if (!h) return;
    this.host = null;
    const exited = new Promise((r) => h.process.once('exit', r));
    h.process.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  async stop(): Promise<void> {
    await this.host?.stop();
    this.host = null;
  }

  /** One procedure call over HTTP; status 0 when the process is gone or the call failed at the network (a kill mid-call). */
  async call<T = unknown>(
    procedure: string,
    input: unknown = {},
  ): Promise<{ ok: true; output: T } | { ok: false; status: number; error: unknown }> {
    if (!this.host) return { ok: false, status: 0, error: 'not running' };
    try {
      const res = await fetch(`${this.host.url}/api/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-desk-request': '1', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify(input),
      });
      const set = res.headers.get('set-cookie');
      if (set) this.cookie = set.split(';')[0]!;
      const body = (await res.json()) as unknown;
      return res.ok ? { ok: true, output: body as T } : { ok: false, status: res.status, error: body };
    } catch (e) {
      return { ok: false, status: 0, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Moves the desk's clock (a day ahead, to 2050, back): a skewed PC clock. */
  async moveClock(change: { now?: number; addDays?: number }): Promise<void> {
    if (!this.host) return;
    await fetch(`${this.host.url}/__test/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-request': '1' },
      body: JSON.stringify(change),
    });
  }

  async must<T = unknown>(procedure: string, input: unknown = {}): Promise<T> {
    let r = await this.call<T>(procedure, input);
    // A skewed clock can end the session: the clerk logs in again, as at the desk.
    if (!r.ok && r.status === 401 && procedure !== 'session.login') {
      await this.logIn();
      r = await this.call<T>(procedure, input);
    }
    if (!r.ok) throw new Error(`${this.name} ${procedure}: ${r.status} ${JSON.stringify(r.error)}`);
    return r.output;
  }

  async setUp(): Promise<void> {
    await this.must('setup.initialize', {
      desk: { name: this.name, regionCode: this.regionCode },
      admin: { username: 'admin', displayName: '管理员', password: 'fault-password-1' },
    });
    await this.logIn();
  }

  async logIn(): Promise<void> {
    await this.must('session.login', { username: 'admin', password: 'fault-password-1' });
  }

  /** The register file, read beside the running process (WAL lets a reader in) or after it died. */
  read<T>(fn: (db: Database.Database) => T): T {
    const db = new Database(join(this.dataDir, 'register.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  }

  remove(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/** The environment that runs a process under libfaketime (Debian's faketime package); timers keep the true monotonic clock. */
function fakeTime(spec: string): Record<string, string> {
  if (!existsSync(LIBFAKETIME)) throw new Error(`faketime is not installed (${LIBFAKETIME}): apt-get install faketime`);
  return { LD_PRELOAD: LIBFAKETIME, FAKETIME: spec, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
}
