/**
 * Typed domain errors. Handlers and the register throw these; the transports
 * (IPC and HTTP) translate them once into the contract's error object, so a
 * refusal reads the same in both hosts.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'INTERNAL',
] as const;
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

/** A message key from the catalogue plus the values for its placeholders. */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export interface IssueRef extends MessageRef {
  path: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly ref: MessageRef;
  readonly issues: IssueRef[];
  /** Extra facts the client may act on, e.g. the id of the existing landlord. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    ref: MessageRef | string,
    opts: { issues?: IssueRef[]; details?: Record<string, unknown> } = {},
  ) {
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
