import { NO, YES } from './labels';

/** A cell as the reader hands it over: rich text joined, hyperlinks as their text. */
export type CellValue = string | number | boolean | Date | null;

export type Coerced<T> = { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** A cell as text, as the clerk sees it; numbers keep their digits (no 1.2E+17). */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.normalize('NFKC').trim();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? YES : NO;
  return isoOf(v);
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function cellNumber(v: CellValue): Coerced<number | undefined> {
  if (isBlank(v)) return ok(undefined);
  if (typeof v === 'number') return ok(v);
  if (typeof v === 'string') {
    const s = v
      .normalize('NFKC')
      .trim()
      .replace(/,/g, '')
      .replace(/(平方米|平米|㎡|m2|元|层|楼)$/i, '');
    if (/^-?\d+(\.\d+)?$/.test(s)) return ok(Number(s));
  }
  return { ok: false, key: 'import.notNumber' };
}

const TRUE_WORDS = new Set([YES, '有', 'Y', 'YES', 'TRUE', '1', '√', '✓']);
const FALSE_WORDS = new Set([NO, '无', '没有', 'N', 'NO', 'FALSE', '0', '×', '✗']);

/** 是/否 and the ways people write it; blank is 否. */
export function cellYesNo(v: CellValue): Coerced<boolean> {
  if (isBlank(v)) return ok(false);
  if (typeof v === 'boolean') return ok(v);
  const s = cellText(v).toUpperCase();
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return { ok: false, key: 'import.yesNo' };
}

/** A date as 'YYYY-MM-DD' from a date cell, an Excel serial number, or text like 2026-1-5, 2026/01/05, 2026年1月5日. */
export function cellDate(v: CellValue): Coerced<string | undefined> {
  if (isBlank(v)) return ok(undefined);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { ok: false, key: 'field.invalidDate' } : ok(isoOf(v));
  if (typeof v === 'number') {
    if (v < 1 || v > 2958465) return { ok: false, key: 'field.invalidDate' };
    return ok(isoOf(new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86400000)));
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cellText(v));
  if (!m) return { ok: false, key: 'field.invalidDate' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { ok: false, key: 'field.invalidDate' };
  }
  return ok(isoOf(date));
}

/** One of a list's labels (or its internal value); blank gives the default. */
export function cellChoice<V extends string>(
  v: CellValue,
  lookup: Map<string, V>,
  labels: readonly string[],
  fallback?: V,
): Coerced<V | undefined> {
  if (isBlank(v)) return ok(fallback);
  const found = lookup.get(cellText(v));
  return found ? ok(found) : { ok: false, key: 'import.notInList', params: { options: labels.join('、') } };
}
