import type { Lang, MessageParam, MessageRef, MessageTable, Text } from './types';

/** How a list inside a message is joined: the full-width semicolon in Chinese, "; " in English. */
export const LIST_SEPARATOR: Record<Lang, string> = { zh: '；', en: '; ' };

/** The one placeholder syntax of every text: `{name}`. */
const PLACEHOLDER = /\{(\w+)\}/g;

const isText = (p: object): p is Text => 'zh' in p && 'en' in p && !('key' in p);

function paramText(table: MessageTable, p: MessageParam, lang: Lang): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  if (Array.isArray(p)) return p.map((x: MessageParam) => paramText(table, x, lang)).join(LIST_SEPARATOR[lang]);
  const o = p as Text | MessageRef;
  if (isText(o)) return o[lang];
  return translateFrom(table, (o as MessageRef).key, lang, (o as MessageRef).params);
}

/** Fills `{name}` placeholders; an unknown key is shown as itself so nothing is blank. */
export function translateFrom(table: MessageTable, key: string, lang: Lang, params?: Record<string, MessageParam>): string {
  const m = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  const text = m ? m[lang] : key;
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? paramText(table, params[name]!, lang) : whole));
}

/** The placeholders a text uses, for the catalogue's own consistency test. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/**
 * Joins per-domain tables into one, refusing a key defined twice: a spread
 * would let the later table win silently, and a label would exist twice.
 */
export function joinTables(...tables: MessageTable[]): MessageTable {
  const out: MessageTable = {};
  for (const t of tables) {
    for (const [k, v] of Object.entries(t)) {
      if (Object.prototype.hasOwnProperty.call(out, k)) throw new Error(`message key defined twice: ${k}`);
      out[k] = v;
    }
  }
  return out;
}
