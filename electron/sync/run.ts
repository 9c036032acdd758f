import { isSyncFault, syncFault, SyncFault } from '../../core/sync/fault';
import { pullGuard } from '../../core/sync/fail-safe';
import { CAPS, type PulledChange } from '../../core/sync/protocol';
import type { Timing } from '../../core/sync/timing';
import { deskDigests } from '../../db/sync-digest';
import { pendingBatch, resendFrom, resetForEpoch, storeReplies } from '../../db/sync-outbox';
import { startBulkFill } from '../../db/bulk-fill';
import { applyPage, replayParked } from '../../db/sync-pull';
import { propertiesHeld } from '../../db/sync-rows';
import { patchSyncState, readSyncState, syncCounts, type SyncState } from '../../db/sync-state';
import type { Register } from '../../db/write';
import { todayOf, type Clock } from '../clock';
import type { Logger } from '../log';
import { PlatformClient, PlatformRefused, refusedFault, type PullPage } from './client';
import type { CredentialStore } from './credential';

/**
 * One sync run: push everything waiting (in sequence order, within the caps),
 * then pull every page after the stored cursor, then replay what was parked,
 * then, now and then, reconcile. Each answer and each page is stored in one
 * transaction with what it changes, so a run stopped at any point (a crash,
 * a lost network) leaves nothing half-done and simply goes on next time.
 * Everything that goes wrong ends as a SyncFault with words for the sync page:
 * an exception never counts as success (powersync-kotlin #340).
 */
export interface SyncDeps {
  register: Register;
  clock: Clock;
  log: Logger;
  credentials: CredentialStore;
  timing: Timing;
  fetch?: typeof fetch;
  /**
   * Called at each step a crash must survive (the fault tests kill the process there: tests/faults/kill-points.ts).
   * Never set for a real desk.
   */
  atStep?: (step: SyncStep) => void;
}

/** The reply to a push has arrived and is not stored yet; a pulled page is applied and its cursor not yet stored (same transaction). */
export type SyncStep = 'push.replied' | 'pull.applied';

export interface Progress {
  phase: 'push' | 'pull' | 'resync';
  done: number;
  /** Known for a pull from the start (a new desk's first fill); null otherwise. */
  total: number | null;
}

export interface RunReport {
  pushed: number;
  pulled: number;
  parked: number;
  rejected: number;
  conflicts: number;
  reconciled: boolean;
}

// The protocol's largest page: a new desk's first fill is a hundred thousand rows, and each page costs a commit and a refresh.
const PULL_PAGE = CAPS.maxPullLimit;

export class SyncRun {
  private readonly client: PlatformClient;
  private readonly report: RunReport = { pushed: 0, pulled: 0, parked: 0, rejected: 0, conflicts: 0, reconciled: false };
  private batchLimit: number = CAPS.maxChanges;
  private closures = 0;

  constructor(
    private readonly deps: SyncDeps,
    state: SyncState,
    credential: string,
    private readonly onProgress: (p: Progress | null) => void,
    private readonly opts: { reconcile: boolean },
  ) {
    this.client = new PlatformClient({ url: state.platformUrl!, credential, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  }

  private get reg() {
    return this.deps.register;
  }

  private now() {
    return this.deps.clock.now();
  }

  async run(): Promise<RunReport> {
    // A new epoch met while pulling restarts the run once: push what the restored platform lacks, then pull from the start.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.pushAll();
        await this.pullAll();
        break;
      } catch (e) {
        if (e instanceof PlatformRefused && e.code === 'EPOCH_CHANGED' && attempt < 2) {
          this.newEpoch(e);
          continue;
        }
        throw e;
      }
    }
    const replayed = replayParked(this.reg, { at: this.now(), today: todayOf(this.deps.clock) });
    if (replayed.applied) this.deps.log.info('sync: parked changes applied', { applied: replayed.applied, waiting: replayed.waiting });
    if (this.opts.reconcile && syncCounts(this.reg).pending === 0) await this.reconcile();
    return this.report;
  }

