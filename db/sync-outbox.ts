import { syncFault } from '../core/sync/fault';
import type { ChangeOutcome, DeskChange } from '../core/sync/protocol';
import { planReply } from '../core/sync/replies';
import { ENTITIES, type EntityName } from './entities';
import { refreshFireStatus } from './fire-status';
import { mergeLandlord } from './sync-merge';
import { PLATFORM_ORIGIN, setPlatformVersion } from './sync-rows';
import { patchSyncState, readSyncState } from './sync-state';
import type { Register, Writer } from './write';

/**
 * The outbox seen from the sync: the next batch to push, and the transaction
 * that stores the platform's answers. An outbox row is done only when its
 * answer is stored, in the same transaction as everything the answer changes
 * on this desk (sync.md guarantee 2).
 */

interface OutboxRow {
  seq: number;
  change_id: string;
  desk_id: string;
  clerk_id: string | null;
  clerk_name: string | null;
  schema_version: number;
  entity: string;
  entity_id: string;
  intent: 'create' | 'update' | 'event';
  fields: string;
  base_version: number | null;
  created_at: number;
}

const SELECT_PENDING = `SELECT o.seq, o.change_id, o.desk_id, o.clerk_id, c.display_name AS clerk_name, o.schema_version, o.entity,
    o.entity_id, o.intent, o.fields, o.base_version, o.created_at
  FROM sync_outbox o LEFT JOIN clerks c ON c.id = o.clerk_id WHERE o.seq > ? ORDER BY o.seq LIMIT ?`;

/** What one change weighs in a push body, beside the envelope. */
const ENVELOPE_BYTES = 200;

/**
 * The next changes waiting, in sequence order, within the caps: at most
 * `maxChanges`, and at most `maxBytes` of JSON (a single change over the byte
 * cap is still sent alone: the platform's 413 then says so in words).
 */
export function pendingBatch(reg: Register, caps: { maxChanges: number; maxBytes: number }): DeskChange[] {
  const state = readSyncState(reg);
  if (!state) return [];
  const rows = reg.statement(SELECT_PENDING).all(state.ackedSeq, caps.maxChanges) as OutboxRow[];
  const out: DeskChange[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const r of rows) {
    const change: DeskChange = {
      seq: r.seq,
      changeId: r.change_id,
      deskId: r.desk_id,
      clerk: { id: r.clerk_id, name: r.clerk_name },
      schemaVersion: r.schema_version,
      entity: r.entity,
      entityId: r.entity_id,
      // `event` is reserved in the outbox and not written; the protocol knows creates and updates.
      intent: r.intent === 'create' ? 'create' : 'update',
      fields: JSON.parse(r.fields) as Record<string, unknown>,
      baseVersion: r.base_version,
      at: r.created_at,
    };
    bytes += Buffer.byteLength(JSON.stringify(change)) + 1;
    if (out.length && bytes > caps.maxBytes) break;
    out.push(change);
  }
  return out;
}

/** Fields of a row that later changes of this desk, not answered yet, set again: an answer must not undo them. */
function laterPendingFields(reg: Register, seq: number, entity: string, entityId: string): Set<string> {
  const rows = reg
    .statement('SELECT fields FROM sync_outbox WHERE seq > ? AND entity = ? AND entity_id = ? AND status = ?')
    .all(seq, entity, entityId, 'pending') as { fields: string }[];
  const out = new Set<string>();
  for (const r of rows) for (const k of Object.keys(JSON.parse(r.fields) as object)) out.add(k);
  return out;
}

const isRegisterEntity = (e: string): e is EntityName => Object.prototype.hasOwnProperty.call(ENTITIES, e);

export interface StoredReplies {
  applied: number;
  rejected: number;
  conflicts: number;
  mapped: number;
  /** Properties whose rows changed back: their derived caches were recomputed. */
  touched: number;
}

/**
 * Stores the platform's answers to a push, in one transaction. Refused whole
 * (nothing stored) when the answer goes backwards or names other changes than
 * the ones sent under those sequence numbers.
 */
export function storeReplies(
  reg: Register,
  sent: readonly DeskChange[],
  reply: { lastSeq: number; results: readonly ChangeOutcome[] },
  at: number,
  today: string,
): StoredReplies {
  return reg.write({ clerkId: null, action: 'sync.reply', at }, (w) => {
    const state = readSyncState(reg)!;
    if (reply.lastSeq < state.ackedSeq) throw syncFault('sync.error.ackBackwards', { got: reply.lastSeq, held: state.ackedSeq });
    const bySeq = new Map(reply.results.map((r) => [r.seq, r]));
    const counts: StoredReplies = { applied: 0, rejected: 0, conflicts: 0, mapped: 0, touched: 0 };
    const touched = new Set<string>();
    let acked = state.ackedSeq;
    for (const change of sent) {
      if (change.seq <= acked) continue;
      const outcome = bySeq.get(change.seq);
      // Answers are contiguous: the first change without one, and everything after it, waits for the next push.
      if (!outcome || change.seq !== acked + 1) break;
      if (outcome.changeId !== change.changeId) {
        throw syncFault('sync.error.sequenceClash', { seq: change.seq });
      }
      applyOne(w, reg, change, outcome, state.deskId, touched, counts);
      acked = change.seq;
    }
    for (const p of touched) if (reg.get('properties', p)) refreshFireStatus(w, p, today);
    counts.touched = touched.size;
    patchSyncState(reg, { ackedSeq: acked });
    return counts;
  });
}

