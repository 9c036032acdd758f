import { z } from 'zod';
import { messageRefSchema } from './message';
import { parseCreditCode } from '../validation/credit-code';
import { baseVersion, entityId, isoDate, optionalText, text, timestamp } from './common';
import { ID_TYPES, mobileSchema, refineIdNumber } from './person-id';

/** A landlord is a person, or an organisation (a company, a village collective) with a credit code. */
export const LANDLORD_KINDS = ['person', 'organisation'] as const;
export const landlordKindSchema = z.enum(LANDLORD_KINDS);
export type LandlordKind = z.infer<typeof landlordKindSchema>;

/** A person's identity documents, plus the unified social credit code (统一社会信用代码) of an organisation. */
export const LANDLORD_ID_TYPES = [...ID_TYPES, 'credit_code'] as const;
export const landlordIdTypeSchema = z.enum(LANDLORD_ID_TYPES);
export type LandlordIdType = z.infer<typeof landlordIdTypeSchema>;

/**
 * Checks an identity for its kind and returns the normalised number. A credit
 * code whose check character fails is accepted with a warning (GB 32100: some
 * early codes fail it yet stand on valid licences); the warnings are message keys.
 */
export function refineLandlordIdentity(
  kind: LandlordKind,
  idType: LandlordIdType,
  raw: string,
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): { idNumber: string; warnings: string[] } {
  if (kind === 'organisation' && idType !== 'credit_code') {
    ctx.addIssue({ code: 'custom', message: 'landlord.organisationNeedsCreditCode', path: [...path, 'idType'] });
    return { idNumber: raw, warnings: [] };
  }
  if (kind === 'person' && idType === 'credit_code') {
    ctx.addIssue({ code: 'custom', message: 'landlord.personNeedsId', path: [...path, 'idType'] });
    return { idNumber: raw, warnings: [] };
  }
  if (idType === 'credit_code') {
    const r = parseCreditCode(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: `creditCode.${r.reason}`, path: [...path, 'idNumber'] });
      return { idNumber: raw, warnings: [] };
    }
    return { idNumber: r.value, warnings: r.checkDigitValid ? [] : ['creditCode.checkDigit'] };
  }
  return { idNumber: refineIdNumber(idType, raw, ctx, [...path, 'idNumber']), warnings: [] };
}

/** The fire-safety responsibility letter (消防安全责任书, MGT-1): signed or not, and when. */
export const letterInput = z
  .strictObject({ signed: z.boolean(), signedOn: isoDate.optional() })
  .superRefine((l, ctx) => {
    if (l.signed && !l.signedOn) ctx.addIssue({ code: 'custom', message: 'letter.dateRequired', path: ['signedOn'] });
  })
  // An unsigned letter has no date, whatever the form still held.
  .transform((l) => ({ signed: l.signed, signedOn: l.signed ? (l.signedOn ?? null) : null }));
export type LetterInput = z.output<typeof letterInput>;

const landlordFields = {
  kind: landlordKindSchema.default('person'),
  name: text(80),
  idType: landlordIdTypeSchema,
  idNumber: z.string().min(1),
  mobile: mobileSchema,
  /** Who speaks for an organisation at the desk. */
  contactName: optionalText(40),
  address: optionalText(200),
};

export const landlordCreateInput = z.strictObject(landlordFields).transform((v, ctx) => {
  if (v.kind === 'organisation' && !v.contactName) {
    ctx.addIssue({ code: 'custom', message: 'landlord.contactRequired', path: ['contactName'] });
  }
  const { idNumber, warnings } = refineLandlordIdentity(v.kind, v.idType, v.idNumber, ctx);
  return { ...v, idNumber, warnings };
});
export type LandlordCreateInput = z.output<typeof landlordCreateInput>;

/**
 * An edit of a landlord, as the whole form: fields left empty are cleared.
 * The ID number and the mobile are shown masked, so they change only when
 * typed anew (absent = unchanged). The kind never changes.
 */
export const landlordUpdateInput = z
  .strictObject({
    id: entityId,
    baseVersion,
    name: text(80),
    contactName: optionalText(40),
    address: optionalText(200),
    mobile: mobileSchema.optional(),
    identity: z.strictObject({ idType: landlordIdTypeSchema, idNumber: z.string().min(1) }).optional(),
    letter: letterInput,
  })
  .transform((v, ctx) => {
    if (!v.identity) return { ...v, identity: undefined, warnings: [] as string[] };
    // The form of the number is checked here; whether its type suits the stored kind, in the handler.
    const kind: LandlordKind = v.identity.idType === 'credit_code' ? 'organisation' : 'person';
    const r = refineLandlordIdentity(kind, v.identity.idType, v.identity.idNumber, ctx, ['identity']);
    return { ...v, identity: { idType: v.identity.idType, idNumber: r.idNumber }, warnings: r.warnings };
  });
export type LandlordUpdateInput = z.output<typeof landlordUpdateInput>;

export const landlordRecord = z.object({
  id: z.string(),
  kind: landlordKindSchema,
  name: z.string(),
  idType: landlordIdTypeSchema,
  idNumber: z.string(),
  mobile: z.string(),
  contactName: z.string().nullable(),
  address: z.string().nullable(),
  letterSigned: z.boolean(),
  letterSignedOn: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type LandlordRecord = z.infer<typeof landlordRecord>;

/** What lists show: personal data masked (product.md). */
export const landlordListItem = z.object({
  id: z.string(),
  kind: landlordKindSchema,
  name: z.string(),
  idType: landlordIdTypeSchema,
  idNumberMasked: z.string(),
  mobileMasked: z.string(),
  address: z.string().nullable(),
  letterSigned: z.boolean(),
  propertyCount: z.number().int(),
  createdAt: timestamp,
});
export type LandlordListItem = z.infer<typeof landlordListItem>;

/** One landlord as the edit drawer shows it: masked, with their properties. */
export const landlordDetail = landlordListItem.extend({
  contactName: z.string().nullable(),
  letterSignedOn: z.string().nullable(),
  updatedAt: timestamp,
  version: z.number().int(),
  properties: z.array(
    z.object({
      id: z.string(),
      address: z.string(),
      status: z.enum(['active', 'closed']),
      fireStatus: z.string(),
      roomCount: z.number().int(),
    }),
  ),
});
export type LandlordDetail = z.infer<typeof landlordDetail>;

/** A warning the clerk may act on (saved, but look again): the field it is about and what to say. */
export const notice = z.object({ path: z.string(), message: messageRefSchema });

/** Warnings (message keys from the schemas) as notices on one field. */
export const noticesOf = (keys: readonly string[], path: string): z.infer<typeof notice>[] =>
  keys.map((key) => ({ path, message: { key } }));
