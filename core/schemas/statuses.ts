import { z } from 'zod';

/**
 * The statuses every list shows. Kept apart from the property schemas so a
 * page that only shows statuses does not load the region tables with them.
 */
export const ROOM_STATUSES = ['vacant', 'reserved', 'occupied', 'unavailable'] as const;
export const roomStatusSchema = z.enum(ROOM_STATUSES);
export type RoomStatus = z.infer<typeof roomStatusSchema>;

export const FIRE_STATUSES = ['uninspected', 'compliant', 'rectifying', 'overdue', 'expired', 'closed'] as const;
export const fireStatusSchema = z.enum(FIRE_STATUSES);
export type FireStatus = z.infer<typeof fireStatusSchema>;

export const PROPERTY_STATUSES = ['active', 'closed'] as const;
export const propertyStatusSchema = z.enum(PROPERTY_STATUSES);
export type PropertyStatus = z.infer<typeof propertyStatusSchema>;
