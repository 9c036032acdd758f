import type { FireStatus } from '../core/schemas/statuses';
import type { Register } from './write';

export interface InspectionRow {
  id: string;
  propertyId: string;
  inspectedOn: string;
  kind: 'first' | 'routine' | 'reinspection';
  result: 'pass' | 'fail';
  ruleVersion: string;
  inspectorName: string | null;
  note: string | null;
}

const SELECT = `SELECT i.id, i.property_id AS propertyId, i.inspected_on AS inspectedOn, i.kind, i.result,
       i.rule_version AS ruleVersion, c.display_name AS inspectorName, i.note
  FROM inspections i LEFT JOIN clerks c ON c.id = i.inspector_id`;

export function inspectionsOfProperty(reg: Register, propertyId: string): InspectionRow[] {
  return reg
    .statement(`${SELECT} WHERE i.property_id = ? ORDER BY i.inspected_on DESC, i.created_at DESC`)
    .all(propertyId) as InspectionRow[];
}

export function getInspection(reg: Register, id: string): InspectionRow | null {
  return (reg.statement(`${SELECT} WHERE i.id = ?`).get(id) as InspectionRow | undefined) ?? null;
}

export function findingsOfInspection(reg: Register, inspectionId: string) {
  return (
    reg
      .statement(
        `SELECT f.item_code AS itemCode, f.outcome, r.label AS roomLabel, f.note, f.severity, f.photos
           FROM findings f LEFT JOIN rooms r ON r.id = f.room_id WHERE f.inspection_id = ? ORDER BY f.rowid`,
      )
      .all(inspectionId) as {
      itemCode: string;
      outcome: 'pass' | 'fail' | 'na';
      roomLabel: string | null;
      note: string | null;
      severity: string | null;
      photos: string | null;
    }[]
  ).map((f) => ({ ...f, photos: f.photos ? (JSON.parse(f.photos) as string[]) : [] }));
}

/** Scheduled visits not yet done for a property. */
export function pendingSchedules(reg: Register, propertyId: string) {
  return reg
    .statement('SELECT id, kind, due_on AS dueOn FROM scheduled_inspections WHERE property_id = ? AND done_inspection_id IS NULL')
    .all(propertyId) as { id: string; kind: string; dueOn: string }[];
}

export interface QueueRow {
  kind: 'first' | 'reinspection' | 'deadline' | 'overdue' | 'expiring';
  propertyId: string;
  address: string;
  grid: string | null;
  dueOn: string;
  fireStatus: FireStatus;
  detail: string | null;
}

/**
 * The inspector's queue: scheduled visits (first inspections, re-inspections)
 * due within `ahead`, open hazards near or past their deadline, and passes
 * about to expire; soonest first.
 */
export function inspectionQueue(reg: Register, today: string, ahead: string, expiringBy: string): QueueRow[] {
  const scheduled = reg
    .statement(
      `SELECT s.kind, s.property_id AS propertyId, p.address, p.grid, s.due_on AS dueOn, p.fire_status AS fireStatus, s.note AS detail
         FROM scheduled_inspections s JOIN properties p ON p.id = s.property_id
        WHERE s.done_inspection_id IS NULL AND s.due_on <= ? AND p.status = 'active'`,
    )
    .all(ahead) as QueueRow[];
  const hazards = (
    reg
      .statement(
        `SELECT h.property_id AS propertyId, p.address, p.grid, min(h.deadline) AS dueOn, p.fire_status AS fireStatus,
                group_concat(h.item_code, '、') AS detail
           FROM hazards h JOIN properties p ON p.id = h.property_id
          WHERE h.status = 'open' AND h.deadline <= ? AND p.status = 'active'
          GROUP BY h.property_id`,
      )
      .all(ahead) as Omit<QueueRow, 'kind'>[]
  ).map((r) => ({ ...r, kind: (r.dueOn < today ? 'overdue' : 'deadline') as QueueRow['kind'] }));
  const expiring = reg
    .statement(
      `SELECT 'expiring' AS kind, p.id AS propertyId, p.address, p.grid, date(p.fire_status_until, '-1 day') AS dueOn,
              p.fire_status AS fireStatus, NULL AS detail
         FROM properties p WHERE p.fire_status = 'compliant' AND p.status = 'active' AND p.fire_status_until <= ?`,
    )
    .all(expiringBy) as QueueRow[];
  return [...scheduled, ...hazards, ...expiring].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
