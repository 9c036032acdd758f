import { z } from 'zod';
import { entityId, paging, text } from '../schemas/common';
import { messageRefSchema, textSchema } from '../schemas/message';
import { certificateFacts, MAX_PAYLOAD_CHARS } from './payload';
import { VERDICTS } from './verify';

/** The contract's shapes for certificates and desk keys (procedures/certificates.ts, procedures/keys.ts). */

export const certificateStatus = z.enum(['valid', 'void']);

export const voidInfo = z.object({
  /** As stored: 'auto:<fire status>' or the supervisor's words. */
  reason: z.string(),
  /** What to say about it. */
  message: messageRefSchema,
  voidedAt: z.number().int().nullable(),
  voidedBy: z.string().nullable(),
});

export const certificateRecord = z.object({
  id: z.string(),
  serial: z.string(),
  propertyId: z.string(),
  inspectionId: z.string(),
  status: certificateStatus,
  /** The signed facts, exactly as the QR code carries them. */
  facts: certificateFacts,
  ruleTitle: textSchema,
  deskName: z.string(),
  clerkName: z.string(),
  /** The QR code's text. */
  payload: z.string(),
  prints: z.number().int(),
  issuedAt: z.number().int(),
  void: voidInfo.nullable(),
});

export const certificateListItem = z.object({
  id: z.string(),
  serial: z.string(),
  propertyId: z.string(),
  address: z.string(),
  landlord: z.string(),
  issuedOn: z.string(),
  validUntil: z.string(),
  status: certificateStatus,
  /** Days from today to the last day of validity (negative once past). */
  daysLeft: z.number().int(),
  prints: z.number().int(),
  void: voidInfo.nullable(),
});

export const certificateListInput = z.strictObject({
  /** `expiring`: valid certificates whose last day falls within `withinDays` (the supervisor's list). */
  state: z.enum(['all', 'valid', 'void', 'expiring']).default('all'),
  propertyId: entityId.optional(),
  q: z.string().trim().max(60).optional(),
  withinDays: z.number().int().min(1).max(366).default(30),
  ...paging,
});

export const certificateVoidInput = z.strictObject({
  id: entityId,
  reason: z
    .string({ message: 'certificate.reasonRequired' })
    .trim()
    .min(4, { message: 'certificate.reasonRequired' })
    .max(200)
    .refine((r) => !r.toLowerCase().startsWith('auto:'), { message: 'certificate.reasonReserved' }),
});

export const verifyInput = z.strictObject({ payload: z.string().min(1).max(MAX_PAYLOAD_CHARS) });

export const verification = z.object({
  verdict: z.enum(VERDICTS),
  /** The verdict, to say in the clerk's language. */
  message: messageRefSchema,
  facts: certificateFacts.nullable(),
  deskId: z.string().nullable(),
  issuer: z.string().nullable(),
  void: voidInfo.nullable(),
  /** The register's own record of it, when this desk issued it. */
  certificateId: z.string().nullable(),
});

/** A desk's public key as a file another desk imports (keys.exportOwn / keys.import). */
export const DESK_KEY_FORMAT = 'rsd-desk-public-key-v1';
export const deskKeyFile = z.strictObject({
  format: z.literal(DESK_KEY_FORMAT),
  deskId: entityId,
  name: text(60),
  regionCode: z
    .string()
    .regex(/^\d{6,12}$/)
    .nullable(),
  /** An Ed25519 public key as a JWK, so other tools can read it too. */
  jwk: z.strictObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }),
});
export type DeskKeyFile = z.infer<typeof deskKeyFile>;

export const knownDeskItem = z.object({
  deskId: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  fingerprint: z.string(),
  importedAt: z.number().int(),
});

export const ownKey = z.object({
  deskId: z.string(),
  name: z.string(),
  /** Null until the first certificate (registers set up before keys existed). */
  fingerprint: z.string().nullable(),
});

export const keyExport = z.object({ fileName: z.string(), file: z.string(), fingerprint: z.string() });

export const keyImportInput = z.strictObject({
  file: z.string().min(1).max(10_000),
  /** Replace a different key imported earlier for the same desk. */
  replace: z.boolean().default(false),
});
