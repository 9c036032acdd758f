import { z } from 'zod';
import { normaliseHouseNumber } from '../address';
import { baseVersion, entityId, isoDate, optionalText, text, timestamp } from './common';
import { regionCode } from './desk';
import { fireStatusSchema, propertyStatusSchema, roomStatusSchema } from './statuses';

export const BUILDING_TYPES = ['self_built', 'apartment', 'urban_village', 'dormitory', 'other'] as const;
export const buildingTypeSchema = z.enum(BUILDING_TYPES);
export type BuildingType = z.infer<typeof buildingTypeSchema>;

export {
  FIRE_STATUSES,
  PROPERTY_STATUSES,
  ROOM_STATUSES,
  fireStatusSchema,
  propertyStatusSchema,
  roomStatusSchema,
  type FireStatus,
  type PropertyStatus,
  type RoomStatus,
} from './statuses';

/**
 * E-bike parking and charging (EBK-1..3): none on site, a central point
 * outdoors, a central point indoors behind hard isolation (硬隔离), or
 * e-bikes not allowed on the premises.
 */
export const EBIKE_ARRANGEMENTS = ['none', 'central_outdoor', 'central_indoor_isolated', 'not_allowed'] as const;
export const ebikeArrangementSchema = z.enum(EBIKE_ARRANGEMENTS);
export type EbikeArrangement = z.infer<typeof ebikeArrangementSchema>;

/**
 * The four-level address: region (区县 / 街道 / 社区 from the picker), grid,
 * then road and house number, and the rest (幢、单元、室). Older records and
 * some imports carry the whole street address in `detail` alone, which is
 * accepted too.
 */
export const addressInput = z
  .strictObject({
    regionCode,
    grid: optionalText(40),
    road: optionalText(60),
    houseNumber: optionalText(30).transform((n) => (n ? normaliseHouseNumber(n) : undefined)),
    detail: optionalText(120),
  })
  .superRefine((a, ctx) => {
    if (a.detail || (a.road && a.houseNumber)) return;
    if (!a.road) ctx.addIssue({ code: 'custom', path: ['road'], message: 'address.roadRequired' });
    if (!a.houseNumber) ctx.addIssue({ code: 'custom', path: ['houseNumber'], message: 'address.numberRequired' });
  });
export type AddressInput = z.output<typeof addressInput>;

export const roomInput = z.strictObject({
  label: text(20),
  floor: z
    .number()
    .int()
    .max(200)
    .refine((f) => f >= 1, { message: 'room.basement' }),
  areaM2: z
    .number()
    .refine((a) => a >= 1 && a <= 500, { message: 'room.areaRange' })
    .transform((a) => Math.round(a * 10) / 10),
  hasKitchen: z.boolean(),
  privateBathroom: z.boolean(),
  /** Bars on the window (ESC-3 applies). */
  windowBars: z.boolean().default(false),
  rentMonthly: z.number().refine((r) => Number.isInteger(r) && r >= 0 && r <= 100000, { message: 'room.rentRange' }),
});
export type RoomInput = z.output<typeof roomInput>;

/** What describes a property, shared by registration, the walk-in flow, edits and imports. */
export const propertyFields = {
  address: addressInput,
  buildingType: buildingTypeSchema,
  floors: z.number().int().min(1).max(200),
  mixedUse: z.boolean(),
  ebikeArrangement: ebikeArrangementSchema.default('none'),
  /** Foam-core sandwich panels (彩钢夹芯板) in the building (STR-2 applies). */
  usesSandwichPanels: z.boolean().default(false),
};

/** Rooms of one property: each on a floor the building has, labels unique (case-blind). */
export function checkRooms(
  floors: number,
  rooms: readonly { label: string; floor: number }[],
  ctx: z.RefinementCtx,
  path: (string | number)[] = ['rooms'],
): void {
  const seen = new Set<string>();
  rooms.forEach((room, i) => {
    if (room.floor > floors) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'floor'],
        message: 'property.floorAboveBuilding',
        params: { floor: room.floor, floors },
      });
    }
    const label = room.label.toUpperCase();
    if (seen.has(label)) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'label'], message: 'room.duplicateLabel', params: { label: room.label } });
    }
    seen.add(label);
  });
}

export const propertyCreateInput = z
  .strictObject({
    landlordId: entityId,
    ...propertyFields,
    rooms: z.array(roomInput).min(1).max(300),
    /** The clerk saw the warning that this address is registered already, and goes ahead. */
    acknowledgeAddressDuplicate: z.boolean().default(false),
  })
  .superRefine((p, ctx) => checkRooms(p.floors, p.rooms, ctx));
