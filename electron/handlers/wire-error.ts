import { contract, type ProcedureName } from '../../core/api/contract';
import { issuesFromZod } from '../../core/api/issues';
import { DomainError, HTTP_STATUS, type WireError } from '../../core/errors';
import { translate, type Lang } from '../../core/i18n/catalog';

/**
 * What a refusal looks like on the wire, in the clerk's language. One
 * function, because the dispatcher and the Electron main process (which
 * refuses bad input before it reaches the backend) must word and shape a
 * refusal identically. Imports only core/, so main can use it without
 * pulling in the handlers or the register.
 */
export function wireError(domain: DomainError, lang: Lang): { status: number; error: WireError } {
  const error: WireError = {
    code: domain.code,
    message: translate(domain.ref.key, lang, domain.ref.params),
    issues: domain.issues.map((i) => ({ path: i.path, message: translate(i.key, lang, i.params) })),
  };
  if (domain.details) error.details = domain.details;
  return { status: HTTP_STATUS[domain.code], error };
}

/**
 * A procedure's input parsed by its contract schema, or the VALIDATION
 * refusal naming each field. Parsed with `reportInput` so a missing field
 * reads differently from a wrong one (core/api/issues.ts).
 */
export function parseInput(name: ProcedureName, rawInput: unknown): { ok: true; data: unknown } | { ok: false; refusal: DomainError } {
  const parsed = contract[name].input.safeParse(rawInput ?? {}, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, refusal: new DomainError('VALIDATION', 'error.validation', { issues: issuesFromZod(parsed.error) }) };
}
