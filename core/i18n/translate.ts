import type { Lang, MessageTable } from './types';

/** Fills `{name}` placeholders; an unknown key is shown as itself so nothing is blank. */
export function translateFrom(
  table: MessageTable,
  key: string,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  const m = table[key];
  const text = m ? m[lang] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