function applyOne(
  w: Writer,
  reg: Register,
  change: DeskChange,
  outcome: ChangeOutcome,
  deskId: string,
  touched: Set<string>,
  counts: StoredReplies,
): void {
  const plan = planReply(change, outcome);
  reg
    .statement("UPDATE sync_outbox SET status = ?, outcome = ?, acked_at = ? WHERE seq = ? AND status = 'pending'")
    .run(plan.status, JSON.stringify(outcome), w.ctx.at, change.seq);
  if (outcome.outcome === 'applied') counts.applied++;
  else if (outcome.outcome === 'rejected') counts.rejected++;
  else if (outcome.outcome === 'conflict') counts.conflicts++;
  else counts.mapped++;

  if (!isRegisterEntity(change.entity)) return;
  const entity = change.entity;
  if (plan.mappedTo) {
    mergeLandlord(w, change.entityId, { id: plan.mappedTo.id, fields: plan.mappedTo.fields, version: plan.version }, touched);
    return;
  }
  if (plan.version !== null) setPlatformVersion(reg, entity, change.entityId, plan.version, change.intent === 'create' ? deskId : null);
  if (plan.revert && reg.get(entity, change.entityId)) {
    const keep = laterPendingFields(reg, change.seq, entity, change.entityId);
    const back = Object.fromEntries(Object.entries(plan.revert).filter(([k]) => !keep.has(k)));
    if (Object.keys(back).length) {
      const row = w.update(entity, change.entityId, back as never, { origin: PLATFORM_ORIGIN }) as Record<string, unknown>;
      const property = entity === 'properties' ? change.entityId : typeof row.propertyId === 'string' ? row.propertyId : null;
      if (property) touched.add(property);
    }
  }
  if (plan.conflict || outcome.outcome === 'conflict') {
    const fields =
      plan.conflict?.fields ??
      Object.entries(change.fields).map(([field, desk]) => ({ field, desk, platform: outcome.platformFields?.[field] ?? null }));
    w.insert(
      'conflicts',
      {
        id: outcome.conflictId!,
        entity,
        entityId: change.entityId,
        fields,
        deskSeq: change.seq,
        deskClerkName: change.clerk.name,
        deskAt: change.at,
        platformDeskId: plan.conflict?.platformBy.deskId ?? null,
        platformClerkName: plan.conflict?.platformBy.clerkName ?? null,
        platformAt: plan.conflict?.platformBy.at ?? w.ctx.at,
        platformVersion: outcome.version ?? 0,
        status: 'open',
      },
      { origin: PLATFORM_ORIGIN },
    );
  }
}

/**
 * The platform was restored from a backup (a new epoch): what it lacks is sent
 * again from `platformLastSeq` + 1 (the outbox keeps answered rows for this),
 * and the pull starts again from the beginning. The versions the desk held
 * belong to the old epoch and are forgotten; the pull brings the new ones.
 */
export function resetForEpoch(reg: Register, epoch: string, platformLastSeq: number, at: number): void {
  reg.write({ clerkId: null, action: 'sync.epoch', at }, (w) => {
    const state = readSyncState(reg)!;
    const from = Math.min(state.ackedSeq, Math.max(0, platformLastSeq));
    reg.statement("UPDATE sync_outbox SET status = 'pending', outcome = NULL, acked_at = NULL WHERE seq > ?").run(from);
    reg.statement('DELETE FROM sync_rows').run();
    patchSyncState(reg, { ackedSeq: from, serverEpoch: epoch, pullCursor: 0 });
    w.audit('sync', state.deskId, { epoch, previous: state.serverEpoch, resendFrom: from + 1 });
  });
}

/** The platform lacks changes this desk holds as answered (a gap at `expected`): they wait to be sent again. */
export function resendFrom(reg: Register, expected: number, at: number): void {
  reg.write({ clerkId: null, action: 'sync.gap', at }, (w) => {
    const state = readSyncState(reg)!;
    const from = Math.max(0, Math.min(state.ackedSeq, expected - 1));
    reg.statement("UPDATE sync_outbox SET status = 'pending', outcome = NULL, acked_at = NULL WHERE seq > ?").run(from);
    patchSyncState(reg, { ackedSeq: from });
    w.audit('sync', state.deskId, { expected, resendFrom: from + 1 });
  });
}

/** The desk's recent changes the platform rejected, newest first, with the stored reasons. */
export function recentRejections(reg: Register, limit: number, entityIds?: readonly string[]) {
  const where = entityIds?.length ? `AND entity_id IN (${entityIds.map(() => '?').join(',')})` : '';
  return (
    reg
      .statement(
        `SELECT o.seq, o.entity, o.entity_id, o.intent, o.fields, o.created_at, o.acked_at, o.outcome, c.display_name AS clerk_name
           FROM sync_outbox o LEFT JOIN clerks c ON c.id = o.clerk_id
          WHERE o.status = 'rejected' ${where} ORDER BY o.seq DESC LIMIT ?`,
      )
      .all(...(entityIds ?? []), limit) as {
      seq: number;
      entity: string;
      entity_id: string;
      intent: string;
      fields: string;
      created_at: number;
      acked_at: number;
      outcome: string;
      clerk_name: string | null;
    }[]
  ).map((r) => ({
    seq: r.seq,
    entity: r.entity,
    entityId: r.entity_id,
    intent: r.intent,
    fields: Object.keys(JSON.parse(r.fields) as object),
    at: r.created_at,
    answeredAt: r.acked_at,
    clerkName: r.clerk_name,
    reason: (JSON.parse(r.outcome) as ChangeOutcome).reason,
  }));
}
