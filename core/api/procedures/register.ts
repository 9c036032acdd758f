import { z } from 'zod';
import { procedure } from '../procedure';
import { landlordCreateInput, landlordListItem, landlordRecord } from '../../schemas/landlord';
import { propertyCreateInput, propertyRecord } from '../../schemas/property';
import { boardInput, boardOutput } from '../../schemas/board';
import { paging } from '../../schemas/common';

/** Landlords, properties, rooms and the board: the register's own records. */
export const registerProcedures = {
  'landlords.create': procedure({
    input: landlordCreateInput,
    output: landlordRecord,
    access: 'register.write',
  }),
  'landlords.list': procedure({
    input: z.strictObject({ q: z.string().trim().max(60).optional(), ...paging }),
    output: z.object({ landlords: z.array(landlordListItem), total: z.number().int() }),
    access: 'register.read',
  }),

  'properties.create': procedure({
    input: propertyCreateInput,
    output: propertyRecord,
    access: 'register.write',
  }),
  'properties.get': procedure({
    input: z.strictObject({ id: z.string() }),
    output: propertyRecord,
    access: 'register.read',
  }),

  'rooms.board': procedure({ input: boardInput, output: boardOutput, access: 'register.read' }),
};
