import { isSyncEntity } from '../core/sync/entities';
import { syncFault } from '../core/sync/fault';
import { planPulled, propertyOfPulled, type PulledPlan } from '../core/sync/pulled';
import type { PulledChange } from '../core/sync/protocol';
import type { MessageRef } from '../core/i18n/types';
import { entityInfo, type EntityName } from './entities';
import { refreshFireStatus, refreshStaleStatuses } from './fire-status';
import { forgetRuleSets } from './rules';
import { withSearchIndexPaused } from './search-index';
import { setPlatformVersion } from './sync-rows';
import { patchSyncState, readSyncState } from './sync-state';
import type { Origin, Register, Writer } from './write';

/**
 * Applies a page pulled from the platform and stores its cursor, in one
 * transaction (sync.md guarantee 3): a crash leaves either the page and its
 * cursor or neither. Each change goes through the register's write path as a
 * remote change — audited with the desk and clerk who made it on the
 * platform, never queued for the platform again — and the derived caches of
 * every property it touched (fire status, what is offered, certificates that
 * stop being valid) are recomputed before the commit.
 */
export interface AppliedPage {
  applied: number;
  skipped: number;
  parked: number;
  /** The page held a rule set: every cache may have moved, and is refreshed after the commit. */
  ruleSets: number;
}

export interface PageOptions {
  at: number;
  today: string;
  /** A one-table re-sync reads old changes again: it applies them but leaves the cursor where it is. */
  keepCursor?: boolean;
  /** Called inside the page's transaction once its changes are applied, before its cursor is stored (the fault tests kill there). */
  beforeCursor?: () => void;
}

/** Who made a pulled change, as the audit log keeps it: the platform's desk (its name when this desk knows it) and clerk. */
function originOf(reg: Register, change: PulledChange, cache: Map<string, Origin>): Origin {
  const key = `${change.origin.deskId ?? ''}\u0000${change.origin.clerk.name ?? ''}`;
  let origin = cache.get(key);
  if (!origin) {
    const deskName = change.origin.deskId
      ? ((reg.statement('SELECT name FROM known_desks WHERE id = ?').get(change.origin.deskId) as { name: string } | undefined)?.name ??
        null)
      : null;
    origin = { deskId: change.origin.deskId, deskName, clerkName: change.origin.clerk.name };
    cache.set(key, origin);
  }
  return origin;
}

