import type { HazardRecord } from '../core/schemas/inspection';
import type { Register } from './write';

const SELECT = `SELECT h.id, h.property_id AS propertyId, p.address, p.grid, h.inspection_id AS inspectionId,
       h.item_code AS itemCode, h.room_id AS roomId, r.label AS roomLabel, h.description, h.severity,
       h.effects, h.found_on AS foundOn, h.deadline, h.status, h.rectified_on AS rectifiedOn,
       c.display_name AS verifiedBy, h.escalated_at AS escalatedAt
  FROM hazards h JOIN properties p ON p.id = h.property_id
  LEFT JOIN rooms r ON r.id = h.room_id
  LEFT JOIN clerks c ON c.id = h.verified_by`;

type Raw = Omit<HazardRecord, 'effects' | 'overdue'> & { effects: string };

const toRecord =
  (today: string) =>
  (r: Raw): HazardRecord => ({
    ...r,
    effects: JSON.parse(r.effects) as HazardRecord['effects'],
    overdue: r.status === 'open' && r.deadline < today,
  });

export function hazardsOfProperty(reg: Register, propertyId: string, today: string): HazardRecord[] {
  return (reg.statement(`${SELECT} WHERE h.property_id = ? ORDER BY h.status, h.deadline`).all(propertyId) as Raw[]).map(toRecord(today));
}

export function openHazardsOfProperty(reg: Register, propertyId: string, today: string): HazardRecord[] {
  return (reg.statement(`${SELECT} WHERE h.property_id = ? AND h.status = 'open' ORDER BY h.deadline`).all(propertyId) as Raw[]).map(
    toRecord(today),
  );
}

export function hazardsOfInspection(reg: Register, inspectionId: string, today: string): HazardRecord[] {
  return (reg.statement(`${SELECT} WHERE h.inspection_id = ? ORDER BY h.item_code`).all(inspectionId) as Raw[]).map(toRecord(today));
}

/** Open hazards, all or only those past their deadline, oldest deadline first. */
export function listHazards(reg: Register, state: 'open' | 'overdue' | 'all', today: string, limit = 1000): HazardRecord[] {
  const where = state === 'all' ? '' : state === 'open' ? "WHERE h.status = 'open'" : "WHERE h.status = 'open' AND h.deadline < ?";
  const params = state === 'overdue' ? [today, limit] : [limit];
  return (reg.statement(`${SELECT} ${where} ORDER BY h.deadline LIMIT ?`).all(...params) as Raw[]).map(toRecord(today));
}

/** Open hazards whose item calls for closure: the inspector's proposals to the supervisor. */
export function closureProposals(reg: Register, today: string): HazardRecord[] {
  return (
    reg
      .statement(`${SELECT} WHERE h.status = 'open' AND h.effects LIKE '%"closure"%' AND p.status = 'active' ORDER BY h.found_on`)
      .all() as Raw[]
  ).map(toRecord(today));
}
