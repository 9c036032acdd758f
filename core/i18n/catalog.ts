import { commonMessages } from './common-messages';
import { registerMessages } from '../schemas/messages';
import { validationMessages } from '../validation/messages';
import { importMessages } from '../import/messages';
import { ruleMessages } from '../rules/messages';
import { inspectionMessages } from '../schemas/inspection-messages';
import { tenancyMessages } from '../tenancy/messages';
import { certificateMessages } from '../certificates/messages';
import { translateFrom } from './translate';
import type { Lang, MessageTable } from './types';

/**
 * Every text a refusal can carry, in Chinese and English. Each domain keeps its
 * own table beside its rules; this file only joins them, so a key is defined once.
 */
export const catalog: MessageTable = {
  ...commonMessages,
  ...validationMessages,
  ...registerMessages,
  ...importMessages,
  ...ruleMessages,
  ...inspectionMessages,
  ...certificateMessages,
  ...tenancyMessages,
};

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}

export function translate(key: string, lang: Lang, params?: Record<string, string | number>): string {
  return translateFrom(catalog, key, lang, params);
}

export type { Lang } from './types';
