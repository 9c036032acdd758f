import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { COLUMNS, FIRST_DATA_ROW, MAX_IMPORT_ROWS } from '../../core/import/columns';
import type { CellValue } from '../../core/import/cells';

/**
 * Workbooks are written with exceljs's streaming writer: rows go out as they
 * are added, so exporting 100,000 rooms takes seconds and little memory.
 */
export async function writeWorkbook(build: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void> | void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = '出租房服务总台';
  await build(wb);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const NOTE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF666666' }, size: 9 };
export const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
export const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };

export interface ExtraColumn {
  header: string;
  width: number;
}

/**
 * The register sheet's frame: Chinese headers (required ones in red), the
 * explanation row, text format where Excel would mangle numbers, drop-down
 * lists for the enumerations, and the top two rows frozen.
 */
export function addRegisterSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  opts: { extra?: ExtraColumn[]; districts?: string[]; validationRows?: number } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1 }] });
  const extra = opts.extra ?? [];
  ws.columns = [
    ...COLUMNS.map((c) => ({ key: c.key, width: c.width, ...(c.asText ? { style: { numFmt: '@' } } : {}) })),
    ...extra.map((e, i) => ({ key: `extra${i}`, width: e.width })),
  ];
  const header = ws.addRow([...COLUMNS.map((c) => c.header), ...extra.map((e) => e.header)]);
  header.eachCell((cell, i) => {
    cell.fill = HEADER_FILL;
    cell.font = { bold: true, color: { argb: COLUMNS[i - 1]?.required ? 'FFC00000' : 'FF000000' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = 32;
  header.commit();
  const note = ws.addRow([...COLUMNS.map((c) => c.note), ...extra.map(() => '')]);
  note.eachCell((cell) => {
    cell.font = NOTE_FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  note.height = 42;
  note.commit();

  const last = FIRST_DATA_ROW + (opts.validationRows ?? MAX_IMPORT_ROWS) - 1;
  COLUMNS.forEach((c, i) => {
    const list = c.key === 'district' && opts.districts?.length ? opts.districts : c.list;
    if (!list) return;
    const letter = ws.getColumn(i + 1).letter;
    // exceljs types declare dataValidations on its in-memory sheets only; the streaming writer has it too.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}${FIRST_DATA_ROW}:${letter}${last}`,
      {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: c.header,
        error: `请从下拉列表中选择：${list.join('、')}`,
      },
    );
  });
  return ws;
}

/** Writes one row and lets it go (the streaming writer keeps nothing behind). */
export function putRow(ws: ExcelJS.Worksheet, values: CellValue[], style?: (row: ExcelJS.Row) => void): void {
  const row = ws.addRow(values);
  style?.(row);
  row.commit();
}
