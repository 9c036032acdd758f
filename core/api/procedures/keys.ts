import { z } from 'zod';
import { procedure } from '../procedure';
import { keyExport, keyImportInput, knownDeskItem, ownKey } from '../../certificates/schemas';

/** The desk's signing key (public half) and other desks' public keys, for offline verification. */
export const keyProcedures = {
  'keys.list': procedure({
    input: z.strictObject({}),
    output: z.object({ own: ownKey, known: z.array(knownDeskItem) }),
    access: 'register.read',
  }),
  /** The desk's public key as a file for other desks; creates the key pair if this register predates keys. */
  'keys.exportOwn': procedure({ input: z.strictObject({}), output: keyExport, access: 'certificate.issue' }),
  'keys.import': procedure({ input: keyImportInput, output: knownDeskItem, access: 'keys.import' }),
};
