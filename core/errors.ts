/**
 * Typed domain errors. Handlers and the register throw these; the transports
 * (IPC and HTTP) translate them once into the contract's error object, so a
 * refusal reads the same in both hosts.
 */
export const ERROR_CODES = ['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RULE_VIOLATION', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  INTERNAL: 500,
};

export type { MessageRef } from './i18n/types';
import type { MessageRef } from './i18n/types';

export interface IssueRef extends MessageRef {
  path: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly ref: MessageRef;
  readonly issues: IssueRef[];
  /** Extra facts the client may act on, e.g. the id of the existing landlord. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, ref: MessageRef | string, opts: { issues?: IssueRef[]; details?: Record<string, unknown> } = {}) {
    const r = typeof ref === 'string' ? { key: ref } : ref;
    super(r.key);
    this.name = 'DomainError';
    this.code = code;
    this.ref = r;
    this.issues = opts.issues ?? [];
    this.details = opts.details;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

/** The error object both transports send, already in the clerk's language. */
export interface WireError {
  code: ErrorCode;
  message: string;
  issues: { path: string; message: string }[];
  details?: Record<string, unknown>;
}

/** A refusal that names the field it is about: the banner says "some entries need correcting", the field says why. */
export function fieldError(path: string, key: string, params?: IssueRef['params']): DomainError {
  return new DomainError('VALIDATION', 'error.validation', { issues: [{ path, key, ...(params ? { params } : {}) }] });
}

/** Several field-level refusals at once. */
export const invalid = (issues: IssueRef[]): DomainError => new DomainError('VALIDATION', 'error.validation', { issues });

/**
 * What a rule in core answers: the plan to apply, or the refusal that says
 * why not. Rules return it; handlers apply the plan or throw the refusal.
 */
export type Decision<P> = { ok: true; plan: P } | { ok: false; refusal: DomainError };
export const accept = <P>(plan: P): Decision<P> => ({ ok: true, plan });
export const refuse = (refusal: DomainError): { ok: false; refusal: DomainError } => ({ ok: false, refusal });

/** The plan of a decision, or its refusal thrown for the transport to translate. */
export function decided<P>(d: Decision<P>): P {
  if (!d.ok) throw d.refusal;
  return d.plan;
}

/** Throws a check's refusal, if it has one. */
export function refuseIf(refusal: DomainError | null | undefined): void {
  if (refusal) throw refusal;
}
