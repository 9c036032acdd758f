import { maskIdNumber, maskMobile } from '../core/mask';
import { originName } from '../core/regions';
import type { HouseholdPerson, TenancyDetail, TenancySummary } from '../core/schemas/tenancy';
import type { Register, Writer } from './write';

/**
 * Tenants and tenancies as the front desk reads them. Everything here is a
 * prepared statement; the writes go through `Writer` like every other change.
 */
const SUMMARY_SQL = `SELECT t.id, t.status, t.room_id AS roomId, r.label AS roomLabel, t.property_id AS propertyId, p.address,
       t.tenant_id AS tenantId, n.name AS tenantName, n.mobile AS tenantMobile, t.adults, t.children,
       t.check_in_on AS checkInOn, t.expected_end_on AS expectedEndOn, t.checked_out_on AS checkedOutOn,
       t.reserved_until AS reservedUntil, t.moved_from_id AS movedFromId,
       (SELECT count(*) FROM household_members m WHERE m.tenancy_id = t.id) AS members
  FROM tenancies t JOIN rooms r ON r.id = t.room_id JOIN properties p ON p.id = t.property_id JOIN tenants n ON n.id = t.tenant_id`;

type SummaryRow = Omit<TenancySummary, 'tenantMobileMasked' | 'persons'> & { tenantMobile: string | null; members: number };

const toSummary = (r: SummaryRow): TenancySummary => {
  const { tenantMobile, members, ...rest } = r;
  return { ...rest, tenantMobileMasked: tenantMobile ? maskMobile(tenantMobile) : null, persons: members + 1 };
};

