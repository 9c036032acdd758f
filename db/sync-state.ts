import type { MessageRef } from '../core/i18n/types';
import type { Register } from './write';

/**
 * The desk's sync bookkeeping (the one `sync_state` row): where it is in the
 * platform's order, which platform, and how the last attempts went. Like the
 * outbox sequence it is the sync's own state, not register data: it is written
 * beside the register's rows in their transactions, without an audit row of
 * its own (enrolment and leaving are audited by their handlers).
 */
export interface SyncState {
  deskId: string;
  lastSeq: number;
  ackedSeq: number;
  pullCursor: number;
  serverEpoch: string | null;
  platformUrl: string | null;
  platformRegion: string | null;
  enrolledAt: number | null;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: MessageRef | null;
  failures: number;
  stopped: MessageRef | null;
  halt: (MessageRef & { at: number }) | null;
  haltOverride: boolean;
  reconcile: ReconcileResult | null;
  alertAfterHours: number;
}

export interface ReconcileResult {
  at: number;
  /** Tables whose count or hash differed, with both counts. */
  mismatched: { entity: string; desk: number; platform: number }[];
  /** Still different after the targeted re-sync. */
  unresolved: string[];
}

const json = <T>(v: unknown): T | null => (typeof v === 'string' && v.length ? (JSON.parse(v) as T) : null);

export function readSyncState(reg: Register): SyncState | null {
  const r = reg
    .statement(
      `SELECT desk_id, last_seq, acked_seq, pull_cursor, server_epoch, platform_url, platform_region, enrolled_at, last_attempt_at,
              last_success_at, last_error, failures, stopped, halt, halt_override, reconcile, alert_after_hours
         FROM sync_state WHERE id = 1`,
    )
    .get() as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    deskId: r.desk_id as string,
    lastSeq: r.last_seq as number,
    ackedSeq: r.acked_seq as number,
    pullCursor: r.pull_cursor as number,
    serverEpoch: r.server_epoch as string | null,
    platformUrl: r.platform_url as string | null,
    platformRegion: r.platform_region as string | null,
    enrolledAt: r.enrolled_at as number | null,
    lastAttemptAt: r.last_attempt_at as number | null,
    lastSuccessAt: r.last_success_at as number | null,
    lastError: json(r.last_error),
    failures: r.failures as number,
    stopped: json(r.stopped),
    halt: json(r.halt),
    haltOverride: r.halt_override === 1,
    reconcile: json(r.reconcile),
    alertAfterHours: r.alert_after_hours as number,
  };
}

type Patchable = Omit<SyncState, 'deskId' | 'lastSeq'>;
const COLUMNS: Record<keyof Patchable, string> = {
  ackedSeq: 'acked_seq',
  pullCursor: 'pull_cursor',
  serverEpoch: 'server_epoch',
  platformUrl: 'platform_url',
  platformRegion: 'platform_region',
  enrolledAt: 'enrolled_at',
  lastAttemptAt: 'last_attempt_at',
  lastSuccessAt: 'last_success_at',
  lastError: 'last_error',
  failures: 'failures',
  stopped: 'stopped',
  halt: 'halt',
  haltOverride: 'halt_override',
  reconcile: 'reconcile',
  alertAfterHours: 'alert_after_hours',
};
const JSON_KEYS = new Set<keyof Patchable>(['lastError', 'stopped', 'halt', 'reconcile']);

/** Writes some of the sync state; inside a register transaction when it must commit with rows. */
export function patchSyncState(reg: Register, patch: Partial<Patchable>): void {
  const keys = Object.keys(patch) as (keyof Patchable)[];
  if (!keys.length) return;
  const values = keys.map((k) => {
    const v = patch[k];
    if (JSON_KEYS.has(k)) return v === null || v === undefined ? null : JSON.stringify(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    return v ?? null;
  });
  reg.statement(`UPDATE sync_state SET ${keys.map((k) => `${COLUMNS[k]} = ?`).join(', ')} WHERE id = 1`).run(...values);
}

/** What the header and the sync page count: pending changes and the oldest one's age, open conflicts, parked changes. */
export function syncCounts(reg: Register): { pending: number; oldestPendingAt: number | null; conflicts: number; parked: number } {
  const s = reg.statement('SELECT last_seq AS last, acked_seq AS acked FROM sync_state WHERE id = 1').get() as
    { last: number; acked: number } | undefined;
  const pending = s ? s.last - s.acked : 0;
  const oldest = pending
    ? ((reg.statement('SELECT created_at AS at FROM sync_outbox WHERE seq = ?').get(s!.acked + 1) as { at: number } | undefined)?.at ??
      null)
    : null;
  const c = reg.statement("SELECT count(*) AS n FROM conflicts WHERE status = 'open'").get() as { n: number };
  const k = reg.statement('SELECT count(*) AS n FROM sync_parked').get() as { n: number };
  return { pending, oldestPendingAt: oldest, conflicts: c.n, parked: k.n };
}
