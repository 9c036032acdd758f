import { DomainError } from '../../core/errors';
import { createDesk, deskProfile, readDesk } from '../../db/desk';
import { countClerks } from '../../db/clerks';
import { newId } from '../../db/write';
import { hashPassword } from '../auth/password';
import { generateDeskKeyPair } from '../keys/desk-key';
import type { HandlerMap } from './types';

export const setupHandlers: HandlerMap<'setup.status' | 'setup.initialize'> = {
  'setup.status': (ctx) => {
    const desk = readDesk(ctx.register);
    return { initialized: desk !== null, desk: desk ? deskProfile(desk) : null };
  },

  'setup.initialize': async (ctx, input) => {
    // Hash before the transaction: scrypt is slow and must not hold the write lock.
    const passwordHash = await hashPassword(input.admin.password);
    // The desk's certificate signing key: the private half goes to the key store, the public half into the profile.
    const key = generateDeskKeyPair();
    return ctx.write('setup.initialize', (w) => {
      // Checked inside the transaction, so two first-run screens cannot both win.
      if (readDesk(ctx.register) || countClerks(ctx.register) > 0) {
        throw new DomainError('CONFLICT', 'setup.alreadyInitialized');
      }
      // Only after that check: a refused second setup must never replace the desk's key.
      ctx.keys.write(key.privatePem);
      const at = ctx.clock.now();
      const deskId = newId(at);
      const desk = createDesk(w, ctx.register, {
        id: deskId,
        name: input.desk.name,
        regionCode: input.desk.regionCode,
        deskCode: input.desk.regionCode,
        publicKey: key.publicKey,
      });
      const admin = w.insert('clerks', {
        username: input.admin.username,
        displayName: input.admin.displayName,
        role: 'admin',
        passwordHash,
      });
      return {
        desk: deskProfile(desk),
        admin: { id: admin.id, username: admin.username, displayName: admin.displayName, role: admin.role },
      };
    });
  },
};
