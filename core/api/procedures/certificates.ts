import { z } from 'zod';
import { procedure } from '../procedure';
import { entityId } from '../../schemas/common';
import {
  certificateListInput,
  certificateListItem,
  certificateRecord,
  certificateVoidInput,
  verification,
  verifyInput,
} from '../../certificates/schemas';

/** Compliance certificates: issue, show, print (counted), void, list, verify. */
export const certificateProcedures = {
  'certificates.issue': procedure({
    input: z.strictObject({ propertyId: entityId }),
    output: certificateRecord,
    access: 'certificate.issue',
  }),
  'certificates.get': procedure({ input: z.strictObject({ id: entityId }), output: certificateRecord, access: 'register.read' }),
  'certificates.list': procedure({
    input: certificateListInput,
    output: z.object({ certificates: z.array(certificateListItem), total: z.number().int() }),
    access: 'register.read',
  }),
  /** Called just before each print: counts it and writes it to the audit log. */
  'certificates.print': procedure({
    input: z.strictObject({ id: entityId }),
    output: z.object({ prints: z.number().int() }),
    access: 'certificate.issue',
  }),
  'certificates.void': procedure({ input: certificateVoidInput, output: certificateRecord, access: 'certificate.void' }),
  /** Any clerk at any desk checks a scanned or pasted QR payload. */
  'certificates.verify': procedure({ input: verifyInput, output: verification, access: 'register.read' }),
};
