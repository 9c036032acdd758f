import { z } from 'zod';
import { paging } from './common';
import { fireStatusSchema, roomStatusSchema } from './property';

export const boardFilters = z.strictObject({
  /** Substring of the address or the room label. */
  q: z.string().trim().max(60).optional(),
  status: roomStatusSchema.optional(),
  fireStatus: fireStatusSchema.optional(),
  /** A district, street or community code: rooms under it. */
  regionCode: z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/).optional(),
  /** Only rooms a clerk may offer now: vacant, in a compliant property, room for someone. */
  availableOnly: z.boolean().optional(),
});
export type BoardFilters = z.infer<typeof boardFilters>;

export const boardInput = z.strictObject({
  filters: boardFilters.optional(),
  ...paging,
});

export const boardRoom = z.object({
  id: z.string(),
  propertyId: z.string(),
  label: z.string(),
  floor: z.number().int(),
  areaM2: z.number(),
  hasKitchen: z.boolean(),
  privateBathroom: z.boolean(),
  rentMonthly: z.number().int(),
  maxOccupants: z.number().int(),
  status: roomStatusSchema,
  fireStatus: fireStatusSchema,
  regionCode: z.string(),
  address: z.string(),
  landlordName: z.string(),
});
export type BoardRoom = z.infer<typeof boardRoom>;

export const boardOutput = z.object({ rooms: z.array(boardRoom), total: z.number().int() });
