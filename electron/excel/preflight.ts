import JSZip from 'jszip';
import { MAX_IMPORT_ROWS, SHEET_NAME } from '../../core/import/columns';
import { DomainError } from '../../core/errors';
import { decodeText } from './sheet-xml';

/**
 * The cheap look at an uploaded file before anything parses it in full: is
 * it an .xlsx at all, which sheet holds the register, how many rows it has
 * and whether cells are merged. A 100,000-row sheet is refused here in about
 * a second, before exceljs would spend half a minute and gigabytes on it.
 */
export interface Preflight {
  zip: JSZip;
  sheetName: string;
  /** The sheet's part in the package, e.g. xl/worksheets/sheet1.xml. */
  sheetPath: string;
  /** Rows in the sheet's XML, headers included. */
  rows: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/** Scanning stops here: enough to say "too many" of a zip bomb too. */
const SCAN_LIMIT_ROWS = 1_000_000;

export async function preflight(buf: Buffer): Promise<Preflight> {
  if (startsWith(buf, OLE)) throw new DomainError('VALIDATION', 'import.oldXls');
  if (!startsWith(buf, ZIP)) throw new DomainError('VALIDATION', 'import.notSpreadsheet');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw new DomainError('VALIDATION', 'import.unreadable');
  }
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  // A .docx or any other zip is not a workbook.
  if (!workbook || !rels) throw new DomainError('VALIDATION', 'import.notSpreadsheet');

  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => ({
    name: decodeText(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    rid: /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\bid="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
  const chosen = sheets.find((s) => s.name === SHEET_NAME) ?? sheets[0];
  if (!chosen) throw new DomainError('VALIDATION', 'import.empty');
  const target = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((r) => new RegExp(`\\bId="${chosen.rid}"`).test(r));
  const href = target ? /\bTarget="([^"]*)"/.exec(target)?.[1] : undefined;
  if (!href) throw new DomainError('VALIDATION', 'import.unreadable');
  const path = href.startsWith('/') ? href.slice(1) : `xl/${href}`;
  const sheet = zip.file(path);
  if (!sheet) throw new DomainError('VALIDATION', 'import.unreadable');

  const { rows, merges } = await scanSheet(sheet);
  // Row 1 holds the headers and row 2 may explain them; the reader counts data rows exactly later.
  if (rows - 2 > MAX_IMPORT_ROWS) {
    throw new DomainError('VALIDATION', {
      key: 'import.tooManyRows',
      params: { rows: rows >= SCAN_LIMIT_ROWS ? `${SCAN_LIMIT_ROWS}+` : rows - 1, max: MAX_IMPORT_ROWS },
    });
  }
  if (merges.length > 0) {
    throw new DomainError('VALIDATION', { key: 'import.mergedCells', params: { ranges: merges.slice(0, 5).join('、') } });
  }
  return { zip, sheetName: chosen.name, sheetPath: path, rows };
}

/** Counts row elements and collects merged ranges, streaming, tags split across chunks included. */
function scanSheet(file: JSZip.JSZipObject): Promise<{ rows: number; merges: string[] }> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    let carry = '';
    let rows = 0;
    const merges: string[] = [];
    const ROW = /<(?:\w+:)?row[\s>]/g;
    const MERGE = /<(?:\w+:)?mergeCell\s[^>]*\bref="([^"]+)"/g;
    stream.on('data', (chunk: Buffer) => {
      // Tags are ASCII: latin1 keeps byte positions and never splits a tag's characters.
      const text = carry + chunk.toString('latin1');
      // A match is new if it ends beyond the carried tail (those inside it were counted before).
      for (const m of text.matchAll(ROW)) if (m.index + m[0].length > carry.length) rows++;
      for (const m of text.matchAll(MERGE)) if (m.index + m[0].length > carry.length) merges.push(m[1]!);
      carry = text.slice(-256);
      if (rows >= SCAN_LIMIT_ROWS) {
        (stream as unknown as { pause(): void }).pause();
        resolve({ rows, merges });
      }
    });
    stream.on('end', () => resolve({ rows, merges }));
    stream.on('error', (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
  }).catch((e: unknown) => {
    if (e instanceof DomainError) throw e;
    throw new DomainError('VALIDATION', 'import.unreadable');
  }) as Promise<{ rows: number; merges: string[] }>;
}
