import type { CellValue } from '../../core/import/cells';

/**
 * A small reader for the cells of one SpreadsheetML sheet (ECMA-376 part 1,
 * §18.3 sheetData and §18.4 shared strings), for the import. exceljs's
 * streaming reader splits UTF-8 characters at chunk boundaries (Chinese text
 * comes out as "路���区"), and its full reader takes seconds and gigabytes
 * for what is plain text here; the sheet and the shared strings are decoded
 * whole by JSZip, then read with a few patterns:
 *   <row r="3"> <c r="B3" t="s"><v>12</v></c> <c t="inlineStr"><is><t>…</t></is></c> </row>
 * Styles are not read: a date cell arrives as Excel's day number, which the
 * import's date columns take. Namespace prefixes (x:row) are allowed.
 */
export interface XmlRow {
  /** The row number Excel shows. */
  number: number;
  /** Column A first; missing cells are null. */
  values: CellValue[];
  /** Addresses of cells holding a formula. */
  formulas: string[];
}

const P = '(?:[A-Za-z_][\\w.-]*:)?';
const SHEET_DATA = new RegExp(`<${P}sheetData\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}sheetData>)`);
const ROW = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g');
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const VALUE = new RegExp(`<${P}v\\b[^>]*>([\\s\\S]*?)</${P}v>`);
const FORMULA = new RegExp(`<${P}f\\b`);
const INLINE = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)</${P}is>`);
const SHARED_ITEM = new RegExp(`<${P}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}si>)`, 'g');
const TEXT = new RegExp(`<${P}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}t>)`, 'g');
/** Phonetic runs (pinyin, furigana) are annotations, not the cell's text. */
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');

const ATTRS = { r: /(?:^|\s)r="([^"]*)"/, t: /(?:^|\s)t="([^"]*)"/ };
const attr = (attrs: string, name: keyof typeof ATTRS) => ATTRS[name].exec(attrs)?.[1];

/** XML entities, then OOXML's _xHHHH_ escapes for characters XML cannot carry. */
export function decodeText(s: string): string {
  // Most cells hold neither: skip the two passes.
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g, (_, dec: string, hex: string, name: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]!;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a rich or plain string item (<si> or <is>): its <t> runs, phonetic runs left out. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.replace(PHONETIC, '').matchAll(TEXT)) out += m[1] ?? '';
  return decodeText(out);
}

export function parseSharedStrings(xml: string): string[] {
  return [...xml.matchAll(SHARED_ITEM)].map((m) => textOf(m[1] ?? ''));
}

/** "AB12" -> 28 (1-based column). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): CellValue {
  if (type === 'inlineStr') {
    const is = INLINE.exec(inner);
    return is ? textOf(is[1] ?? '') : null;
  }
  const v = VALUE.exec(inner)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? null;
    case 'str':
    case 'e':
    case 'd':
      return decodeText(v);
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    default: {
      const n = Number(v);
      return v.trim() === '' || Number.isNaN(n) ? decodeText(v) : n;
    }
  }
}

export function* sheetRows(xml: string, shared: readonly string[]): Generator<XmlRow> {
  const data = SHEET_DATA.exec(xml)?.[1];
  if (!data) return;
  let previousRow = 0;
  for (const row of data.matchAll(ROW)) {
    const number = Number(attr(row[1]!, 'r') ?? previousRow + 1);
    previousRow = number;
    const values: CellValue[] = [];
    const formulas: string[] = [];
    let previousColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(CELL)) {
      const attrs = cell[1]!;
      const ref = attr(attrs, 'r');
      const column = ref ? columnOf(ref) : previousColumn + 1;
      previousColumn = column;
      const inner = cell[2] ?? '';
      if (FORMULA.test(inner)) formulas.push(`${columnLetter(column)}${number}`);
      while (values.length < column - 1) values.push(null);
      values[column - 1] = cellValue(attr(attrs, 't'), inner, shared);
    }
    yield { number, values, formulas };
  }
}
