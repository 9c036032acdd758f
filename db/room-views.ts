import { FIRE_STATUSES, ROOM_STATUSES, type FireStatus, type PropertyStatus, type RoomStatus } from '../core/schemas/statuses';
import type { RoomFilters, RoomLine, RoomLineRoom } from '../core/schemas/rooms';
import type { Register } from './write';

/**
 * The room read model (房态总台) in SQL: properties in (region, property)
 * order a page at a time, each with its rooms and who is in them, in one
 * statement per page. Hand-written on purpose: this is the desk's hottest
 * read. The page walks `properties_region` in order, so the first page of
 * 100k rooms reads about a hundred properties, never the whole register.
 *
 * "Offerable" has one meaning everywhere: the room is in the offer index
 * (vacant, compliant open property; kept by triggers in the write
 * transaction) with room for at least one person.
 */
const OFFERABLE = 'EXISTS (SELECT 1 FROM offer_index o WHERE o.room_id = r.id AND o.max_occupants > 0)';

interface Where {
  property: string[];
  room: string[];
  propertyParams: unknown[];
  roomParams: unknown[];
}

function whereOf(f: RoomFilters): Where {
  const w: Where = { property: [], room: [], propertyParams: [], roomParams: [] };
  if (f.regionCode) {
    w.property.push('p.region_code BETWEEN ? AND ?');
    w.propertyParams.push(f.regionCode, `${f.regionCode}~`);
  }
  if (f.fireStatus) {
    w.property.push('p.fire_status = ?');
    w.propertyParams.push(f.fireStatus);
  }
  if (f.q) {
    w.property.push('(p.address LIKE ? OR EXISTS (SELECT 1 FROM rooms q WHERE q.property_id = p.id AND q.label = ?))');
    w.propertyParams.push(`%${f.q}%`, f.q);
  }
  if (f.status) {
    w.room.push('r.status = ?');
    w.roomParams.push(f.status);
  }
  if (f.offerable) {
    // Only properties with offered rooms: the index is small, so this starts from it.
    w.property.push('p.id IN (SELECT property_id FROM offer_index WHERE max_occupants > 0)');
    w.room.push(OFFERABLE);
  }
  return w;
}

/** Properties shown: those passing the property filters with at least one room passing the room filters. */
function propertyWhere(w: Where): { sql: string; params: unknown[] } {
  const roomCond = w.room.join(' AND ');
  const conds = [...w.property, ...(roomCond ? [`EXISTS (SELECT 1 FROM rooms r WHERE r.property_id = p.id AND ${roomCond})`] : [])];
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params: [...w.propertyParams, ...w.roomParams] };
}

export function countLines(reg: Register, f: RoomFilters): number {
  const { sql, params } = propertyWhere(whereOf(f));
  return (reg.statement(`SELECT count(*) AS n FROM properties p ${sql}`).get(...params) as { n: number }).n;
}

interface Row {
  id: string;
  address: string;
  regionCode: string;
  communityCode: string;
  grid: string | null;
  status: PropertyStatus;
  fireStatus: FireStatus;
  landlordName: string;
  roomId: string;
  label: string;
  floor: number;
  areaM2: number;
  hasKitchen: number;
  privateBathroom: number;
  rentMonthly: number;
  maxOccupants: number;
  cookingPermitted: number;
  roomStatus: RoomStatus;
  offerable: number;
  occupant: string | null;
  persons: number | null;
}

/** One page of lines; `communityName` is left for the caller, which knows the region names. */
export function roomLines(reg: Register, f: RoomFilters, offset: number, limit: number): Omit<RoomLine, 'communityName'>[] {
  const w = whereOf(f);
  const { sql, params } = propertyWhere(w);
  const roomCond = w.room.length ? `AND ${w.room.join(' AND ')}` : '';
  const rows = reg
    .statement(
      `WITH page AS (
         SELECT p.id, p.address, p.region_code, coalesce(p.community_code, p.region_code) AS community_code, p.grid, p.status,
                p.fire_status, p.landlord_id
           FROM properties p ${sql} ORDER BY p.region_code, p.id LIMIT ? OFFSET ?)
       SELECT page.id, page.address, page.region_code AS regionCode, page.community_code AS communityCode, page.grid,
              page.status, page.fire_status AS fireStatus,
              (SELECT name FROM landlords l WHERE l.id = page.landlord_id) AS landlordName,
              r.id AS roomId, r.label, r.floor, r.area_m2 AS areaM2, r.has_kitchen AS hasKitchen,
              r.private_bathroom AS privateBathroom, r.rent_monthly AS rentMonthly, r.max_occupants AS maxOccupants,
              r.cooking_permitted AS cookingPermitted, r.status AS roomStatus, ${OFFERABLE} AS offerable,
              n.name AS occupant,
              CASE WHEN t.id IS NULL THEN NULL ELSE 1 + (SELECT count(*) FROM household_members m WHERE m.tenancy_id = t.id) END AS persons
         FROM page
         JOIN rooms r ON r.property_id = page.id ${roomCond}
         LEFT JOIN tenancies t ON t.room_id = r.id AND t.status IN ('reserved', 'active')
         LEFT JOIN tenants n ON n.id = t.tenant_id
        ORDER BY page.region_code, page.id, r.floor, r.label`,
    )
    .all(...params, limit, offset, ...w.roomParams) as Row[];

  const lines: Omit<RoomLine, 'communityName'>[] = [];
  let line: Omit<RoomLine, 'communityName'> | undefined;
  for (const r of rows) {
    if (line?.id !== r.id) {
      line = {
        id: r.id,
        address: r.address,
        regionCode: r.regionCode,
        communityCode: r.communityCode,
        grid: r.grid,
        status: r.status,
        fireStatus: r.fireStatus,
        landlordName: r.landlordName,
        rooms: [],
      };
      lines.push(line);
    }
    const room: RoomLineRoom = {
      id: r.roomId,
      label: r.label,
      floor: r.floor,
      areaM2: r.areaM2,
      hasKitchen: r.hasKitchen === 1,
      privateBathroom: r.privateBathroom === 1,
      rentMonthly: r.rentMonthly,
      maxOccupants: r.maxOccupants,
      cookingPermitted: r.cookingPermitted === 1,
      status: r.roomStatus,
      offerable: r.offerable === 1,
      // The rack is on a screen others may see: a surname is enough to tell households apart.
      occupant: r.occupant ? `${[...r.occupant][0]}*` : null,
      persons: r.persons,
    };
    line.rooms.push(room);
  }
  return lines;
}

export interface RoomCounts {
  rooms: number;
  properties: number;
  byStatus: Record<RoomStatus, number>;
  byFireStatus: Record<FireStatus, number>;
  offerable: number;
  communities: { code: string; rooms: number; vacant: number }[];
}

/** Counts for the filtered rooms in one pass over them. */
export function roomCounts(reg: Register, f: RoomFilters): RoomCounts {
  const w = whereOf(f);
  const conds = [...w.property, ...w.room];
  const rows = reg
    .statement(
      `SELECT coalesce(p.community_code, p.region_code) AS community, r.status, p.fire_status AS fireStatus, ${OFFERABLE} AS offer,
              count(*) AS n
         FROM properties p JOIN rooms r ON r.property_id = p.id
        ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
        GROUP BY 1, 2, 3, 4`,
    )
    .all(...w.propertyParams, ...w.roomParams) as {
    community: string;
    status: RoomStatus;
    fireStatus: FireStatus;
    offer: number;
    n: number;
  }[];
  const out: RoomCounts = {
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
  out.properties = countLines(reg, f);
  out.communities = [...communities.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  return out;
}