export function tenancySummary(reg: Register, id: string): TenancySummary | null {
  const row = reg.statement(`${SUMMARY_SQL} WHERE t.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

interface PersonRow {
  id: string;
  name: string;
  id_type: string | null;
  id_number: string | null;
  mobile: string | null;
  birth_date: string | null;
  origin_code: string | null;
  employer: string | null;
  ebike_owned: number;
  guardian_name: string | null;
  relation: string | null;
}

const PERSON_COLUMNS = `n.id, n.name, n.id_type, n.id_number, n.mobile, n.birth_date, n.origin_code, n.employer, n.ebike_owned,
       (SELECT g.name FROM tenants g WHERE g.id = n.guardian_id) AS guardian_name`;

function toPerson(r: PersonRow, role: 'tenant' | 'member'): HouseholdPerson {
  return {
    tenantId: r.id,
    name: r.name,
    role,
    relation: (r.relation as HouseholdPerson['relation']) ?? null,
    idType: (r.id_type as HouseholdPerson['idType']) ?? null,
    idNumberMasked: r.id_number ? maskIdNumber(r.id_number) : null,
    mobileMasked: r.mobile ? maskMobile(r.mobile) : null,
    birthDate: r.birth_date,
    originCode: r.origin_code,
    originName: r.origin_code ? originName(r.origin_code) : null,
    employer: r.employer,
    ebikeOwned: r.ebike_owned === 1,
    guardianName: r.guardian_name,
  };
}

/** The tenant first, then the members in the order they were registered. Personal data masked. */
export function household(reg: Register, tenancyId: string): HouseholdPerson[] {
  const tenant = reg
    .statement(`SELECT ${PERSON_COLUMNS}, NULL AS relation FROM tenancies t JOIN tenants n ON n.id = t.tenant_id WHERE t.id = ?`)
    .get(tenancyId) as PersonRow | undefined;
  const members = reg
    .statement(
      `SELECT ${PERSON_COLUMNS}, m.relation FROM household_members m JOIN tenants n ON n.id = m.tenant_id
        WHERE m.tenancy_id = ? ORDER BY m.rowid`,
    )
    .all(tenancyId) as PersonRow[];
  return [...(tenant ? [toPerson(tenant, 'tenant')] : []), ...members.map((m) => toPerson(m, 'member'))];
}

export function tenancyDetail(reg: Register, id: string): TenancyDetail | null {
  const s = tenancySummary(reg, id);
  return s ? { ...s, household: household(reg, id) } : null;
}

export function findTenantByIdNumber(reg: Register, idType: string, idNumber: string) {
  return (
    (reg.statement('SELECT id, name FROM tenants WHERE id_type = ? AND id_number = ?').get(idType, idNumber) as
      { id: string; name: string } | undefined) ?? null
  );
}

export function tenantPerson(reg: Register, id: string): HouseholdPerson | null {
  const row = reg.statement(`SELECT ${PERSON_COLUMNS}, NULL AS relation FROM tenants n WHERE n.id = ?`).get(id) as PersonRow | undefined;
  return row ? toPerson(row, 'tenant') : null;
}

export interface CurrentStay {
  tenancyId: string;
  status: 'reserved' | 'active';
  role: 'tenant' | 'member';
  roomId: string;
  roomLabel: string;
  address: string;
  since: string;
}

/** Where a person lives or holds a room now in this register: as the tenant or as a household member. */
export function currentStays(reg: Register, tenantId: string): CurrentStay[] {
  return reg
    .statement(
      `SELECT t.id AS tenancyId, t.status, 'tenant' AS role, t.room_id AS roomId, r.label AS roomLabel, p.address, t.check_in_on AS since
         FROM tenancies t JOIN rooms r ON r.id = t.room_id JOIN properties p ON p.id = t.property_id
        WHERE t.tenant_id = ? AND t.status IN ('reserved', 'active')
       UNION ALL
       SELECT t.id, t.status, 'member', t.room_id, r.label, p.address, t.check_in_on
         FROM household_members m JOIN tenancies t ON t.id = m.tenancy_id
         JOIN rooms r ON r.id = t.room_id JOIN properties p ON p.id = t.property_id
        WHERE m.tenant_id = ? AND t.status IN ('reserved', 'active')`,
    )
    .all(tenantId, tenantId) as CurrentStay[];
}

/** The reservation or tenancy holding a room now, if any, and the clerk who made it (from the audit log). */
export function currentTenancyOfRoom(reg: Register, roomId: string) {
  const t = reg
    .statement("SELECT id, status, reserved_until AS reservedUntil FROM tenancies WHERE room_id = ? AND status IN ('reserved', 'active')")
    .get(roomId) as { id: string; status: 'reserved' | 'active'; reservedUntil: number | null } | undefined;
  if (!t) return null;
  const by = reg
    .statement(
      `SELECT c.display_name AS name FROM audit_log a JOIN clerks c ON c.id = a.clerk_id
        WHERE a.entity = 'tenancies' AND a.entity_id = ? ORDER BY a.id DESC LIMIT 1`,
    )
    .get(t.id) as { name: string } | undefined;
  return { ...t, clerkName: by?.name ?? null };
}

export function roomHistory(reg: Register, roomId: string, limit = 20): TenancySummary[] {
  return (
    reg.statement(`${SUMMARY_SQL} WHERE t.room_id = ? ORDER BY t.check_in_on DESC, t.id DESC LIMIT ?`).all(roomId, limit) as SummaryRow[]
  ).map(toSummary);
}

/** Today's arrivals and departures, tenancies ending within `until`, and rooms held now: a day's work, so at most 500 each. */
export function dailyLists(reg: Register, today: string, until: string) {
  const all = (sql: string, ...params: unknown[]) => (reg.statement(sql).all(...params) as SummaryRow[]).map(toSummary);
  return {
    arrivals: all(
      `${SUMMARY_SQL} WHERE (t.status = 'reserved' AND t.check_in_on <= ?) OR (t.status = 'active' AND t.check_in_on = ?) ORDER
         BY t.status DESC, p.address, r.label LIMIT 500`,
      today,
      today,
    ),
    departures: all(
      `${SUMMARY_SQL} WHERE (t.status = 'active' AND t.expected_end_on <= ?) OR (t.status = 'ended' AND t.checked_out_on = ?)
         ORDER BY t.status, p.address, r.label LIMIT 500`,
      today,
      today,
    ),
    endingSoon: all(
      `${SUMMARY_SQL} WHERE t.status = 'active' AND t.expected_end_on > ? AND t.expected_end_on <= ? ORDER BY t.expected_end_on,
         p.address LIMIT 500`,
      today,
      until,
    ),
    reservations: all(`${SUMMARY_SQL} WHERE t.status = 'reserved' ORDER BY t.reserved_until LIMIT 500`),
  };
}

/**
 * Reservations whose hold has run out by `now` are released: the tenancy is
 * cancelled and the room is vacant again. Called in the write transaction of
 * anything that acts on a room, and before any clerk's call (a cheap indexed
 * read when nothing expired). `roomId` limits it to one room.
 */
export function releaseExpiredReservations(w: Writer, now: number, roomId?: string): number {
  const rows = (
    roomId
      ? w.reg
          .statement("SELECT id, room_id FROM tenancies WHERE room_id = ? AND status = 'reserved' AND reserved_until <= ?")
          .all(roomId, now)
      : w.reg.statement("SELECT id, room_id FROM tenancies WHERE status = 'reserved' AND reserved_until <= ?").all(now)
  ) as { id: string; room_id: string }[];
  for (const r of rows) {
    w.update('tenancies', r.id, { status: 'cancelled' });
    const room = w.reg.get('rooms', r.room_id);
    if (room?.status === 'reserved') w.update('rooms', r.room_id, { status: 'vacant' });
  }
  return rows.length;
}

export function anyExpiredReservation(reg: Register, now: number): boolean {
  return reg.statement("SELECT 1 FROM tenancies WHERE status = 'reserved' AND reserved_until <= ? LIMIT 1").get(now) !== undefined;
}
