import { z } from 'zod';
import { isKnownDeskRegion } from '../regions';
import { text } from './common';
import { ROLES } from '../roles';

export const regionCode = z
  .string()
  .trim()
  .refine((c) => /^\d{9}(\d{3})?$/.test(c), { message: 'desk.regionLevel' })
  .refine(isKnownDeskRegion, { message: 'region.unknown' });

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]{3,32}$/, { message: 'username.format' });

export const password = z.string().min(8, { message: 'password.tooShort' }).max(200);

export const roleSchema = z.enum(ROLES);

export const setupInitializeInput = z.strictObject({
  desk: z.strictObject({ name: text(60), regionCode }),
  admin: z.strictObject({ username, displayName: text(40), password }),
});

export const deskProfile = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});

export const clerkSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
