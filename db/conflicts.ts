import { DomainError } from '../core/errors';
import { ENTITIES, type EntityName } from './entities';
import { rowLabel } from './sync-labels';
import type { Register, Writer } from './write';

/**
 * The conflict inbox: changes of this desk the platform held back because
 * another edit moved the same field on (db/sync-outbox.ts stores them as the
 * platform answers). A supervisor answers each; the answer is a write like any
 * other — audited, and queued for the platform, which records it on its own
 * conflict record. Nothing is resolved without a person choosing.
 */
interface ConflictRow {
  id: string;
  entity: string;
  entity_id: string;
  fields: string;
  desk_clerk_name: string | null;
  desk_at: number;
  platform_desk_id: string | null;
  platform_clerk_name: string | null;
  platform_at: number;
  platform_version: number;
  status: 'open' | 'accepted' | 'resubmitted' | 'escalated';
  note: string | null;
  resolved_by_name: string | null;
  resolved_at: number | null;
}

export function listConflicts(reg: Register, status: 'open' | 'all', limit = 200) {
  const rows = reg
    .statement(
      `SELECT * FROM conflicts ${status === 'open' ? "WHERE status = 'open'" : ''} ORDER BY status = 'open' DESC, created_at DESC LIMIT ?`,
    )
    .all(limit) as ConflictRow[];
  return rows.map((r) => conflictItem(reg, r));
}

function conflictItem(reg: Register, r: ConflictRow) {
  const deskName = r.platform_desk_id
    ? ((reg.statement('SELECT name FROM known_desks WHERE id = ?').get(r.platform_desk_id) as { name: string } | undefined)?.name ?? null)
    : null;
  return {
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    label: rowLabel(reg, r.entity, r.entity_id),
    fields: JSON.parse(r.fields) as { field: string; desk: unknown; platform: unknown }[],
    desk: { clerkName: r.desk_clerk_name, at: r.desk_at },
    platform: { deskName, clerkName: r.platform_clerk_name, at: r.platform_at },
    status: r.status,
    note: r.note,
    resolvedByName: r.resolved_by_name,
    resolvedAt: r.resolved_at,
  };
}

export function getConflict(reg: Register, id: string) {
  const r = reg.statement('SELECT * FROM conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  return r ? conflictItem(reg, r) : null;
}

const isRegisterEntity = (e: string): e is EntityName => Object.prototype.hasOwnProperty.call(ENTITIES, e);

/**
 * A supervisor's answer:
 * - accept: the platform's value stands (the desk already shows it);
 * - resubmit: the desk's values go again, as a new edit on the platform's
 *   current version (which may meet yet another edit, and come back as a
 *   new conflict);
 * - escalate: the platform's value stands on the desk, and the city gets the
 *   supervisor's note to decide.
 */
export function resolveConflict(
  w: Writer,
  input: { id: string; choice: 'accept' | 'resubmit' | 'escalate'; note?: string | undefined },
  supervisorName: string,
): void {
  const reg = w.reg;
  const r = reg.statement('SELECT * FROM conflicts WHERE id = ?').get(input.id) as ConflictRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', 'sync.conflict.notFound');
  if (r.status !== 'open') throw new DomainError('CONFLICT', 'sync.conflict.answered');
  if (input.choice === 'resubmit') {
    if (!isRegisterEntity(r.entity) || !reg.get(r.entity, r.entity_id)) throw new DomainError('CONFLICT', 'sync.conflict.rowGone');
    const fields = JSON.parse(r.fields) as { field: string; desk: unknown }[];
    w.update(r.entity, r.entity_id, Object.fromEntries(fields.map((f) => [f.field, f.desk])) as never);
  }
  const status = input.choice === 'accept' ? 'accepted' : input.choice === 'resubmit' ? 'resubmitted' : 'escalated';
  w.update('conflicts', r.id, { status, note: input.note ?? null, resolvedByName: supervisorName, resolvedAt: w.ctx.at });
}
