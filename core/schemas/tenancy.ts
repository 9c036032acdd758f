import { z } from 'zod';
import { isKnownOrigin } from '../regions';
import { entityId, isoDate, optionalText, text, timestamp } from './common';
import { idTypeSchema, mobileSchema, refineIdNumber } from './person-id';
import { fireStatusSchema } from './property';
import { messageRefSchema } from './message';
import { parseResidentId } from '../validation/resident-id';

/**
 * Tenants (租客), household members (同住人), tenancies (入住登记), reservations
 * (预订), matching and the room rack. IDs are checked as for landlords; a minor
 * may come without one and is then recorded through a guardian of the household.
 */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const originCode = z
  .string()
  .trim()
  .refine((c) => /^\d{2}(\d{2}(\d{2})?)?$/.test(c) && isKnownOrigin(c), { message: 'tenant.originUnknown' });

export const RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'relative', 'friend', 'colleague', 'other'] as const;
export const relationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof relationSchema>;

const personFields = {
  name: text(40),
  idType: idTypeSchema.default('resident_id'),
  idNumber: z.preprocess(blankToUndefined, z.string().max(40).optional()),
  /** Read from a resident ID; typed for a minor without ID or a passport holder. */
  birthDate: z.preprocess(blankToUndefined, isoDate.optional()),
  mobile: z.preprocess(blankToUndefined, mobileSchema.optional()),
  originCode: z.preprocess(blankToUndefined, originCode.optional()),
  employer: optionalText(80),
  ebikeOwned: z.boolean().default(false),
};

type PersonRaw = { idType: z.infer<typeof idTypeSchema>; idNumber?: string | undefined; birthDate?: string | undefined };

/** Normalises the ID and takes the birth date from a resident ID (the ID wins over a typed date). */
function refinePerson<T extends PersonRaw>(p: T, ctx: z.RefinementCtx): T & { idNumber: string | null; birthDate: string | null } {
  if (p.idNumber === undefined) {
    if (!p.birthDate) ctx.addIssue({ code: 'custom', message: 'tenant.birthDateRequired', path: ['birthDate'] });
    return { ...p, idNumber: null, birthDate: p.birthDate ?? null };
  }
  const idNumber = refineIdNumber(p.idType, p.idNumber, ctx);
  let birthDate = p.birthDate ?? null;
  if (p.idType === 'resident_id') {
    const r = parseResidentId(idNumber, '9999-12-31');
    if (r.ok) birthDate = r.birthDate;
  }
  return { ...p, idNumber, birthDate };
}

/** The tenant (租客) who signs for the room: an ID, a mobile and an origin are required. */
export const tenantInput = z.strictObject(personFields).transform((p, ctx) => {
  if (!p.mobile) ctx.addIssue({ code: 'custom', message: 'tenant.mobileRequired', path: ['mobile'] });
  if (!p.originCode) ctx.addIssue({ code: 'custom', message: 'tenant.originRequired', path: ['originCode'] });
  if (p.idNumber === undefined) {
    ctx.addIssue({ code: 'custom', message: 'tenant.idRequired', path: ['idNumber'] });
    return { ...p, idNumber: null, birthDate: p.birthDate ?? null };
  }
  return refinePerson(p, ctx);
});
export type TenantInput = z.output<typeof tenantInput>;

/** A household member (同住人). Without an ID: a minor, with a birth date and a guardian ('tenant' or a member's index). */
export const memberInput = z
  .strictObject({
    ...personFields,
    relation: relationSchema,
    guardian: z.union([z.literal('tenant'), z.number().int().min(0).max(20)]).optional(),
  })
  .transform((p, ctx) => refinePerson(p, ctx));
export type MemberInput = z.output<typeof memberInput>;

const roomRef = { roomId: entityId };

