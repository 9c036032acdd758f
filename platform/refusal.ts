import { catalog, translate } from '../core/i18n/catalog';
import type { PlatformError } from '../core/sync/protocol';

/**
 * A request the platform refuses whole: nothing of it was applied. A stable
 * code for the desk's program, a message in both languages for the clerk and
 * the IT officer (from core's catalogue), and the facts to act on.
 */
export class PlatformRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }

  body(): PlatformError {
    if (!(this.key in catalog)) throw new Error(`no text for ${this.key}`);
    return {
      error: {
        code: this.code,
        message: { zh: translate(this.key, 'zh', this.params), en: translate(this.key, 'en', this.params) },
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const refusals = {
  badJson: () => new PlatformRefusal(400, 'BAD_JSON', 'sync.error.badJson'),
  contentType: () => new PlatformRefusal(415, 'WRONG_CONTENT_TYPE', 'sync.error.contentType'),
  validation: (issues: string) => new PlatformRefusal(400, 'VALIDATION', 'sync.error.validation', { issues }),
  unauthenticated: () => new PlatformRefusal(401, 'UNAUTHENTICATED', 'sync.error.unauthenticated'),
  revoked: () => new PlatformRefusal(401, 'DESK_REVOKED', 'sync.error.revoked'),
  codeInvalid: () => new PlatformRefusal(403, 'ENROLMENT_CODE_INVALID', 'sync.error.codeInvalid'),
  regionMismatch: (code: string, desk: string) =>
    new PlatformRefusal(409, 'REGION_MISMATCH', 'sync.error.regionMismatch', { code, desk }, { codeRegion: code, deskRegion: desk }),
  deskTaken: () => new PlatformRefusal(409, 'DESK_EXISTS', 'sync.error.deskTaken'),
  forged: (deskId: string) => new PlatformRefusal(403, 'FORGED_DESK', 'sync.error.forged', {}, { deskId }),
  schema: (version: number, min: number, max: number) =>
    new PlatformRefusal(422, 'SCHEMA_UNSUPPORTED', 'sync.error.schema', { version, min, max }, { supported: { min, max } }),
  tooLarge: (caps: Record<string, number>) =>
    new PlatformRefusal(413, 'TOO_LARGE', 'sync.error.tooLarge', { maxChanges: caps.maxChanges!, maxBytes: caps.maxBytes! }, { caps }),
  gap: (expected: number) => new PlatformRefusal(409, 'SEQUENCE_GAP', 'sync.error.gap', { expected }, { expected }),
  epoch: (epoch: string, lastSeq: number) => new PlatformRefusal(409, 'EPOCH_CHANGED', 'sync.error.epoch', {}, { epoch, lastSeq }),
  notFound: () => new PlatformRefusal(404, 'NOT_FOUND', 'sync.error.notFound'),
  internal: () => new PlatformRefusal(500, 'INTERNAL', 'sync.error.internal'),
};
