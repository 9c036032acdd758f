import { DomainError } from '../../core/errors';
import { findClerkByUsername } from '../../db/clerks';
import { hashPassword } from '../auth/password';
import type { HandlerMap } from './types';

export const clerkHandlers: HandlerMap<'clerks.list' | 'clerks.create' | 'clerks.setActive'> = {
  'clerks.list': (ctx) => ({
    clerks: (
      ctx.register
        .statement(
          'SELECT id, username, display_name AS displayName, role, active, locked_until AS lockedUntil FROM clerks ORDER BY created_at',
        )
        .all() as { id: string; username: string; displayName: string; role: 'admin'; active: number; lockedUntil: number | null }[]
    ).map((c) => ({ ...c, active: c.active === 1 })),
  }),

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
      // A switched-off account's sessions end at once.
      if (!input.active) ctx.register.statement('DELETE FROM sessions WHERE clerk_id = ?').run(input.id);
      return { ok: true as const };
    }),
};
