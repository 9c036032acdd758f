import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { LIST_SEPARATOR } from '../../core/i18n/translate';
import type { Lang, MessageParam, MessageRef, Text } from '../../core/i18n/types';

const isText = (p: object): p is Text => 'zh' in p && 'en' in p && !('key' in p);

/**
 * A message from the backend (a reason, a warning, a verdict: a key of core's
 * catalogue and its parameters) in the clerk's language, through i18next.
 * Parameters may be messages themselves (a fire status inside a refusal),
 * texts in both languages (a rule set's check) or lists of either.
 */
export function sayWith(i18n: I18n, ref: MessageRef, lang: Lang = i18n.language === 'en' ? 'en' : 'zh'): string {
  const param = (p: MessageParam): string => {
    if (typeof p === 'string') return p;
    if (typeof p === 'number') return String(p);
    if (Array.isArray(p)) return p.map(param).join(LIST_SEPARATOR[lang]);
    const o = p as Text | MessageRef;
    return isText(o) ? o[lang] : sayWith(i18n, o as MessageRef, lang);
  };
  const params = Object.fromEntries(Object.entries(ref.params ?? {}).map(([k, v]) => [k, param(v)]));
  return i18n.t(ref.key, { ...params, lng: lang });
}

/** `say(ref)` in the current language; re-renders when the clerk switches language. */
export function useSay(): (ref: MessageRef) => string {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return useCallback((ref: MessageRef) => sayWith(i18n, ref, lang), [i18n, lang]);
}

/** A text carried as data (a rule set's title or check) in the current language. */
export function useLocal(): (text: Text) => string {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return useCallback((text: Text) => text[lang], [lang]);
}

/** A numbered list of texts (`<prefix>.0`, `<prefix>.1`, …) in the current language: the duties of a letter, a receipt's tips. */
export function useTextList(prefix: string): string[] {
  const { t, i18n } = useTranslation();
  const out: string[] = [];
  for (let i = 0; i18n.exists(`${prefix}.${i}`); i++) out.push(t(`${prefix}.${i}`));
  return out;
}