export const reserveInput = z.strictObject({
  ...roomRef,
  tenant: tenantInput,
  adults: z.number().int().min(1).max(10),
  children: z.number().int().min(0).max(10).default(0),
  /** The day they mean to move in. */
  checkInOn: isoDate,
  /** How long the room is held for them. */
  holdHours: z.number().int().min(1).max(72).default(24),
});
export type ReserveInput = z.output<typeof reserveInput>;

export const checkInInput = z
  .strictObject({
    ...roomRef,
    /** Turns this reservation into the tenancy. */
    reservationId: entityId.optional(),
    tenant: tenantInput,
    members: z.array(memberInput).max(12).default([]),
    checkInOn: isoDate,
    expectedEndOn: z.preprocess(blankToUndefined, isoDate.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.expectedEndOn && v.expectedEndOn <= v.checkInOn) {
      ctx.addIssue({ code: 'custom', message: 'tenancy.endBeforeStart', path: ['expectedEndOn'] });
    }
    const ids = new Set<string>();
    const people = [v.tenant, ...v.members];
    people.forEach((p, i) => {
      if (!p.idNumber) return;
      const key = `${p.idType}:${p.idNumber}`;
      if (ids.has(key))
        ctx.addIssue({
          code: 'custom',
          message: 'tenant.duplicateInHousehold',
          path: i === 0 ? ['tenant', 'idNumber'] : ['members', i - 1, 'idNumber'],
        });
      ids.add(key);
    });
    v.members.forEach((m, i) => {
      if (m.idNumber) return;
      const g = m.guardian ?? 'tenant';
      const guardian = g === 'tenant' ? v.tenant : v.members[g];
      if (!guardian || guardian === m || !guardian.idNumber) {
        ctx.addIssue({ code: 'custom', message: 'tenant.guardianInvalid', path: ['members', i, 'guardian'] });
      }
    });
  });
export type CheckInInput = z.output<typeof checkInInput>;

export const checkOutInput = z.strictObject({ id: entityId, checkedOutOn: isoDate.optional() });
export const cancelInput = z.strictObject({ id: entityId });
export const moveInput = z.strictObject({ id: entityId, toRoomId: entityId, movedOn: isoDate.optional() });
export const tenantLookupInput = z
  .strictObject({ idType: idTypeSchema.default('resident_id'), idNumber: z.string().min(1).max(40) })
  .transform((v, ctx) => ({ ...v, idNumber: refineIdNumber(v.idType, v.idNumber, ctx) }));

export const TENANCY_STATUSES = ['reserved', 'active', 'ended', 'cancelled'] as const;
export const tenancyStatusSchema = z.enum(TENANCY_STATUSES);
export type TenancyStatus = z.infer<typeof tenancyStatusSchema>;

export const tenancySummary = z.object({
  id: z.string(),
  status: tenancyStatusSchema,
  roomId: z.string(),
  roomLabel: z.string(),
  propertyId: z.string(),
  address: z.string(),
  tenantId: z.string(),
  tenantName: z.string(),
  tenantMobileMasked: z.string().nullable(),
  adults: z.number().int(),
  children: z.number().int(),
  persons: z.number().int(),
  checkInOn: z.string(),
  expectedEndOn: z.string().nullable(),
  checkedOutOn: z.string().nullable(),
  reservedUntil: timestamp.nullable(),
  movedFromId: z.string().nullable(),
});
export type TenancySummary = z.infer<typeof tenancySummary>;

export const householdPerson = z.object({
  tenantId: z.string(),
  name: z.string(),
  role: z.enum(['tenant', 'member']),
  relation: relationSchema.nullable(),
  idType: idTypeSchema.nullable(),
  idNumberMasked: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  birthDate: z.string().nullable(),
  originCode: z.string().nullable(),
  originName: z.string().nullable(),
  employer: z.string().nullable(),
  ebikeOwned: z.boolean(),
  guardianName: z.string().nullable(),
});
export type HouseholdPerson = z.infer<typeof householdPerson>;

