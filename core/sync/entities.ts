import { z } from 'zod';

/**
 * The entities a desk and the platform exchange, and the fields each carries.
 * These are the register's synced columns (db/entities.ts: caches such as a
 * property's fire status stay local and are derived again on each side);
 * tests/sync-entities.test.ts holds the two lists equal so they cannot drift.
 * An unknown entity or field in a change is rejected, never guessed at.
 */
const str = z.string().max(100_000);
const opt = str.nullable().optional();
const int = z.number().int();
const optInt = int.nullable().optional();
const bool = z.boolean();
const json = z.unknown();

/** Bookkeeping every row carries; a create sends them, an update never does. */
const meta = { id: str.optional(), createdAt: int.optional(), updatedAt: int.optional(), version: int.optional() };

export const ENTITY_FIELDS = {
  landlords: {
    kind: z.enum(['person', 'organisation']),
    name: str,
    idType: str,
    idNumber: str,
    mobile: str,
    address: opt,
    contactName: opt,
    letterSigned: bool,
    letterSignedOn: opt,
  },
  properties: {
    landlordId: str,
    regionCode: z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/),
    districtCode: str,
    streetCode: str,
    communityCode: opt,
    grid: opt,
    road: opt,
    houseNumber: opt,
    detail: str,
    address: str,
    addressKey: str,
    buildingType: str,
    floors: int,
    mixedUse: bool,
    ebikeArrangement: str,
    usesSandwichPanels: bool,
    status: z.enum(['active', 'closed']),
    closedReason: opt,
    closedAuthority: opt,
    closedOn: opt,
  },
  rooms: {
    propertyId: str,
    label: str,
    floor: int,
    areaM2: z.number(),
    hasKitchen: bool,
    privateBathroom: bool,
    windowBars: bool,
    rentMonthly: int,
    maxOccupants: int,
    status: z.enum(['vacant', 'reserved', 'occupied', 'unavailable']),
  },
  scheduledInspections: { propertyId: str, dueOn: str, kind: str, note: opt, doneInspectionId: opt },
  ruleSets: { ruleVersion: str, effectiveFrom: str, body: json, loadedBy: opt },
  inspections: {
    propertyId: str,
    ruleVersion: str,
    inspectedOn: str,
    inspectorId: opt,
    kind: str,
    result: z.enum(['pass', 'fail']),
    note: opt,
    facts: json.optional(),
  },
  findings: { inspectionId: str, itemCode: str, roomId: opt, outcome: str, severity: opt, note: opt, photos: json.optional() },
  hazards: {
    propertyId: str,
    inspectionId: str,
    findingId: opt,
    itemCode: str,
    roomId: opt,
    description: str,
    severity: str,
    effects: z.array(z.string()),
    foundOn: str,
    deadline: str,
    status: z.enum(['open', 'rectified']),
    rectifiedOn: opt,
    verifiedBy: opt,
    verifiedInspectionId: opt,
    escalatedAt: optInt,
  },
  tenants: {
    name: str,
    idType: opt,
    idNumber: opt,
    birthDate: opt,
    sex: opt,
    mobile: opt,
    originCode: opt,
    employer: opt,
    ebikeOwned: bool,
    guardianId: opt,
  },
  tenancies: {
    roomId: str,
    propertyId: str,
    tenantId: str,
    status: z.enum(['reserved', 'active', 'ended', 'cancelled']),
    reservedUntil: optInt,
    checkInOn: str,
    expectedEndOn: opt,
    checkedOutOn: opt,
    adults: int,
    children: int,
    movedFromId: opt,
  },
  householdMembers: { tenancyId: str, tenantId: str, relation: opt },
  certificates: {
    serial: str,
    propertyId: str,
    inspectionId: str,
    ruleVersion: str,
    inspectedOn: str,
    issuedOn: str,
    validUntil: str,
    deskId: str,
    clerkId: str,
    rooms: json,
    payload: str,
    prints: int,
    status: z.enum(['valid', 'void']),
    voidReason: opt,
    voidedAt: optInt,
    voidedBy: opt,
  },
} as const satisfies Record<string, Record<string, z.ZodType>>;

