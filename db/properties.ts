import type { FireStatus } from '../core/schemas/statuses';
import { entityInfo } from './entities';
import { searchRegister } from './search';
import { fromDriver, type Register } from './write';

export function getPropertyRow(reg: Register, id: string) {
  const raw = reg.statement('SELECT * FROM properties WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return raw ? (fromDriver(entityInfo('properties'), raw) as import('./entities').EntityRow<'properties'>) : null;
}

export function roomsOfProperty(reg: Register, propertyId: string) {
  const info = entityInfo('rooms');
  return (
    reg.statement('SELECT * FROM rooms WHERE property_id = ? ORDER BY floor, label').all(propertyId) as Record<string, unknown>[]
  ).map((raw) => fromDriver(info, raw) as import('./entities').EntityRow<'rooms'>);
}

/** Properties already registered at the same normalised address (a warning, not a refusal). */
export function propertiesAtAddress(reg: Register, addressKey: string) {
  return reg
    .statement(
      `SELECT p.id, p.address, p.landlord_id AS landlordId, l.name AS landlordName, p.status
         FROM properties p JOIN landlords l ON l.id = p.landlord_id
        WHERE p.address_key = ? ORDER BY p.created_at`,
    )
    .all(addressKey) as { id: string; address: string; landlordId: string; landlordName: string; status: 'active' | 'closed' }[];
}

/** Tenancies still running or reserved in a property's rooms: who to call when it closes. */
export function tenanciesToFollowUp(reg: Register, propertyId: string) {
  return reg
    .statement(
      `SELECT t.id AS tenancyId, t.room_id AS roomId, r.label AS roomLabel, n.name AS tenantName, n.mobile,
              t.status, t.check_in_on AS checkInOn, t.adults + t.children AS persons
         FROM tenancies t JOIN rooms r ON r.id = t.room_id JOIN tenants n ON n.id = t.tenant_id
        WHERE t.property_id = ? AND t.status IN ('active', 'reserved')
        ORDER BY r.floor, r.label, t.check_in_on`,
    )
    .all(propertyId) as {
    tenancyId: string;
    roomId: string;
    roomLabel: string;
    tenantName: string;
    mobile: string | null;
    status: 'active' | 'reserved';
    checkInOn: string;
    persons: number;
  }[];
}

/** People (adults, who count against DEN-1/DEN-2) living in or booked into a room now. */
export function adultsInRoom(reg: Register, roomId: string): number {
  const row = reg
    .statement("SELECT coalesce(sum(adults), 0) AS n FROM tenancies WHERE room_id = ? AND status IN ('active', 'reserved')")
    .get(roomId) as { n: number };
  return row.n;
}

export function scheduledInspectionsOf(reg: Register, propertyId: string) {
  return (
    reg
      .statement(
        `SELECT id, due_on AS dueOn, kind, done_inspection_id AS doneId FROM scheduled_inspections
          WHERE property_id = ? ORDER BY due_on`,
      )
      .all(propertyId) as { id: string; dueOn: string; kind: string; doneId: string | null }[]
  ).map((s) => ({ id: s.id, dueOn: s.dueOn, kind: s.kind, done: s.doneId !== null }));
}

/** Newest first, optionally one landlord's or one status. */
export function listProperties(
  reg: Register,
  opts: { landlordId?: string | undefined; status?: 'active' | 'closed' | undefined; offset: number; limit: number },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.landlordId) {
    where.push('p.landlord_id = ?');
    params.push(opts.landlordId);
  }
  if (opts.status) {
    where.push('p.status = ?');
    params.push(opts.status);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = reg
    .statement(
      `SELECT p.id, p.address, p.landlord_id AS landlordId, l.name AS landlordName, p.status,
              p.fire_status AS fireStatus, p.created_at AS createdAt,
              (SELECT count(*) FROM rooms r WHERE r.property_id = p.id) AS roomCount
         FROM properties p JOIN landlords l ON l.id = p.landlord_id ${w}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, opts.limit, opts.offset) as {
    id: string;
    address: string;
    landlordId: string;
    landlordName: string;
    status: 'active' | 'closed';
    fireStatus: FireStatus;
    createdAt: number;
    roomCount: number;
  }[];
  const { n } = reg.statement(`SELECT count(*) AS n FROM properties p ${w}`).get(...params) as { n: number };
  return { rows, total: n };
}

/**
 * Properties for a picker: newest first, or what the register's search box
 * finds for the text (addresses by the trigram index; a landlord found by
 * name, ID or mobile brings their properties). One search, the box's own.
 */
export function findProperties(reg: Register, q: string, limit: number) {
  if (!q) return listProperties(reg, { offset: 0, limit }).rows;
  const hits = searchRegister(reg, q, limit);
  const byId = new Map(hits.properties.map((p) => [p.id, p]));
  for (const l of hits.landlords) {
    for (const p of listProperties(reg, { landlordId: l.id, offset: 0, limit }).rows) if (!byId.has(p.id)) byId.set(p.id, p);
  }
  return [...byId.values()].slice(0, limit);
}
