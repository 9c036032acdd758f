import { z } from 'zod';
import { paging } from './common';
import { messageRefSchema } from './message';
import { fireStatusSchema, propertyStatusSchema, roomStatusSchema } from './statuses';
import { tenancyDetail, tenancySummary } from './tenancy';

/**
 * THE room read model: every room of the register, one line per property in
 * community order, as the room rack (房态总台) shows it in tiles and in a list.
 * One filter schema, one meaning of "offerable" (the offer index: vacant, in
 * a compliant open property, room for someone), one detail.
 */
export const roomFilters = z.strictObject({
  /** A district, street or community code: the rooms under it. */
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?(\d{3})?$/)
    .optional(),
  /** Part of the address, or a room label. */
  q: z.string().trim().max(60).optional(),
  status: roomStatusSchema.optional(),
  fireStatus: fireStatusSchema.optional(),
  /** Only rooms a clerk may offer a tenant now. */
  offerable: z.boolean().optional(),
});
export type RoomFilters = z.infer<typeof roomFilters>;

export const roomLineRoom = z.object({
  id: z.string(),
  label: z.string(),
  floor: z.number().int(),
  areaM2: z.number(),
  hasKitchen: z.boolean(),
  privateBathroom: z.boolean(),
  rentMonthly: z.number().int(),
  maxOccupants: z.number().int(),
  cookingPermitted: z.boolean(),
  status: roomStatusSchema,
  offerable: z.boolean(),
  /** Who lives there (or holds it), masked to a surname: the rack is on a screen others may see. */
  occupant: z.string().nullable(),
  persons: z.number().int().nullable(),
});
export type RoomLineRoom = z.infer<typeof roomLineRoom>;

/** One property and the rooms of it that pass the filters. */
export const roomLine = z.object({
  id: z.string(),
  address: z.string(),
  regionCode: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  grid: z.string().nullable(),
  status: propertyStatusSchema,
  fireStatus: fireStatusSchema,
  landlordName: z.string(),
  rooms: z.array(roomLineRoom),
});
export type RoomLine = z.infer<typeof roomLine>;

export const roomsPageInput = z.strictObject({ filters: roomFilters.default({}), ...paging, limit: paging.limit.default(60) });
export const roomsPageOutput = z.object({
  lines: z.array(roomLine),
  /** How many lines (properties) the filters give: counted on the first page only, where the list learns its length. */
  total: z.number().int().nullable(),
});

export const roomsSummaryOutput = z.object({
  rooms: z.number().int(),
  properties: z.number().int(),
  byStatus: z.record(roomStatusSchema, z.number().int()),
  byFireStatus: z.record(fireStatusSchema, z.number().int()),
  offerable: z.number().int(),
  communities: z.array(z.object({ code: z.string(), name: z.string(), rooms: z.number().int(), vacant: z.number().int() })),
});

export const roomDetailOutput = z.object({
  room: roomLineRoom.omit({ occupant: true, persons: true }).extend({
    /** Why the room may not be offered, or why cooking is not permitted. */
    reasons: z.array(messageRefSchema),
  }),
  property: z.object({
    id: z.string(),
    address: z.string(),
    status: propertyStatusSchema,
    fireStatus: fireStatusSchema,
    reasons: z.array(messageRefSchema),
    validUntil: z.string().nullable(),
    closedReason: z.string().nullable(),
    landlordName: z.string(),
    landlordMobileMasked: z.string(),
  }),
  current: tenancyDetail.nullable(),
  history: z.array(tenancySummary),
});
