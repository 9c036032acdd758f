import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { bool, rowKey, rowMeta } from './columns';

export const landlords = sqliteTable(
  'landlords',
  {
    id: rowKey(),
    kind: text('kind', { enum: ['person', 'organisation'] })
      .notNull()
      .default('person'),
    name: text('name').notNull(),
    idType: text('id_type').notNull(),
    idNumber: text('id_number').notNull(),
    mobile: text('mobile').notNull(),
    address: text('address'),
    contactName: text('contact_name'),
    letterSigned: bool('letter_signed').notNull().default(false),
    letterSignedOn: text('letter_signed_on'),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('landlords_id_number').on(t.idType, t.idNumber),
    index('landlords_mobile').on(t.mobile),
    // Short searches (one or two characters, below the trigram index) go by name prefix.
    index('landlords_name').on(t.name),
  ],
);

export const properties = sqliteTable(
  'properties',
  {
    id: rowKey(),
    landlordId: text('landlord_id')
      .notNull()
      .references(() => landlords.id),
    /** The most precise region known: a 12-digit community or a 9-digit street. */
    regionCode: text('region_code').notNull(),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    communityCode: text('community_code'),
    grid: text('grid'),
    road: text('road'),
    houseNumber: text('house_number'),
    detail: text('detail').notNull(),
    /** The full address as shown, and a normalised form to spot duplicates. */
    address: text('address').notNull(),
    addressKey: text('address_key').notNull(),
    buildingType: text('building_type').notNull(),
    floors: integer('floors').notNull(),
    mixedUse: bool('mixed_use').notNull(),
    ebikeArrangement: text('ebike_arrangement').notNull().default('none'),
    usesSandwichPanels: bool('uses_sandwich_panels').notNull().default(false),
    status: text('status', { enum: ['active', 'closed'] })
      .notNull()
      .default('active'),
    closedReason: text('closed_reason'),
    closedAuthority: text('closed_authority'),
    closedOn: text('closed_on'),
    /**
     * Cache of core's derived fire status, for lists and the board. The truth is
     * the derivation; `fireStatusUntil` is the first date the cache may be stale.
     */
    fireStatus: text('fire_status').notNull().default('uninspected'),
    fireStatusUntil: text('fire_status_until'),
    ...rowMeta(),
  },
  (t) => [
    index('properties_landlord').on(t.landlordId),
    index('properties_region').on(t.regionCode, t.id),
    index('properties_street').on(t.streetCode),
    index('properties_address_key').on(t.addressKey),
    index('properties_fire_status').on(t.fireStatus),
    // Short searches go by the start of the address after the region (the road).
    index('properties_detail').on(t.detail),
    index('properties_fire_status_until').on(t.fireStatusUntil),
  ],
);

export const rooms = sqliteTable(
  'rooms',
  {
    id: rowKey(),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id),
    label: text('label').notNull(),
    floor: integer('floor').notNull(),
    areaM2: real('area_m2').notNull(),
    hasKitchen: bool('has_kitchen').notNull(),
    privateBathroom: bool('private_bathroom').notNull(),
    windowBars: bool('window_bars').notNull().default(false),
    rentMonthly: integer('rent_monthly').notNull(),
    /** Derived from area and the rule set (DEN-1/DEN-2), never typed. */
    maxOccupants: integer('max_occupants').notNull(),
    cookingPermitted: bool('cooking_permitted').notNull().default(false),
    status: text('status', { enum: ['vacant', 'reserved', 'occupied', 'unavailable'] })
      .notNull()
      .default('vacant'),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('rooms_property_label').on(t.propertyId, t.label),
    index('rooms_status').on(t.status),
    // The search box finds a room by its label ("101") across properties.
    index('rooms_label').on(t.label),
  ],
);

/** A date an inspector sees in the queue: first inspections, re-inspections. */
export const scheduledInspections = sqliteTable(
  'scheduled_inspections',
  {
    id: rowKey(),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id),
    dueOn: text('due_on').notNull(),
    kind: text('kind', { enum: ['first', 'reinspection', 'renewal'] }).notNull(),
    note: text('note'),
    doneInspectionId: text('done_inspection_id'),
    ...rowMeta(),
  },
  (t) => [index('scheduled_inspections_due').on(t.dueOn)],
);

export const ruleSets = sqliteTable('rule_sets', {
  id: rowKey(),
  ruleVersion: text('rule_version').notNull().unique(),
  effectiveFrom: text('effective_from').notNull(),
  body: text('body', { mode: 'json' }).notNull(),
  loadedBy: text('loaded_by'),
  ...rowMeta(),
});

export const inspections = sqliteTable(
  'inspections',
  {
    id: rowKey(),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id),
    ruleVersion: text('rule_version').notNull(),
    inspectedOn: text('inspected_on').notNull(),
    inspectorId: text('inspector_id'),
    kind: text('kind', { enum: ['first', 'routine', 'reinspection'] }).notNull(),
    result: text('result', { enum: ['pass', 'fail'] }).notNull(),
    note: text('note'),
    /** The property and room facts the checklist was applied to. */
    facts: text('facts', { mode: 'json' }),
    ...rowMeta(),
  },
  (t) => [index('inspections_property').on(t.propertyId, t.inspectedOn)],
);

