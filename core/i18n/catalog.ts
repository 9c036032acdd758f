import { commonMessages } from './common-messages';
import { labelMessages } from './labels';
import { registerMessages } from '../schemas/messages';
import { validationMessages } from '../validation/messages';
import { importMessages } from '../import/messages';
import { ruleMessages } from '../rules/messages';
import { inspectionMessages } from '../schemas/inspection-messages';
import { tenancyMessages } from '../tenancy/messages';
import { certificateMessages } from '../certificates/messages';
import { syncMessages } from '../sync/messages';
import { deskSyncMessages } from '../sync/desk-messages';
import { joinTables, translateFrom } from './translate';
import type { Lang, MessageParam, MessageRef, MessageTable } from './types';

/**
 * THE text catalogue: every refusal, reason and label in Chinese and English,
 * `{ key: { zh, en } }` with `{name}` placeholders. Each domain keeps its table
 * beside its rules; this file joins them and refuses a key defined twice. The
 * transports translate errors from it; the UI reads it through i18next; the
 * Excel sheet, the certificate and the receipt take their labels from it.
 */
export const catalog: MessageTable = joinTables(
  commonMessages,
  labelMessages,
  validationMessages,
  registerMessages,
  importMessages,
  ruleMessages,
  inspectionMessages,
  certificateMessages,
  tenancyMessages,
  syncMessages,
  deskSyncMessages,
);

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}

export function translate(key: string, lang: Lang, params?: Record<string, MessageParam>): string {
  return translateFrom(catalog, key, lang, params);
}

/** A message reference in the clerk's language. */
export const say = (ref: MessageRef, lang: Lang): string => translate(ref.key, lang, ref.params);

export type { Lang, MessageRef, MessageParam } from './types';
