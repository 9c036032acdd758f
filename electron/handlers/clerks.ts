import { DomainError } from '../../core/errors';
import { findClerkByUsername, listClerks } from '../../db/clerks';
import { deleteSessionsOf } from '../../db/sessions';
import { hashPassword } from '../auth/password';
import type { HandlerMap } from './types';

export const clerkHandlers: HandlerMap<'clerks.list' | 'clerks.create' | 'clerks.setActive'> = {
  'clerks.list': (ctx) => ({ clerks: listClerks(ctx.register) }),

  'clerks.create': async (ctx, input) => {
    const passwordHash = await hashPassword(input.password);
    return ctx.write('clerks.create', (w) => {
      if (findClerkByUsername(ctx.register, input.username)) {
        throw new DomainError('CONFLICT', 'clerk.usernameTaken', { issues: [{ path: 'username', key: 'clerk.usernameTaken' }] });
      }
      const c = w.insert('clerks', { username: input.username, displayName: input.displayName, role: input.role, passwordHash });
      return { id: c.id, username: c.username, displayName: c.displayName, role: c.role };
    });
  },

  'clerks.setActive': (ctx, input) =>
    ctx.write('clerks.setActive', (w) => {
      if (input.id === ctx.clerk!.id && !input.active) throw new DomainError('RULE_VIOLATION', 'clerk.cannotDisableSelf');
      if (!ctx.register.get('clerks', input.id)) throw new DomainError('NOT_FOUND', 'error.notFound');
      w.update('clerks', input.id, { active: input.active });
      if (!input.active) deleteSessionsOf(w.reg, input.id);
      return { ok: true as const };
    }),
};
