import { z } from 'zod';
import { optionalText, text, timestamp } from './common';
import { idTypeSchema, mobileSchema, refineIdNumber } from './person-id';

export const landlordCreateInput = z
  .strictObject({
    name: text(80),
    idType: idTypeSchema,
    idNumber: z.string().min(1),
    mobile: mobileSchema,
    address: optionalText(200),
  })
  .transform((v, ctx) => ({ ...v, idNumber: refineIdNumber(v.idType, v.idNumber, ctx) }));
export type LandlordCreateInput = z.output<typeof landlordCreateInput>;

export const landlordRecord = z.object({
  id: z.string(),
  name: z.string(),
  idType: idTypeSchema,
  idNumber: z.string(),
  mobile: z.string(),
  address: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type LandlordRecord = z.infer<typeof landlordRecord>;

/** What lists show: personal data masked (product.md). */
export const landlordListItem = z.object({
  id: z.string(),
  name: z.string(),
  idType: idTypeSchema,
  idNumberMasked: z.string(),
  mobileMasked: z.string(),
  address: z.string().nullable(),
  propertyCount: z.number().int(),
  createdAt: timestamp,
});
export type LandlordListItem = z.infer<typeof landlordListItem>;
