import { z } from 'zod';
import { entityId, optionalText, text, timestamp } from './common';
import { regionCode } from './desk';

export const BUILDING_TYPES = ['self_built', 'apartment', 'urban_village', 'dormitory', 'other'] as const;
export const buildingTypeSchema = z.enum(BUILDING_TYPES);

export const ROOM_STATUSES = ['vacant', 'reserved', 'occupied', 'unavailable'] as const;
export const roomStatusSchema = z.enum(ROOM_STATUSES);
export type RoomStatus = z.infer<typeof roomStatusSchema>;

export const FIRE_STATUSES = ['uninspected', 'compliant', 'rectifying', 'overdue', 'expired', 'closed'] as const;
export const fireStatusSchema = z.enum(FIRE_STATUSES);
export type FireStatus = z.infer<typeof fireStatusSchema>;

export const addressInput = z.strictObject({
  regionCode,
  grid: optionalText(40),
  detail: text(120),
});

export const roomInput = z.strictObject({
  label: text(20),
  floor: z.number().int().max(200).refine((f) => f >= 1, { message: 'room.basement' }),
  areaM2: z
    .number()
    .refine((a) => a >= 1 && a <= 500, { message: 'room.areaRange' })
    .transform((a) => Math.round(a * 10) / 10),
  hasKitchen: z.boolean(),
  privateBathroom: z.boolean(),
  rentMonthly: z
    .number()
    .refine((r) => Number.isInteger(r) && r >= 0 && r <= 100000, { message: 'room.rentRange' }),
});
export type RoomInput = z.output<typeof roomInput>;

export const propertyCreateInput = z
  .strictObject({
    landlordId: entityId,
    address: addressInput,
    buildingType: buildingTypeSchema,
    floors: z.number().int().min(1).max(200),
    mixedUse: z.boolean(),
    rooms: z.array(roomInput).min(1).max(300),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.rooms.forEach((room, i) => {
      if (room.floor > p.floors) {
        ctx.addIssue({
          code: 'custom',
          path: ['rooms', i, 'floor'],
          message: 'property.floorAboveBuilding',
          params: { floor: room.floor, floors: p.floors },
        });
      }
      const label = room.label.toUpperCase();
      if (seen.has(label)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rooms', i, 'label'],
          message: 'room.duplicateLabel',
          params: { label: room.label },
        });
      }
      seen.add(label);
    });
  });
export type PropertyCreateInput = z.output<typeof propertyCreateInput>;

export const roomRecord = z.object({
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
  version: z.number().int(),
});

export const propertyRecord = z.object({
  id: z.string(),
  landlordId: z.string(),
  regionCode: z.string(),
  grid: z.string().nullable(),
  detail: z.string(),
  address: z.string(),
  buildingType: buildingTypeSchema,
  floors: z.number().int(),
  mixedUse: z.boolean(),
  fireStatus: fireStatusSchema,
  createdAt: timestamp,
  version: z.number().int(),
  rooms: z.array(roomRecord),
});
export type PropertyRecord = z.infer<typeof propertyRecord>;
