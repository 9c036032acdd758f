import { isDomainError } from '../../core/errors';
import { syncFault } from '../../core/sync/fault';
import { nextDelay, SYNC_TIMING, type Timing } from '../../core/sync/timing';
import { patchSyncState, readSyncState } from '../../db/sync-state';
import { asFault, SyncRun, type Progress, type RunReport, type SyncDeps } from './run';

/**
 * The desk's sync loop, one per backend (Electron's utility process, or the
 * browser host's process), beside the handlers. It runs on a timer whether or
 * not a clerk writes, soon after a write that queued changes, at once on
 * "立即同步", and backs off with jitter after a failure. One run at a time; a
 * run holds the register only for one transaction at a time (a page, an
 * answer), so a clerk's call never waits longer than that. Never started for a
 * desk that was never enrolled: it keeps working offline as before.
 */
export type RunOutcome = 'offline' | 'stopped' | 'halted' | 'ok' | 'failed';

export class SyncLoop {
  private timer: NodeJS.Timeout | null = null;
  private dueAt = Infinity;
  private current: Promise<RunOutcome> | null = null;
  private progressNow: Progress | null = null;
  private lastReconcileAt = -Infinity;
  private closed = false;
  private readonly unsubscribe: () => void;
  lastReport: RunReport | null = null;

  constructor(
    private readonly deps: Omit<SyncDeps, 'timing'> & { timing?: Timing },
    private readonly opts: { random?: () => number } = {},
  ) {
    this.unsubscribe = deps.register.onQueued(() => this.nudge());
  }

  private get timing(): Timing {
    return this.deps.timing ?? SYNC_TIMING;
  }

  /** Starts (or restarts, after enrolment or a supervisor's go-ahead) the timer with a run soon. */
  start(): void {
    if (this.closed) return;
    this.schedule(0);
  }

  /**
   * Ends the timer (the app is closing). A run waiting on the network finds
   * the loop closed when the answer comes and stores nothing more; what it
   * stored before was stored whole, one transaction at a time.
   */
  close(): void {
    this.closed = true;
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Waits for the run in progress, if any (tests, and a clean shutdown that can wait). */
  async idle(): Promise<void> {
    if (this.current) await this.current.catch(() => undefined);
  }

  /** A clerk's write queued changes: run soon, unless a run is due sooner anyway. */
  nudge(): void {
    if (!this.enrolled()) return;
    this.schedule(this.timing.afterWriteMs);
  }

  /** "立即同步": a run now (after the one in progress, if any); resolves when it has ended. */
  async now(): Promise<RunOutcome> {
    if (this.current) await this.current.catch(() => undefined);
    const outcome = await this.runOnce();
    this.afterRun(outcome);
    return outcome;
  }

  progress(): Progress | null {
    return this.progressNow;
  }

  running(): boolean {
    return this.current !== null;
  }

  private enrolled(): boolean {
    try {
      return !!readSyncState(this.deps.register)?.platformUrl;
    } catch {
      return false;
    }
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    const at = Date.now() + ms;
    if (this.timer && at >= this.dueAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.dueAt = Infinity;
      void this.tick();
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.current) {
      // A "sync now" is running: the timer comes back after it.
      await this.current.catch(() => undefined);
    }
    this.afterRun(await this.runOnce());
  }

  /** The next run by the timer: the interval after a success, the backoff after a failure (a run now replaces the timer's wait). */
  private afterRun(outcome: RunOutcome): void {
    if (outcome !== 'ok' && outcome !== 'failed') return;
    // offline, stopped (a refused credential) and halted (the fail-safe) wait for a person: enrolment or a supervisor restarts the timer.
    const failures = readSyncState(this.deps.register)?.failures ?? 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Infinity;
    this.schedule(nextDelay(failures, this.timing, this.opts.random));
  }

  private runOnce(): Promise<RunOutcome> {
    if (this.closed) return Promise.resolve('offline');
    const run = this.execute()
      .catch((e: unknown): RunOutcome => {
        // Only reachable when the register closed under a run (the app quitting): nothing to record it in.
        if (!this.closed) this.deps.log.error('sync: a run ended without a record', { error: e instanceof Error ? e.message : String(e) });
        return 'failed';
      })
      .finally(() => {
        this.current = null;
        this.progressNow = null;
      });
    this.current = run;
    return run;
  }

  private async execute(): Promise<RunOutcome> {
    const { register: reg, clock, log } = this.deps;
    const state = readSyncState(reg);
    if (!state?.platformUrl) return 'offline';
    if (state.stopped) return 'stopped';
    if (state.halt && !state.haltOverride) return 'halted';
    const at = clock.now();
    patchSyncState(reg, { lastAttemptAt: at });
    let credential: string | null;
    try {
      credential = this.deps.credentials.read();
    } catch (e) {
      const ref = isDomainError(e) ? e.ref : { key: 'sync.error.noCredential' };
      patchSyncState(reg, { stopped: ref, lastError: ref });
      return 'stopped';
    }
    if (!credential) {
      const ref = syncFault('sync.error.noCredential').ref;
      patchSyncState(reg, { stopped: ref, lastError: ref });
      return 'stopped';
    }
    const reconcile = Date.now() - this.lastReconcileAt >= this.timing.reconcileEveryMs;
    try {
      const run = new SyncRun({ ...this.deps, timing: this.timing }, state, credential, (p) => (this.progressNow = p), { reconcile });
      this.lastReport = await run.run();
      if (this.lastReport.reconciled) this.lastReconcileAt = Date.now();
      patchSyncState(reg, { lastSuccessAt: clock.now(), lastError: null, failures: 0, halt: null, haltOverride: false });
      if (this.lastReport.pushed || this.lastReport.pulled) log.info('sync: done', { ...this.lastReport });
      return 'ok';
    } catch (e) {
      if (this.closed) return 'offline';
      const fault = asFault(e, log);
      if (fault.next === 'stop') {
        patchSyncState(reg, { stopped: fault.ref, lastError: fault.ref });
        log.error('sync: stopped until the administrator acts', { reason: fault.ref.key });
        return 'stopped';
      }
      if (fault.next === 'halt') {
        patchSyncState(reg, { halt: { ...fault.ref, at: clock.now() }, lastError: fault.ref });
        log.error('sync: the fail-safe paused the sync for a supervisor', { reason: fault.ref.key, params: fault.ref.params });
        return 'halted';
      }
      patchSyncState(reg, { lastError: fault.ref, failures: (readSyncState(reg)?.failures ?? 0) + 1 });
      log.info('sync: a run failed; it will retry', { reason: fault.ref.key });
      return 'failed';
    }
  }
}
