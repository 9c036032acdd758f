import { z } from 'zod';
import { landlordIdTypeSchema, landlordKindSchema } from './landlord';
import { fireStatusSchema, propertyStatusSchema, roomStatusSchema } from './property';

/** The one search box: landlord names, ID numbers (exact), mobiles (exact), addresses and room labels. */
export const searchInput = z.strictObject({
  q: z.string().trim().min(1).max(60),
  /** Hits per kind. */
  limit: z.number().int().min(1).max(50).default(10),
});

export const SEARCH_MODES = ['exact', 'substring', 'short'] as const;

export const searchOutput = z.object({
  /** How the query was read: an ID or mobile (exact), 3+ characters (trigram substrings), or shorter (prefixes). */
  mode: z.enum(SEARCH_MODES),
  landlords: z.array(
    z.object({
      id: z.string(),
      kind: landlordKindSchema,
      name: z.string(),
      idType: landlordIdTypeSchema,
      idNumberMasked: z.string(),
      mobileMasked: z.string(),
      propertyCount: z.number().int(),
    }),
  ),
  properties: z.array(
    z.object({
      id: z.string(),
      address: z.string(),
      landlordName: z.string(),
      status: propertyStatusSchema,
      fireStatus: fireStatusSchema,
      roomCount: z.number().int(),
    }),
  ),
  rooms: z.array(
    z.object({
      id: z.string(),
      propertyId: z.string(),
      label: z.string(),
      floor: z.number().int(),
      address: z.string(),
      status: roomStatusSchema,
      fireStatus: fireStatusSchema,
    }),
  ),
  /** More hits than shown, per kind: the clerk should type more. */
  more: z.object({ landlords: z.boolean(), properties: z.boolean(), rooms: z.boolean() }),
});
export type SearchOutput = z.infer<typeof searchOutput>;