export const tenancyDetail = tenancySummary.extend({ household: z.array(householdPerson) });
export type TenancyDetail = z.infer<typeof tenancyDetail>;

export const tenantLookupOutput = z.object({
  tenant: householdPerson.omit({ role: true, relation: true, guardianName: true }).nullable(),
  /** Where this person lives or holds a room now, in this register. */
  current: z.array(
    z.object({
      tenancyId: z.string(),
      status: z.enum(['reserved', 'active']),
      role: z.enum(['tenant', 'member']),
      roomLabel: z.string(),
      address: z.string(),
      since: z.string(),
    }),
  ),
});

export const receiptOutput = z.object({
  tenancy: tenancyDetail,
  room: z.object({
    label: z.string(),
    floor: z.number().int(),
    areaM2: z.number(),
    hasKitchen: z.boolean(),
    cookingPermitted: z.boolean(),
    privateBathroom: z.boolean(),
    rentMonthly: z.number().int(),
    maxOccupants: z.number().int(),
  }),
  property: z.object({ address: z.string(), fireStatus: fireStatusSchema, validUntil: z.string().nullable() }),
  landlord: z.object({ name: z.string(), mobile: z.string() }),
  desk: z.object({ name: z.string(), regionName: z.string() }),
  clerkName: z.string(),
  printedAt: timestamp,
});
export type ReceiptOutput = z.infer<typeof receiptOutput>;

export const dailyInput = z.strictObject({ days: z.number().int().min(1).max(60).default(7) });
export const dailyOutput = z.object({
  today: z.string(),
  /** Reservations due to move in today, and tenants who checked in today. */
  arrivals: z.array(tenancySummary),
  /** Tenancies expected to end today, and tenants who checked out today. */
  departures: z.array(tenancySummary),
  /** Active tenancies whose expected end falls within the next `days` days. */
  endingSoon: z.array(tenancySummary),
  /** Rooms held for someone now. */
  reservations: z.array(tenancySummary),
});

// Matching.
export const MATCH_MOVE_IN_DAYS = 60;
export const matchInput = z.strictObject({
  adults: z.number().int().min(1).max(10),
  children: z.number().int().min(0).max(10).default(0),
  cooking: z.boolean().default(false),
  budget: z.preprocess((v) => (v === null ? undefined : v), z.number().int().min(0).max(100000).optional()),
  moveInOn: isoDate,
  preferredCommunity: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{12}$/, { message: 'field.invalidOption' })
      .optional(),
  ),
  preferredGrid: optionalText(40),
  lowFloor: z.boolean().default(false),
  privateBathroom: z.boolean().default(false),
  ebikeParking: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(20),
});
export type MatchInput = z.output<typeof matchInput>;

export const matchedRoom = z.object({
  roomId: z.string(),
  propertyId: z.string(),
  label: z.string(),
  floor: z.number().int(),
  areaM2: z.number(),
  hasKitchen: z.boolean(),
  cookingPermitted: z.boolean(),
  privateBathroom: z.boolean(),
  rentMonthly: z.number().int(),
  maxOccupants: z.number().int(),
  address: z.string(),
  communityName: z.string().nullable(),
  grid: z.string().nullable(),
  /** Why the room fits, best reason first. */
  reasons: z.array(messageRefSchema),
});
export type MatchedRoom = z.infer<typeof matchedRoom>;

export const matchOutput = z.object({
  ruleVersion: z.string(),
  household: z.object({ persons: z.number().int(), areaCounted: z.number().int(), roomCounted: z.number().int() }),
  matches: z.array(matchedRoom),
  nearMisses: z.array(matchedRoom.extend({ failed: z.object({ requirement: z.string(), message: messageRefSchema }) })),
  /** More rooms fit than the page shows: the clerk may narrow the request. */
  moreMatches: z.boolean(),
});
export type MatchOutput = z.infer<typeof matchOutput>;
