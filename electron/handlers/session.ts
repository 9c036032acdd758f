import { randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors';
import { chinaDateTime } from '../../core/dates';
import { failureDelayMs, lockedUntilAfter } from '../../core/auth/throttle';
import { findClerkByUsername } from '../../db/clerks';
import { deskProfile, readDesk } from '../../db/desk';
import { createSession, deleteSession } from '../../db/sessions';
import { burnPasswordCheck, verifyPassword } from '../auth/password';
import { SESSION_TTL_MS } from '../../core/auth/throttle';
import type { HandlerMap } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const sessionHandlers: HandlerMap<'session.login' | 'session.logout' | 'session.me'> = {
  'session.login': async (ctx, input) => {
    const clerk = findClerkByUsername(ctx.register, input.username);
    if (!clerk) {
      await burnPasswordCheck(input.password);
      throw new DomainError('UNAUTHENTICATED', 'session.badCredentials');
    }
    const now = ctx.clock.now();
    if (clerk.lockedUntil !== null && clerk.lockedUntil > now) {
      throw new DomainError('UNAUTHENTICATED', {
        key: 'session.locked',
        params: { until: chinaDateTime(clerk.lockedUntil) },
      });
    }
    if (!clerk.active) throw new DomainError('UNAUTHENTICATED', 'session.disabled');

    if (!(await verifyPassword(input.password, clerk.passwordHash))) {
      // A lock that has run out starts a fresh count.
      const failures = (clerk.lockedUntil !== null ? 0 : clerk.failedLogins) + 1;
      const lockedUntil = lockedUntilAfter(failures, now);
      ctx.register.write({ clerkId: clerk.id, action: 'session.loginFailed', at: now }, (w) =>
        w.update('clerks', clerk.id, { failedLogins: lockedUntil ? 0 : failures, lockedUntil }),
      );
      await sleep(failureDelayMs(failures));
      if (lockedUntil) {
        throw new DomainError('UNAUTHENTICATED', {
          key: 'session.locked',
          params: { until: chinaDateTime(lockedUntil) },
        });
      }
      throw new DomainError('UNAUTHENTICATED', 'session.badCredentials');
    }

    const token = randomBytes(32).toString('base64url');
    ctx.register.write({ clerkId: clerk.id, action: 'session.login', at: now }, (w) => {
      if (clerk.failedLogins !== 0 || clerk.lockedUntil !== null) {
        w.update('clerks', clerk.id, { failedLogins: 0, lockedUntil: null });
      }
      w.audit('clerks', clerk.id, { event: 'login' });
      createSession(ctx.register, token, clerk.id, now, SESSION_TTL_MS);
    });
    ctx.session.set(token);
    return {
      clerk: { id: clerk.id, username: clerk.username, displayName: clerk.displayName, role: clerk.role },
    };
  },

  'session.logout': (ctx) => {
    const token = ctx.session.token();
    if (token) {
      if (ctx.clerk) ctx.write('session.logout', (w) => w.audit('clerks', ctx.clerk!.id, { event: 'logout' }));
      deleteSession(ctx.register, token);
      ctx.sessionTouches.forget(token);
    }
    ctx.session.set(null);
    return { ok: true as const };
  },

  'session.me': (ctx) => {
    const clerk = ctx.clerk!;
    const desk = readDesk(ctx.register);
    if (!desk) throw new DomainError('CONFLICT', 'setup.notInitialized');
    return {
      clerk: { id: clerk.id, username: clerk.username, displayName: clerk.displayName, role: clerk.role },
      desk: deskProfile(desk),
      // The desk's date by its clock (tests move it), so forms default to the register's today.
      today: ctx.today(),
    };
  },
};