  private newEpoch(e: PlatformRefused) {
    const epoch = String(e.details.epoch ?? '');
    const lastSeq = Number(e.details.lastSeq ?? 0);
    if (!epoch) throw syncFault('sync.error.badReply');
    resetForEpoch(this.reg, epoch, lastSeq, this.now());
    this.deps.log.info('sync: the platform was restored from a backup (new epoch): sending again and pulling from the start', {
      epoch,
      resendFrom: lastSeq + 1,
    });
  }

  private async pushAll(): Promise<void> {
    for (;;) {
      const batch = pendingBatch(this.reg, { maxChanges: this.batchLimit, maxBytes: CAPS.maxBytes });
      if (!batch.length) return;
      const state = readSyncState(this.reg)!;
      this.onProgress({ phase: 'push', done: this.report.pushed, total: null });
      let reply;
      try {
        reply = await this.client.push({ epoch: state.serverEpoch, changes: batch });
      } catch (e) {
        if (!(e instanceof PlatformRefused)) throw e;
        if (e.code === 'EPOCH_CHANGED') {
          this.newEpoch(e);
          continue;
        }
        if (e.code === 'SEQUENCE_GAP' && typeof e.details.expected === 'number') {
          // The platform lacks changes this desk holds as answered: they go again, from the one it expects.
          resendFrom(this.reg, e.details.expected, this.now());
          if (e.details.expected > batch[0]!.seq) throw refusedFault(e);
          continue;
        }
        if (e.code === 'TOO_LARGE' && this.batchLimit > 1) {
          this.batchLimit = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        throw refusedFault(e);
      }
      if (state.serverEpoch === null) patchSyncState(this.reg, { serverEpoch: reply.epoch });
      else if (reply.epoch !== state.serverEpoch) throw syncFault('sync.error.badReply');
      const before = state.ackedSeq;
      this.deps.atStep?.('push.replied');
      const stored = storeReplies(this.reg, batch, reply, this.now(), todayOf(this.deps.clock));
      const after = readSyncState(this.reg)!.ackedSeq;
      this.report.pushed += after - before;
      this.report.rejected += stored.rejected;
      this.report.conflicts += stored.conflicts;
      // A reply that answers nothing would loop for ever: it is a reply the desk cannot use.
      if (after === before) throw syncFault('sync.error.badReply');
      if (stored.rejected) this.deps.log.info('sync: the platform rejected changes', { rejected: stored.rejected });
    }
  }

  private async pullAll(): Promise<void> {
    // A pull from the start of a register that holds nothing yet is a new desk's first fill: a bulk write.
    const fill = readSyncState(this.reg)!.pullCursor === 0 && propertiesHeld(this.reg) === 0 ? startBulkFill(this.reg.sqlite) : null;
    try {
      await this.pullPages();
    } finally {
      fill?.end();
    }
  }

  private async pullPages(): Promise<void> {
    let first = true;
    let total: number | null = null;
    let done = 0;
    let prefetched: Promise<PullPage> | null = null;
    for (;;) {
      const state = readSyncState(this.reg)!;
      const fromStart = state.pullCursor === 0;
      const page = await (prefetched ??
        this.client.pull({
          after: state.pullCursor,
          limit: PULL_PAGE,
          ...(state.serverEpoch ? { epoch: state.serverEpoch } : {}),
          ...(first && fromStart ? { count: '1' as const } : {}),
        }));
      prefetched = null;
      if (state.serverEpoch === null) patchSyncState(this.reg, { serverEpoch: page.epoch });
      else if (page.epoch !== state.serverEpoch) throw syncFault('sync.error.badReply');
      if (first && page.remaining !== null) total = page.remaining;
      this.guard(page, first && fromStart, state);
      first = false;
      if (page.more) {
        // The next page is asked for while this one is applied: the platform reads while the desk writes.
        // Should this page fail, the run ends with its fault and the early answer is dropped unread.
        prefetched = this.client.pull({ after: page.next, limit: PULL_PAGE, epoch: page.epoch });
        prefetched.catch(() => undefined);
      }
      const applied = applyPage(this.reg, page, {
        at: this.now(),
        today: todayOf(this.deps.clock),
        ...(this.deps.atStep && page.changes.length ? { beforeCursor: () => this.deps.atStep!('pull.applied') } : {}),
      });
      done += page.changes.length;
      this.report.pulled += applied.applied;
      this.report.parked += applied.parked;
      this.onProgress({ phase: 'pull', done, total });
      if (!page.more) return;
    }
  }

  /** The fail-safe: stops before a page that would empty or close most of the register, unless a supervisor let it through. */
  private guard(page: { changes: readonly PulledChange[]; more: boolean }, fromStart: boolean, state: SyncState) {
    for (const c of page.changes) {
      if (c.entity === 'properties' && c.fields.status === 'closed' && this.isOpenHere(c.entityId)) this.closures++;
    }
    const halt = pullGuard({
      fromStart,
      changes: page.changes.length,
      more: page.more,
      heldRows: () => propertiesHeld(this.reg),
      closures: this.closures,
      openProperties: () => this.openProperties(),
    });
    if (halt && !state.haltOverride) throw new SyncFault(halt, 'halt');
  }

  private isOpenHere(id: string): boolean {
    return this.reg.statement("SELECT 1 FROM properties WHERE id = ? AND status = 'active'").get(id) !== undefined;
  }

  private openProperties(): number {
    return (this.reg.statement("SELECT count(*) AS n FROM properties WHERE status = 'active'").get() as { n: number }).n;
  }

  /**
   * Counts and hashes per table on both sides (sync.md guarantee 8). A table
   * that differs is pulled again from the start, for that table only, and
   * checked again; the result (and what still differs) is kept for the page.
   */
  private async reconcile(): Promise<void> {
    const first = await this.client.reconcile({ tables: deskDigests(this.reg) });
    const differ = Object.entries(first.tables).filter(([, t]) => !t.matches);
    const ours = deskDigests(this.reg);
    const mismatched = differ.map(([entity, t]) => ({ entity, desk: ours[entity]?.count ?? 0, platform: t.count }));
    for (const [entity] of differ) await this.resync(entity);
    let unresolved: string[] = [];
    if (differ.length) {
      const again = await this.client.reconcile({ tables: deskDigests(this.reg) });
      unresolved = Object.entries(again.tables)
        .filter(([, t]) => !t.matches)
        .map(([e]) => e);
      this.deps.log.info('sync: reconciliation found differences', { tables: mismatched, unresolved });
    }
    patchSyncState(this.reg, { reconcile: { at: this.now(), mismatched, unresolved } });
    this.report.reconciled = true;
  }

  private async resync(entity: string): Promise<void> {
    let after = 0;
    let done = 0;
    for (;;) {
      const state = readSyncState(this.reg)!;
      const page = await this.client.pull({ after, limit: PULL_PAGE, entity, ...(state.serverEpoch ? { epoch: state.serverEpoch } : {}) });
      applyPage(this.reg, page, { at: this.now(), today: todayOf(this.deps.clock), keepCursor: true });
      done += page.changes.length;
      this.onProgress({ phase: 'resync', done, total: null });
      if (!page.more || page.next <= after) return;
      after = page.next;
    }
  }
}

/** Any failure of a run as a fault with words; a bug's stack stays in the log. */
export function asFault(e: unknown, log: Logger): SyncFault {
  if (isSyncFault(e)) return e;
  if (e instanceof PlatformRefused) return refusedFault(e);
  const message = e instanceof Error ? e.message : String(e);
  if (/SQLITE_FULL|database or disk is full/i.test(message)) return syncFault('sync.error.diskFull');
  log.error('sync: a run failed', { error: e instanceof Error ? (e.stack ?? e.message) : message });
  return syncFault('sync.error.program');
}
