import type { CellValue } from '../../core/import/cells';
import { COLUMN_BY_KEY, ERROR_HEADER, headerOf } from '../../core/import/columns';
import type { CheckedRow } from '../../core/import/cross-check';
import { translate, type Lang } from '../../core/i18n/catalog';
import type { RegisterSheet } from './read-sheet';
import { ERROR_FILL, WARNING_FILL, putRow, writeWorkbook } from './write-sheet';

interface RowVerdict {
  status: 'new' | 'duplicate' | 'error';
  /** Sheet column indexes (0-based) to mark, with their severity. */
  cells: { index: number; severity: 'error' | 'warning' }[];
  text: string;
}

/** A checked row as the error column says it: each problem at its column, in the clerk's language. */
function verdictOf(sheet: RegisterSheet, byHeader: Map<string, number>, r: CheckedRow, lang: Lang): RowVerdict {
  const indexOf = (key: Parameters<typeof headerOf>[0]) => {
    const header = COLUMN_BY_KEY.get(key)!.header;
    return byHeader.get(header) ?? sheet.headers.findIndex((h) => h.replace(/[\s*]/g, '') === header);
  };
  return {
    status: r.status,
    cells: r.problems.map((p) => ({ index: indexOf(p.column), severity: p.severity })).filter((c) => c.index >= 0),
    text: r.problems.map((p) => `${headerOf(p.column)}：${translate(p.key, lang, p.params)}`).join('；'),
  };
}

/**
 * The uploaded sheet again, row for row as it came, with an error column
 * after its own: the clerk corrects the marked cells and imports the same
 * file again (rows already imported then count as duplicates, not twice).
 */
export async function errorReport(sheet: RegisterSheet, checked: readonly CheckedRow[], lang: Lang): Promise<Buffer> {
  const byHeader = new Map(sheet.headers.map((h, i) => [h, i]));
  const verdicts = new Map<number, RowVerdict>();
  for (const r of checked) if (r.problems.length) verdicts.set(r.row, verdictOf(sheet, byHeader, r, lang));
  return writeWorkbook((wb) => {
    const ws = wb.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: sheet.noteRow ? 2 : 1 }] });
    ws.columns = [
      ...sheet.headers.map((h, i) => ({ key: `c${i}`, width: Math.max(8, Math.min(30, [...h].length * 2 + 2)) })),
      { key: 'error', width: 60 },
    ];
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