export type SyncEntity = keyof typeof ENTITY_FIELDS;
export const SYNC_ENTITIES = Object.keys(ENTITY_FIELDS) as SyncEntity[];
export const isSyncEntity = (e: string): e is SyncEntity => Object.prototype.hasOwnProperty.call(ENTITY_FIELDS, e);

/**
 * Inspections, findings, hazards, tenancies, household members and
 * certificates are events with their own ids: a desk creates them and moves
 * them on (a hazard rectified, a tenancy ended, a certificate voided), and no
 * two desks edit the same one, so they never conflict. Landlords, properties,
 * rooms, tenants, schedules and rule sets are shared records: an update names
 * the version it started from, and a field the platform moved on meanwhile
 * becomes a conflict for a supervisor.
 */
export const EVENT_ENTITIES: ReadonlySet<SyncEntity> = new Set([
  'inspections',
  'findings',
  'hazards',
  'tenancies',
  'householdMembers',
  'certificates',
]);

/**
 * The fields of another desk's event that any desk of the region may move on:
 * a tenant checks out at the neighbouring desk, a re-inspection there
 * rectifies a hazard, a closure there voids the certificate. Every other field
 * of an event is its own desk's (`notOwner`).
 */
export const MOVABLE_BY_REGION: Partial<Record<SyncEntity, readonly string[]>> = {
  hazards: ['status', 'rectifiedOn', 'verifiedBy', 'verifiedInspectionId', 'escalatedAt'],
  tenancies: ['status', 'checkedOutOn', 'expectedEndOn'],
  certificates: ['status', 'voidReason', 'voidedAt', 'voidedBy', 'prints'],
};

/** How a row reaches a property, so its region is known: the region decides which desks may write and read it. */
export const PROPERTY_LINK: Partial<Record<SyncEntity, { via: 'self' } | { field: string; entity: SyncEntity }>> = {
  properties: { via: 'self' },
  rooms: { field: 'propertyId', entity: 'properties' },
  scheduledInspections: { field: 'propertyId', entity: 'properties' },
  inspections: { field: 'propertyId', entity: 'properties' },
  hazards: { field: 'propertyId', entity: 'properties' },
  tenancies: { field: 'propertyId', entity: 'properties' },
  certificates: { field: 'propertyId', entity: 'properties' },
  findings: { field: 'inspectionId', entity: 'inspections' },
  householdMembers: { field: 'tenancyId', entity: 'tenancies' },
};

/**
 * A supervisor's answer to a conflict the platform recorded for this desk.
 * The desk keeps the conflict as a row of its own (`conflicts`, keyed by the
 * platform's conflict id) and its answer travels in the outbox like any
 * change: it reaches the platform exactly once, and in order with the edit it
 * may resubmit. It is an act on the platform's conflict record, not a row of
 * the city register.
 */
export const RESOLUTION_ENTITY = 'conflicts';
export const RESOLUTION_FIELDS = {
  status: z.enum(['accepted', 'resubmitted', 'escalated']),
  note: opt,
} as const;
export const resolutionSchema = z.strictObject({ status: RESOLUTION_FIELDS.status, note: opt });

const schemas = new Map<string, z.ZodType>();

/** The field schemas of an entity, strict: a field not listed is refused by name. Built once each. */
export function fieldsSchema(entity: SyncEntity, intent: 'create' | 'update'): z.ZodType {
  const key = `${entity}:${intent}`;
  let schema = schemas.get(key);
  if (!schema) {
    const shape = ENTITY_FIELDS[entity] as Record<string, z.ZodType>;
    schema = intent === 'create' ? z.strictObject({ ...shape, ...meta }) : z.strictObject(shape).partial();
    schemas.set(key, schema);
  }
  return schema;
}