export type PropertyCreateInput = z.output<typeof propertyCreateInput>;

/** An edit of a property's own details, as the whole form. */
export const propertyUpdateInput = z.strictObject({
  id: entityId,
  baseVersion,
  ...propertyFields,
  acknowledgeAddressDuplicate: z.boolean().default(false),
});
export type PropertyUpdateInput = z.output<typeof propertyUpdateInput>;

/** An edit of one room, as the whole form. Its maximum occupants follow from the area. */
export const roomUpdateInput = roomInput.extend({ id: entityId, baseVersion });

export const roomAddInput = z.strictObject({ propertyId: entityId, room: roomInput });

/** 查封关停: why, by whom (the authority's name), from when. */
export const propertyCloseInput = z.strictObject({
  id: entityId,
  baseVersion,
  reason: text(200),
  authority: text(80),
  closedOn: isoDate,
});

export const propertyReopenInput = z.strictObject({ id: entityId, baseVersion, note: optionalText(200) });

export const checkAddressInput = z.strictObject({
  address: addressInput,
  /** The property being edited, which does not count as its own duplicate. */
  excludeId: entityId.optional(),
});

export const addressMatch = z.object({
  id: z.string(),
  address: z.string(),
  landlordId: z.string(),
  landlordName: z.string(),
  status: propertyStatusSchema,
});
export type AddressMatch = z.infer<typeof addressMatch>;

export const roomRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  label: z.string(),
  floor: z.number().int(),
  areaM2: z.number(),
  hasKitchen: z.boolean(),
  privateBathroom: z.boolean(),
  windowBars: z.boolean(),
  rentMonthly: z.number().int(),
  maxOccupants: z.number().int(),
  cookingPermitted: z.boolean(),
  status: roomStatusSchema,
  version: z.number().int(),
});
export type RoomRecord = z.infer<typeof roomRecord>;

export const propertyRecord = z.object({
  id: z.string(),
  landlordId: z.string(),
  regionCode: z.string(),
  grid: z.string().nullable(),
  road: z.string().nullable(),
  houseNumber: z.string().nullable(),
  /** Everything after the region, as shown. */
  detail: z.string(),
  /** What follows road and house number (幢、单元), for the edit form. */
  detailRest: z.string(),
  address: z.string(),
  buildingType: buildingTypeSchema,
  floors: z.number().int(),
  mixedUse: z.boolean(),
  ebikeArrangement: ebikeArrangementSchema,
  usesSandwichPanels: z.boolean(),
  status: propertyStatusSchema,
  closedReason: z.string().nullable(),
  closedAuthority: z.string().nullable(),
  closedOn: z.string().nullable(),
  fireStatus: fireStatusSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
  rooms: z.array(roomRecord),
});
export type PropertyRecord = z.infer<typeof propertyRecord>;

/** A tenant still in a room of a closed property, for the clerk to follow up. */
export const followUpTenancy = z.object({
  tenancyId: z.string(),
  roomId: z.string(),
  roomLabel: z.string(),
  tenantName: z.string(),
  mobileMasked: z.string().nullable(),
  status: z.enum(['active', 'reserved']),
  checkInOn: z.string(),
  persons: z.number().int(),
});
export type FollowUpTenancy = z.infer<typeof followUpTenancy>;

/** One property as its page shows it: the record, its landlord (masked), tenants to follow up, inspections due. */
export const propertyDetail = propertyRecord.extend({
  landlord: z.object({
    id: z.string(),
    name: z.string(),
    idNumberMasked: z.string(),
    mobileMasked: z.string(),
    letterSigned: z.boolean(),
    letterSignedOn: z.string().nullable(),
  }),
  followUp: z.array(followUpTenancy),
  scheduledInspections: z.array(z.object({ id: z.string(), dueOn: z.string(), kind: z.string(), done: z.boolean() })),
});
export type PropertyDetail = z.infer<typeof propertyDetail>;

export const propertyListItem = z.object({
  id: z.string(),
  address: z.string(),
  landlordId: z.string(),
  landlordName: z.string(),
  status: propertyStatusSchema,
  fireStatus: fireStatusSchema,
  roomCount: z.number().int(),
  createdAt: timestamp,
});
export type PropertyListItem = z.infer<typeof propertyListItem>;