/** One checklist item's outcome in an inspection. */
export const findings = sqliteTable(
  'findings',
  {
    id: rowKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    itemCode: text('item_code').notNull(),
    roomId: text('room_id'),
    outcome: text('outcome', { enum: ['pass', 'fail', 'na'] }).notNull(),
    severity: text('severity'),
    note: text('note'),
    photos: text('photos', { mode: 'json' }).$type<string[]>(),
    ...rowMeta(),
  },
  (t) => [index('findings_inspection').on(t.inspectionId)],
);

export const hazards = sqliteTable(
  'hazards',
  {
    id: rowKey(),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    findingId: text('finding_id'),
    itemCode: text('item_code').notNull(),
    roomId: text('room_id'),
    description: text('description').notNull(),
    severity: text('severity').notNull(),
    /** What failing this item does: letting, cooking, closure (fire-checklist.md). */
    effects: text('effects', { mode: 'json' }).$type<string[]>().notNull(),
    foundOn: text('found_on').notNull(),
    deadline: text('deadline').notNull(),
    status: text('status', { enum: ['open', 'rectified'] })
      .notNull()
      .default('open'),
    rectifiedOn: text('rectified_on'),
    verifiedBy: text('verified_by'),
    verifiedInspectionId: text('verified_inspection_id'),
    escalatedAt: integer('escalated_at'),
    ...rowMeta(),
  },
  (t) => [index('hazards_property').on(t.propertyId, t.status), index('hazards_deadline').on(t.status, t.deadline)],
);

/**
 * Photos live in the data folder by content hash (electron/photos.ts); the
 * register keeps the reference. `id` is the SHA-256 of the bytes.
 */
export const photos = sqliteTable('photos', {
  id: rowKey(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  ...rowMeta(),
});

export const tenants = sqliteTable(
  'tenants',
  {
    id: rowKey(),
    name: text('name').notNull(),
    /** Minors may have no ID; they are recorded through their guardian. */
    idType: text('id_type'),
    idNumber: text('id_number'),
    birthDate: text('birth_date'),
    sex: text('sex'),
    mobile: text('mobile'),
    originCode: text('origin_code'),
    employer: text('employer'),
    ebikeOwned: bool('ebike_owned').notNull().default(false),
    guardianId: text('guardian_id'),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('tenants_id_number')
      .on(t.idType, t.idNumber)
      .where(sql`id_number IS NOT NULL`),
  ],
);

export const tenancies = sqliteTable(
  'tenancies',
  {
    id: rowKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    status: text('status', { enum: ['reserved', 'active', 'ended', 'cancelled'] }).notNull(),
    reservedUntil: integer('reserved_until'),
    checkInOn: text('check_in_on').notNull(),
    expectedEndOn: text('expected_end_on'),
    checkedOutOn: text('checked_out_on'),
    adults: integer('adults').notNull(),
    children: integer('children').notNull().default(0),
    movedFromId: text('moved_from_id'),
    ...rowMeta(),
  },
  (t) => [
    index('tenancies_room').on(t.roomId, t.status),
    // One household per room at a time: the second of two racing check-ins fails here even if a check were missed.
    uniqueIndex('tenancies_room_current')
      .on(t.roomId)
      .where(sql`status IN ('reserved', 'active')`),
    index('tenancies_end').on(t.status, t.expectedEndOn),
    index('tenancies_reserved_until')
      .on(t.reservedUntil)
      .where(sql`status = 'reserved'`),
    index('tenancies_tenant').on(t.tenantId),
    index('tenancies_dates').on(t.status, t.checkInOn),
  ],
);

/** Who lives in a tenancy besides the tenant (同住人). */
export const householdMembers = sqliteTable(
  'household_members',
  {
    id: rowKey(),
    tenancyId: text('tenancy_id')
      .notNull()
      .references(() => tenancies.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    relation: text('relation'),
    ...rowMeta(),
  },
  (t) => [index('household_members_tenancy').on(t.tenancyId), index('household_members_tenant').on(t.tenantId)],
);

export const certificates = sqliteTable(
  'certificates',
  {
    id: rowKey(),
    serial: text('serial').notNull().unique(),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id),
    inspectionId: text('inspection_id').notNull(),
    ruleVersion: text('rule_version').notNull(),
    inspectedOn: text('inspected_on').notNull(),
    issuedOn: text('issued_on').notNull(),
    validUntil: text('valid_until').notNull(),
    deskId: text('desk_id').notNull(),
    clerkId: text('clerk_id').notNull(),
    rooms: text('rooms', { mode: 'json' }).notNull(),
    payload: text('payload').notNull(),
    prints: integer('prints').notNull().default(0),
    status: text('status', { enum: ['valid', 'void'] })
      .notNull()
      .default('valid'),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by'),
    ...rowMeta(),
  },
  (t) => [index('certificates_property').on(t.propertyId, t.status)],
);
