import type { BoardFilters, BoardRoom } from '../core/schemas/board';
import type { Register } from './write';

/**
 * The room board: one page of rooms with their property's derived fire status.
 * Hand-written SQL on purpose: this is the hottest read of the desk.
 *
 * With planner statistics (db/open.ts refreshes them) SQLite walks properties
 * in (region, id) order and their rooms by (property, label), so the first page
 * of 100k rooms needs no sort, and a selective filter starts from its index.
 * The landlord's name is a subquery so it is looked up only for the page.
 */
export function boardPage(
  reg: Register,
  filters: BoardFilters,
  offset: number,
  limit: number,
): { rooms: BoardRoom[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  let needsProperty = false;
  if (filters.status) {
    where.push('r.status = ?');
    params.push(filters.status);
  }
  if (filters.fireStatus) {
    where.push('p.fire_status = ?');
    params.push(filters.fireStatus);
    needsProperty = true;
  }
  if (filters.regionCode) {
    where.push('p.region_code BETWEEN ? AND ?');
    params.push(filters.regionCode, `${filters.regionCode}~`);
    needsProperty = true;
  }
  if (filters.availableOnly) {
    where.push("r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active' AND r.max_occupants > 0");
    needsProperty = true;
  }
  if (filters.q) {
    where.push('(p.address LIKE ? OR r.label = ?)');
    params.push(`%${filters.q}%`, filters.q);
    needsProperty = true;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countSql = needsProperty
    ? `SELECT count(*) AS n FROM rooms r JOIN properties p ON p.id = r.property_id ${whereSql}`
    : `SELECT count(*) AS n FROM rooms r ${whereSql}`;
  const { n: total } = reg.statement(countSql).get(...params) as { n: number };
  if (total === 0 || offset >= total) return { rooms: [], total };

  const rows = reg
    .statement(
      `SELECT r.id, r.property_id AS propertyId, r.label, r.floor, r.area_m2 AS areaM2,
              r.has_kitchen AS hasKitchen, r.private_bathroom AS privateBathroom,
              r.rent_monthly AS rentMonthly, r.max_occupants AS maxOccupants, r.status,
              p.fire_status AS fireStatus, p.region_code AS regionCode, p.address,
              (SELECT name FROM landlords l WHERE l.id = p.landlord_id) AS landlordName
         FROM properties p
         JOIN rooms r ON r.property_id = p.id
         ${whereSql}
        ORDER BY p.region_code, p.id, r.label
        LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as (Omit<BoardRoom, 'hasKitchen' | 'privateBathroom'> & {
    hasKitchen: number;
    privateBathroom: number;
  })[];
  return {
    rooms: rows.map((r) => ({ ...r, hasKitchen: r.hasKitchen === 1, privateBathroom: r.privateBathroom === 1 })),
    total,
  };
}
