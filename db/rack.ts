import { FIRE_STATUSES, ROOM_STATUSES, type FireStatus, type RoomStatus } from '../core/schemas/property';
import type { RackFilters, RackProperty, RackRoom } from '../core/schemas/tenancy';
import type { Register } from './write';

/**
 * The room rack: properties in (community, property) order, a page at a time,
 * each with its rooms and who is in them. Hand-written SQL: it walks
 * `properties_region` in order, so the first page of 100k rooms reads about a
 * hundred properties, never the whole register.
 */
function where(f: RackFilters) {
  const prop: string[] = [];
  const room: string[] = [];
  const propParams: unknown[] = [];
  const roomParams: unknown[] = [];
  if (f.regionCode) {
    prop.push('p.region_code BETWEEN ? AND ?');
    propParams.push(f.regionCode, `${f.regionCode}~`);
  }
  if (f.fireStatus) {
    prop.push('p.fire_status = ?');
    propParams.push(f.fireStatus);
  }
  if (f.q) {
    prop.push('(p.address LIKE ? OR EXISTS (SELECT 1 FROM rooms q WHERE q.property_id = p.id AND q.label = ?))');
    propParams.push(`%${f.q}%`, f.q);
  }
  if (f.status) {
    room.push('r.status = ?');
    roomParams.push(f.status);
  }
  if (f.availableOnly) {
    // offer_index already holds exactly the vacant rooms of compliant, open properties.
    prop.push('p.id IN (SELECT property_id FROM offer_index WHERE max_occupants > 0)');
    room.push("r.status = 'vacant' AND r.max_occupants > 0");
  }
  return { prop, room, propParams, roomParams };
}

/** Properties shown: those matching the property filters with at least one room matching the room filters. */
function propertyWhere(f: RackFilters) {
  const w = where(f);
  const roomCond = w.room.join(' AND ');
  const conds = [...w.prop, ...(roomCond ? [`EXISTS (SELECT 1 FROM rooms r WHERE r.property_id = p.id AND ${roomCond})`] : [])];
  return { whereSql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params: [...w.propParams, ...w.roomParams] };
}

export function countProperties(reg: Register, f: RackFilters): number {
  const { whereSql, params } = propertyWhere(f);
  return (reg.statement(`SELECT count(*) AS n FROM properties p ${whereSql}`).get(...params) as { n: number }).n;
}

export function rackPage(reg: Register, f: RackFilters, offset: number, limit: number): { properties: RackProperty[]; total: number } {
  const w = where(f);
  const roomCond = w.room.join(' AND ');
  const { whereSql, params } = propertyWhere(f);
  const total = countProperties(reg, f);
  if (total === 0 || offset >= total) return { properties: [], total };
  const props = reg
    .statement(
      `SELECT p.id, p.address, p.community_code AS communityCode, p.region_code AS regionCode, p.grid, p.status, p.fire_status AS fireStatus,
              (SELECT name FROM landlords l WHERE l.id = p.landlord_id) AS landlordName
         FROM properties p ${whereSql} ORDER BY p.region_code, p.id LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as (Omit<RackProperty, 'rooms' | 'communityName'> & { regionCode: string })[];
  const roomsSql = `SELECT r.id, r.label, r.floor, r.status, r.max_occupants AS maxOccupants, r.cooking_permitted AS cookingPermitted,
            r.rent_monthly AS rentMonthly, n.name AS occupant,
            CASE WHEN t.id IS NULL THEN NULL ELSE 1 + (SELECT count(*) FROM household_members m WHERE m.tenancy_id = t.id) END AS persons
       FROM rooms r
       LEFT JOIN tenancies t ON t.room_id = r.id AND t.status IN ('reserved', 'active')
       LEFT JOIN tenants n ON n.id = t.tenant_id
      WHERE r.property_id = ? ${roomCond ? `AND ${roomCond}` : ''}
      ORDER BY r.floor, r.label`;
  return {
    total,
    properties: props.map(({ regionCode, ...p }) => ({
      ...p,
      communityName: '',
      communityCode: p.communityCode ?? regionCode,
      rooms: (reg.statement(roomsSql).all(p.id, ...w.roomParams) as (Omit<RackRoom, 'cookingPermitted'> & { cookingPermitted: number })[]).map((r) => ({
        ...r,
        cookingPermitted: r.cookingPermitted === 1,
        // The rack is on a screen others may see: a surname is enough to tell households apart.
        occupant: r.occupant ? `${[...r.occupant][0]}*` : null,
      })),
    })),
  };
}

export interface RackCounts {
  rooms: number;
  properties: number;
  byStatus: Record<RoomStatus, number>;
  byFireStatus: Record<FireStatus, number>;
  offerable: number;
  communities: { code: string; rooms: number; vacant: number }[];
}

/** Counts for the filtered rack in one pass over its rooms. */
export function rackCounts(reg: Register, f: RackFilters): RackCounts {
  const w = where(f);
  const conds = [...w.prop, ...w.room];
  const rows = reg
    .statement(
      `SELECT coalesce(p.community_code, p.region_code) AS community, r.status, p.fire_status AS fireStatus,
              (r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active' AND r.max_occupants > 0) AS offer,
              count(*) AS n
         FROM properties p JOIN rooms r ON r.property_id = p.id
        ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
        GROUP BY 1, 2, 3, 4`,
    )
    .all(...w.propParams, ...w.roomParams) as { community: string; status: RoomStatus; fireStatus: FireStatus; offer: number; n: number }[];
  const out: RackCounts = {
    rooms: 0,
    properties: 0,
    byStatus: Object.fromEntries(ROOM_STATUSES.map((s) => [s, 0])) as Record<RoomStatus, number>,
    byFireStatus: Object.fromEntries(FIRE_STATUSES.map((s) => [s, 0])) as Record<FireStatus, number>,
    offerable: 0,
    communities: [],
  };
  const communities = new Map<string, { code: string; rooms: number; vacant: number }>();
  for (const r of rows) {
    out.rooms += r.n;
    out.byStatus[r.status] += r.n;
    out.byFireStatus[r.fireStatus] += r.n;
    if (r.offer) out.offerable += r.n;
    const c = communities.get(r.community) ?? { code: r.community, rooms: 0, vacant: 0 };
    c.rooms += r.n;
    if (r.status === 'vacant') c.vacant += r.n;
    communities.set(r.community, c);
  }
  out.properties = countProperties(reg, f);
  out.communities = [...communities.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  return out;
}