/** Which fields of which rows this desk has changed and not had answered: a pulled value must not undo them. */
function pendingFieldsByRow(reg: Register): Map<string, Set<string>> {
  const state = readSyncState(reg)!;
  const out = new Map<string, Set<string>>();
  const rows = reg.statement('SELECT entity, entity_id, fields FROM sync_outbox WHERE seq > ?').all(state.ackedSeq) as {
    entity: string;
    entity_id: string;
    fields: string;
  }[];
  for (const r of rows) {
    const k = `${r.entity}:${r.entity_id}`;
    const set = out.get(k) ?? new Set<string>();
    for (const f of Object.keys(JSON.parse(r.fields) as object)) set.add(f);
    out.set(k, set);
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();

function tableOf(entity: string): string | null {
  if (entity === 'desks') return 'known_desks';
  return isSyncEntity(entity) ? entityInfo(entity as EntityName).tableName : null;
}

/** Which rows of a page this desk holds ("entity:id"), one query per table rather than one per change. */
function heldRows(reg: Register, changes: readonly PulledChange[]): Set<string> {
  const byTable = new Map<string, { entity: string; ids: string[] }>();
  for (const c of changes) {
    const table = tableOf(c.entity);
    if (!table) continue;
    const t = byTable.get(table) ?? { entity: c.entity, ids: [] };
    t.ids.push(c.entityId);
    byTable.set(table, t);
  }
  const held = new Set<string>();
  for (const [table, { entity, ids }] of byTable) {
    const rows = reg.statement(`SELECT id FROM "${table}" WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as {
      id: string;
    }[];
    for (const r of rows) held.add(`${entity}:${r.id}`);
  }
  return held;
}

/** What applying a page's changes needs besides the changes: loaded once per page. */
interface PageFacts {
  deskId: string;
  pending: Map<string, Set<string>>;
  held: Set<string>;
  origins: Map<string, Origin>;
}

interface Applied extends AppliedPage {
  touched: Set<string>;
}

export function applyPage(reg: Register, page: { changes: readonly PulledChange[]; next: number }, opts: PageOptions): AppliedPage {
  const result = reg.write({ clerkId: null, action: 'sync.pull', at: opts.at }, (w) => {
    const state = readSyncState(reg)!;
    if (!opts.keepCursor && page.next < state.pullCursor) {
      throw syncFault('sync.error.cursorBackwards', { got: page.next, held: state.pullCursor });
    }
    // A stale or repeated page: what this desk has applied is not applied again.
    const fresh = opts.keepCursor ? page.changes : page.changes.filter((c) => c.cursor > state.pullCursor);
    const facts = { deskId: state.deskId, pending: pendingFieldsByRow(reg), held: heldRows(reg, fresh), origins: new Map() };
    // A page is a bulk write (a new desk's first fill is a hundred thousand rows): its new rows are indexed for search once, at its end.
    const out = withSearchIndexPaused(w, () => {
      // Most pages apply whole: one savepoint for the page. One that holds a change this desk cannot apply yet
      // is rolled back and applied again change by change, so that change is parked and the rest goes on.
      try {
        return reg.sqlite.transaction(() => applyChanges(w, reg, fresh, facts, false))();
      } catch (e) {
        if (!parkReason(e, '')) throw e;
        // The savepoint took the page's writes back; applyChanges never changed `facts`, so they still hold.
        return applyChanges(w, reg, fresh, facts, true);
      }
    });
    out.skipped += page.changes.length - fresh.length;
    for (const p of out.touched) if (reg.get('properties', p)) refreshFireStatus(w, p, opts.today);
    opts.beforeCursor?.();
    if (!opts.keepCursor) patchSyncState(reg, { pullCursor: Math.max(page.next, state.pullCursor) });
    const { touched: _, ...counts } = out;
    return counts;
  });
  if (result.ruleSets) {
    forgetRuleSets(reg);
    // A checklist that applies from today changes every property's status: in batches, after the page's own commit.
    refreshStaleStatuses(reg, opts.today, opts.at);
  }
  return result;
}

function applyChanges(w: Writer, reg: Register, changes: readonly PulledChange[], facts: PageFacts, oneByOne: boolean): Applied {
  // Rows this pass creates join its own copy of what is held: a pass rolled back leaves the page's facts as they were.
  const mine: PageFacts = { ...facts, held: new Set(facts.held) };
  const out: Applied = { applied: 0, skipped: 0, parked: 0, ruleSets: 0, touched: new Set() };
  for (const change of changes) {
    const outcome = applyChange(w, reg, change, mine, out.touched, oneByOne);
    if (outcome === 'parked') out.parked++;
    else if (outcome === 'skipped') out.skipped++;
    else {
      out.applied++;
      if (change.entity === 'ruleSets') out.ruleSets++;
    }
  }
  return out;
}

/**
 * Why a change that failed to write is parked (it clashes with a row of this
 * desk, or needs one not here yet); null for any other failure, which fails the page.
 */
function parkReason(e: unknown, entity: string): MessageRef | null {
  const message = e instanceof Error ? e.message : String(e);
  const clash = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(message);
  if (clash) return { key: 'sync.parked.clash', params: { entity, columns: clash[1]! } };
  if (/FOREIGN KEY constraint failed/.test(message)) return { key: 'sync.parked.missingRow', params: { entity } };
  return null;
}

/**
 * One change. Change by change (`oneByOne`), each in its own savepoint: one
 * that cannot be applied is parked with the reason and replayed later, and
 * the rest of the page goes on. Otherwise its failure fails the page's
 * savepoint, and the page is applied again change by change.
 */
function applyChange(
  w: Writer,
  reg: Register,
  change: PulledChange,
  facts: PageFacts,
  touched: Set<string>,
  oneByOne: boolean,
): 'applied' | 'skipped' | 'parked' {
  const key = `${change.entity}:${change.entityId}`;
  const plan = planPulled(change, { deskId: facts.deskId, exists: facts.held.has(key), pendingFields: facts.pending.get(key) ?? NONE });
  if (plan.kind === 'park') return park(reg, change, plan.reason, w.ctx.at);
  if (plan.kind === 'skip') {
    // The desk's own pending edit holds these fields; the version still moves, so its base is the platform's latest.
    if (plan.why === 'pendingLocal') setPlatformVersion(reg, change.entity, change.entityId, change.version, change.origin.deskId);
    return 'skipped';
  }
  const origin = originOf(reg, change, facts.origins);
  if (!oneByOne) {
    write(w, reg, change, plan, origin, touched);
  } else {
    try {
      reg.sqlite.transaction(() => write(w, reg, change, plan, origin, touched))();
    } catch (e) {
      const reason = parkReason(e, change.entity);
      if (!reason) throw e;
      return park(reg, change, reason, w.ctx.at);
    }
  }
  if (plan.kind === 'insert' || (plan.kind === 'deskKey' && plan.create)) facts.held.add(key);
  return 'applied';
}

function write(
  w: Writer,
  reg: Register,
  change: PulledChange,
  plan: Exclude<PulledPlan, { kind: 'park' } | { kind: 'skip' }>,
  origin: Origin,
  touched: Set<string>,
) {
  if (plan.kind === 'deskKey') {
    if (plan.create) w.insert('knownDesks', { id: change.entityId, ...(plan.fields as object) } as never, { origin });
    else w.update('knownDesks', change.entityId, plan.fields as never, { origin });
    return;
  }
  // The row as written: an insert returns all of it, an update only after reading it back.
  const row = (
    plan.kind === 'insert'
      ? w.insert(plan.entity as EntityName, { ...plan.fields, id: change.entityId } as never, { origin })
      : w.update(plan.entity as EntityName, change.entityId, plan.fields as never, { origin })
  ) as Record<string, unknown>;
  setPlatformVersion(reg, plan.entity, change.entityId, change.version, change.intent === 'create' ? change.origin.deskId : null);
  if (plan.entity === 'ruleSets') forgetRuleSets(reg);
  const property = propertyOfPulled(plan.entity, change.entityId, row);
  if (property) touched.add(property);
  // A finding reaches its property through its inspection.
  if (plan.entity === 'findings' && typeof row.inspectionId === 'string') {
    const i = reg.get('inspections', row.inspectionId);
    if (i) touched.add(i.propertyId);
  }
}

function park(reg: Register, change: PulledChange, reason: MessageRef, at: number): 'parked' {
  reg
    .statement(
      `INSERT INTO sync_parked (cursor, entity, entity_id, change, reason, parked_at, attempts) VALUES (?, ?, ?, ?, ?, ?, 0)
       ON CONFLICT (cursor) DO UPDATE SET reason = excluded.reason, attempts = sync_parked.attempts + 1`,
    )
    .run(change.cursor, change.entity, change.entityId, JSON.stringify(change), JSON.stringify(reason), at);
  return 'parked';
}

/**
 * Parked changes tried again in their order (after a push, or after an update
 * of this program): each one that now applies leaves the list in the same
 * transaction. Returns how many applied and how many still wait.
 */
export function replayParked(reg: Register, opts: { at: number; today: string }): { applied: number; waiting: number } {
  const parked = reg.statement('SELECT cursor, change FROM sync_parked ORDER BY cursor').all() as { cursor: number; change: string }[];
  if (!parked.length) return { applied: 0, waiting: 0 };
  let applied = 0;
  reg.write({ clerkId: null, action: 'sync.replay', at: opts.at }, (w) => {
    const state = readSyncState(reg)!;
    const changes = parked.map((p) => JSON.parse(p.change) as PulledChange);
    const facts = { deskId: state.deskId, pending: pendingFieldsByRow(reg), held: heldRows(reg, changes), origins: new Map() };
    const touched = new Set<string>();
    for (const [i, p] of parked.entries()) {
      const r = applyChange(w, reg, changes[i]!, facts, touched, true);
      if (r !== 'parked') {
        reg.statement('DELETE FROM sync_parked WHERE cursor = ?').run(p.cursor);
        applied++;
      }
    }
    for (const id of touched) if (reg.get('properties', id)) refreshFireStatus(w, id, opts.today);
  });
  return { applied, waiting: parked.length - applied };
}
