import { DomainError } from '../../core/errors';
import { translate, type Lang } from '../../core/i18n/catalog';

/** A field-level refusal: the banner says "some entries need correcting", the field says why. */
export function fieldError(path: string, key: string, params?: Record<string, string | number>): DomainError {
  return new DomainError('VALIDATION', 'error.validation', { issues: [{ path, key, ...(params ? { params } : {}) }] });
}

/** Warnings (saved, but look again) as the page shows them, in the clerk's language. */
export function notices(lang: Lang, keys: readonly string[], path: string): { path: string; message: string }[] {
  return keys.map((key) => ({ path, message: translate(key, lang) }));
}
