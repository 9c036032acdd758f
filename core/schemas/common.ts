import { z } from 'zod';
import { ULID_PATTERN } from '../ids';

/** Field builders shared by every entity, so a rule such as "names are trimmed" lives once. */

export const entityId = z.string().regex(ULID_PATTERN, { message: 'field.invalidType' });

/** A calendar date 'YYYY-MM-DD' (business dates: deadlines, check-ins). */
export const isoDate = z.iso.date();

/** Trimmed text with a length range; empty after trimming counts as missing. */
export const text = (max: number, min = 1) => z.string().trim().min(min).max(max);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/** A row's version as the clerk's edit saw it: the write path answers CONFLICT if someone saved since. */
export const baseVersion = z.number().int().min(1);

/** Timestamps on the wire are epoch milliseconds. */
export const timestamp = z.number().int();
