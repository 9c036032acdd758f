import { z } from 'zod';
import { procedure } from '../procedure';
import { entityId } from '../../schemas/common';
import {
  cancelInput,
  checkInInput,
  checkOutInput,
  dailyInput,
  dailyOutput,
  matchInput,
  matchOutput,
  moveInput,
  receiptOutput,
  reserveInput,
  tenancyDetail,
  tenantLookupInput,
  tenantLookupOutput,
} from '../../schemas/tenancy';

/** The front desk: tenants, matching, reservations, check-in and check-out. */
export const tenancyProcedures = {
  'tenants.lookup': procedure({ input: tenantLookupInput, output: tenantLookupOutput, access: 'register.read' }),
  'tenants.reveal': procedure({
    input: z.strictObject({ id: entityId }),
    output: z.object({ idNumber: z.string().nullable(), mobile: z.string().nullable() }),
    access: 'pii.view',
  }),

  'match.rooms': procedure({ input: matchInput, output: matchOutput, access: 'register.read' }),

  'tenancies.reserve': procedure({ input: reserveInput, output: tenancyDetail, access: 'tenancy.write' }),
  'tenancies.cancel': procedure({ input: cancelInput, output: tenancyDetail, access: 'tenancy.write' }),
  'tenancies.checkIn': procedure({ input: checkInInput, output: tenancyDetail, access: 'tenancy.write' }),
  'tenancies.checkOut': procedure({ input: checkOutInput, output: tenancyDetail, access: 'tenancy.write' }),
  'tenancies.move': procedure({
    input: moveInput,
    output: z.object({ from: tenancyDetail, to: tenancyDetail }),
    access: 'tenancy.write',
  }),
  'tenancies.get': procedure({ input: z.strictObject({ id: entityId }), output: tenancyDetail, access: 'register.read' }),
  'tenancies.receipt': procedure({ input: z.strictObject({ id: entityId }), output: receiptOutput, access: 'register.read' }),
  'tenancies.daily': procedure({ input: dailyInput, output: dailyOutput, access: 'register.read' }),
};
