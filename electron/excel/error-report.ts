import type { CellValue } from '../../core/import/cells';
import { ERROR_HEADER } from '../../core/import/columns';
import type { RegisterSheet } from './read-sheet';
import { ERROR_FILL, WARNING_FILL, putRow, writeWorkbook } from './write-sheet';

export interface RowVerdict {
  status: 'new' | 'duplicate' | 'error';
  /** Sheet column indexes (0-based) to mark, with their severity. */
  cells: { index: number; severity: 'error' | 'warning' }[];
  text: string;
}

/**
 * The uploaded sheet again, row for row as it came, with an error column
 * after its own: the clerk corrects the marked cells and imports the same
 * file again (rows already imported then count as duplicates, not twice).
 */
export async function errorReport(sheet: RegisterSheet, verdicts: Map<number, RowVerdict>): Promise<Buffer> {
  return writeWorkbook((wb) => {
    const ws = wb.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: sheet.noteRow ? 2 : 1 }] });
    ws.columns = [...sheet.headers.map((h, i) => ({ key: `c${i}`, width: Math.max(8, Math.min(30, [...h].length * 2 + 2)) })), { key: 'error', width: 60 }];
    putRow(ws, [...sheet.headers, ERROR_HEADER], (row) => {
      row.font = { bold: true };
      row.getCell(sheet.headers.length + 1).fill = ERROR_FILL;
    });
    if (sheet.noteRow) putRow(ws, [...sheet.noteRow, '']);
    for (const r of sheet.rows) {
      const v = verdicts.get(r.row);
      const values: CellValue[] = [...r.raw];
      while (values.length < sheet.headers.length) values.push(null);
      putRow(ws, [...values, v?.text ?? ''], (row) => {
        for (const c of v?.cells ?? []) row.getCell(c.index + 1).fill = c.severity === 'error' ? ERROR_FILL : WARNING_FILL;
        if (v?.status === 'error') row.getCell(values.length + 1).font = { color: { argb: 'FFC00000' } };
      });
    }
    ws.commit();
  });
}
