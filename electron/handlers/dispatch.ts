import { contract, isProcedureName, type ProcedureName } from '../../core/api/contract';
import { DomainError, isDomainError, type WireError } from '../../core/errors';
import type { Lang } from '../../core/i18n/catalog';
import { can } from '../../core/roles';
import { findSession, type SessionClerk } from '../../db/sessions';
import { todayOf } from '../clock';
import type { CallContext, Services, SessionPort } from './context';
import { handlers } from './index';
import { parseInput, wireError } from './wire-error';

export interface CallMeta {
  lang: Lang;
  session: SessionPort;
}

export type CallResult = { ok: true; status: 200; output: unknown } | { ok: false; status: number; error: WireError };

/**
 * The one way into the handlers, for both hosts: known procedure, then the
 * session and the role, then the input parsed by the contract's schema, then
 * the handler, then its output checked against the contract. Every failure
 * comes back as one typed error in the clerk's language; a bug becomes
 * INTERNAL with its stack kept in the log, never sent to the page.
 */
export async function dispatch(services: Services, name: string, rawInput: unknown, meta: CallMeta): Promise<CallResult> {
  try {
    if (!isProcedureName(name)) {
      throw new DomainError('NOT_FOUND', { key: 'error.unknownProcedure', params: { name } });
    }
    const def = contract[name];
    const clerk = def.access === 'public' ? optionalClerk(services, meta) : requireClerk(services, meta);
    if (def.access !== 'public' && def.access !== 'session' && !can(clerk!.role, def.access)) {
      throw new DomainError('FORBIDDEN', 'error.forbidden');
    }
    const parsed = parseInput(name, rawInput);
    if (!parsed.ok) throw parsed.refusal;
    const ctx = callContext(services, meta, clerk);
    const handler = handlers[name] as (c: CallContext, i: unknown) => unknown;
    const output = await handler(ctx, parsed.data);
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      services.log.error('output does not match the contract', {
        procedure: name,
        issues: checked.error.issues.slice(0, 5),
      });
      throw new Error(`output of ${name} does not match the contract`);
    }
    return { ok: true, status: 200, output: checked.data };
  } catch (e) {
    return failure(services, name, e, meta.lang);
  }
}

function callContext(services: Services, meta: CallMeta, clerk: SessionClerk | null): CallContext {
  return {
    ...services,
    lang: meta.lang,
    clerk,
    session: meta.session,
    today: () => todayOf(services.clock),
    write: (action, fn) => services.register.write({ clerkId: clerk?.id ?? null, action, at: services.clock.now() }, fn),
  };
}

function optionalClerk(services: Services, meta: CallMeta): SessionClerk | null {
  try {
    return requireClerk(services, meta);
  } catch {
    return null;
  }
}

function requireClerk(services: Services, meta: CallMeta): SessionClerk {
  const token = meta.session.token();
  if (!token) throw new DomainError('UNAUTHENTICATED', 'error.unauthenticated');
  const clerk = findSession(services.register, token);
  if (!clerk) throw new DomainError('UNAUTHENTICATED', 'error.unauthenticated');
  const now = services.clock.now();
  // An expired session is refused here and deleted by housekeeping: a read never writes.
  if (services.sessionTouches.expiresAt(token, clerk.expiresAt) < now) throw new DomainError('UNAUTHENTICATED', 'session.expired');
  services.sessionTouches.note(token, now);
  return clerk;
}

function failure(services: Services, name: string, e: unknown, lang: Lang): CallResult {
  const err = isDomainError(e) ? e : fromSqlite(e);
  if (!err) {
    services.log.error('handler failed', {
      procedure: name,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
  return { ok: false, ...wireError(err ?? new DomainError('INTERNAL', 'error.internal'), lang) };
}

/** A unique index that caught a race is a conflict, not a crash. */
function fromSqlite(e: unknown): DomainError | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new DomainError('CONFLICT', 'error.duplicate');
  }
  if (code === 'SQLITE_BUSY') return new DomainError('CONFLICT', 'error.busy');
  return null;
}

export type { ProcedureName };
