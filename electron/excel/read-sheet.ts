import { COLUMNS, FIRST_DATA_ROW, MAX_IMPORT_ROWS, columnForHeader, type ColumnKey } from '../../core/import/columns';
import type { CellValue } from '../../core/import/cells';
import type { RowCells } from '../../core/import/plan-row';
import { DomainError } from '../../core/errors';
import type { Preflight } from './preflight';
import { parseSharedStrings, sheetRows } from './sheet-xml';

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  cells: RowCells;
  /** The row as it was, every column, for the error report. */
  raw: CellValue[];
}

export interface RegisterSheet {
  sheetName: string;
  /** The header row as it was (the error report repeats it). */
  headers: string[];
  /** Row 2 as it was, if it was the explanation row. */
  noteRow: CellValue[] | null;
  rows: SheetRow[];
}

/**
 * Reads the register sheet of a workbook that passed the preflight: headers
 * by their text, the explanation row skipped, blank rows dropped, each cell
 * a plain value (sheet-xml.ts). Formulas are refused here, where their cells
 * are known.
 */
export async function readRegisterSheet(pre: Preflight): Promise<RegisterSheet> {
  let xml: string;
  let shared: string[];
  try {
    xml = await pre.zip.file(pre.sheetPath)!.async('string');
    const sst = pre.zip.file('xl/sharedStrings.xml');
    shared = sst ? parseSharedStrings(await sst.async('string')) : [];
  } catch {
    throw new DomainError('VALIDATION', 'import.unreadable');
  }

  let headers: string[] | null = null;
  const columns = new Map<ColumnKey, number>();
  let noteRow: CellValue[] | null = null;
  const rows: SheetRow[] = [];
  const formulas: string[] = [];
  for (const row of sheetRows(xml, shared)) {
    formulas.push(...row.formulas);
    const raw = row.values;
    if (row.number === 1) {
      headers = raw.map((v) => (v === null ? '' : String(v)));
      headers.forEach((h, i) => {
        const key = columnForHeader(h);
        if (key && !columns.has(key)) columns.set(key, i);
      });
      continue;
    }
    if (headers === null) continue;
    const cells: RowCells = {};
    let blank = true;
    for (const [key, i] of columns) {
      const v = raw[i] ?? null;
      cells[key] = v;
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) blank = false;
    }
    if (row.number < FIRST_DATA_ROW && isNoteRow(cells)) {
      noteRow = raw;
      continue;
    }
    if (!blank) rows.push({ row: row.number, cells, raw });
  }
  if (!headers) throw new DomainError('VALIDATION', 'import.empty');
  const missing = COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    throw new DomainError('VALIDATION', { key: 'import.missingColumns', params: { columns: missing.join('、') } });
  }
  if (formulas.length > 0) {
    throw new DomainError('VALIDATION', { key: 'import.formulas', params: { cells: formulas.slice(0, 5).join('、') } });
  }
  if (rows.length === 0) throw new DomainError('VALIDATION', 'import.empty');
  // The preflight counted XML rows (allowing for an explanation row); this is the exact count of data rows.
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError('VALIDATION', { key: 'import.tooManyRows', params: { rows: rows.length, max: MAX_IMPORT_ROWS } });
  }
  return { sheetName: pre.sheetName, headers, noteRow, rows };
}

/** Row 2 of the template explains each column; a sheet that kept it is read from row 3. */
function isNoteRow(cells: RowCells): boolean {
  let notes = 0;
  let filled = 0;
  for (const c of COLUMNS) {
    const v = cells[c.key];
    if (v === null || v === undefined || v === '') continue;
    filled++;
    if (v === c.note) notes++;
  }
  return filled > 0 && notes * 2 >= filled;
}
