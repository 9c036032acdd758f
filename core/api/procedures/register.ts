import { z } from 'zod';
import { procedure } from '../procedure';
import { landlordCreateInput, landlordDetail, landlordListItem, landlordRecord, landlordUpdateInput, notice } from '../../schemas/landlord';
import {
  addressMatch,
  checkAddressInput,
  propertyCloseInput,
  propertyCreateInput,
  propertyDetail,
  propertyListItem,
  propertyRecord,
  propertyReopenInput,
  propertyStatusSchema,
  propertyUpdateInput,
  roomAddInput,
  roomRecord,
  roomUpdateInput,
  followUpTenancy,
} from '../../schemas/property';
import { landlordIdTypeSchema } from '../../schemas/landlord';
import { entityId, paging } from '../../schemas/common';

/** Landlords, properties and rooms: the register's own records. */
export const registerProcedures = {
  'landlords.create': procedure({
    input: landlordCreateInput,
    output: landlordRecord.extend({ warnings: z.array(notice) }),
    access: 'register.write',
  }),
  'landlords.list': procedure({
    input: z.strictObject({ q: z.string().trim().max(60).optional(), ...paging }),
    output: z.object({ landlords: z.array(landlordListItem), total: z.number().int() }),
    access: 'register.read',
  }),
  /** Typing an ID number at the counter finds the landlord if already registered. */
  'landlords.findByIdNumber': procedure({
    input: z.strictObject({ idType: landlordIdTypeSchema, idNumber: z.string().trim().min(1).max(40) }),
    output: z.object({ landlord: landlordDetail.nullable() }),
    access: 'register.read',
  }),
  'landlords.get': procedure({
    input: z.strictObject({ id: entityId }),
    output: landlordDetail,
    access: 'register.read',
  }),
  'landlords.update': procedure({
    input: landlordUpdateInput,
    output: landlordDetail.extend({ warnings: z.array(notice) }),
    access: 'register.write',
  }),
  /** The full ID number and mobile, for a role allowed to see them; the look is logged. */
  'landlords.reveal': procedure({
    input: z.strictObject({ id: entityId }),
    output: z.object({ idNumber: z.string(), mobile: z.string() }),
    access: 'pii.view',
  }),

  'properties.create': procedure({
    input: propertyCreateInput,
    output: propertyRecord,
    access: 'register.write',
  }),
  'properties.get': procedure({
    input: z.strictObject({ id: z.string() }),
    output: propertyDetail,
    access: 'register.read',
  }),
  'properties.list': procedure({
    input: z.strictObject({
      landlordId: entityId.optional(),
      status: propertyStatusSchema.optional(),
      ...paging,
    }),
    output: z.object({ properties: z.array(propertyListItem), total: z.number().int() }),
    access: 'register.read',
  }),
  /** Properties already at the same normalised address: a warning the clerk weighs. */
  'properties.checkAddress': procedure({
    input: checkAddressInput,
    output: z.object({ matches: z.array(addressMatch) }),
    access: 'register.read',
  }),
  'properties.update': procedure({
    input: propertyUpdateInput,
    output: propertyDetail,
    access: 'register.write',
  }),
  /** 查封关停: the rooms leave the board's offer at once; tenants still in them come back for follow-up. */
  'properties.close': procedure({
    input: propertyCloseInput,
    output: z.object({ property: propertyDetail, followUp: z.array(followUpTenancy) }),
    access: 'property.close',
  }),
  'properties.reopen': procedure({
    input: propertyReopenInput,
    output: propertyDetail,
    access: 'property.reopen',
  }),

  'rooms.update': procedure({ input: roomUpdateInput, output: roomRecord, access: 'register.write' }),
  'rooms.add': procedure({ input: roomAddInput, output: roomRecord, access: 'register.write' }),
};
