import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { COLUMNS, type ColumnKey } from '../../core/import/columns';
import type { CellValue } from '../../core/import/cells';
import { residentId } from './people';

/** A valid row of the register sheet, in column order; override any cell by its key. */
export function sheetRow(overrides: Partial<Record<ColumnKey, CellValue>> = {}): CellValue[] {
  const base: Record<ColumnKey, CellValue> = {
    landlordKind: '个人',
    landlordName: '陈建国',
    idType: '居民身份证',
    idNumber: residentId('331004', '19700312', 41),
    mobile: '13805761234',
    contactName: null,
    landlordAddress: null,
    letterSigned: '是',
    letterSignedOn: '2026-01-05',
    district: '路桥区',
    street: '峰江街道',
    community: '浮排居委会',
    grid: '网格3',
    road: '浮排村东路',
    houseNumber: '12号',
    detail: null,
    buildingType: '自建房',
    floors: 3,
    mixedUse: '否',
    ebike: '室外集中停放充电',
    sandwichPanels: '否',
    roomLabel: '101',
    roomFloor: 1,
    area: 14,
    kitchen: '是',
    bathroom: '是',
    windowBars: '否',
    rent: 800,
  };
  const row = { ...base, ...overrides };
  return COLUMNS.map((c) => row[c.key]);
}

export const HEADERS = COLUMNS.map((c) => c.header);
export const NOTES = COLUMNS.map((c) => c.note);

/** An .xlsx as base64: headers, the explanation row, then the rows; `edit` may add formulas or merges. */
export async function sheetFile(
  rows: CellValue[][],
  opts: { headers?: (string | null)[]; notes?: boolean; edit?: (ws: ExcelJS.Worksheet) => void; sheetName?: string } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? '登记表');
  ws.addRow(opts.headers ?? HEADERS);
  if (opts.notes !== false) ws.addRow(NOTES);
  for (const r of rows) ws.addRow(r);
  opts.edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A big sheet, written streaming: only a couple of columns, since the row count is what matters. */
export async function bigSheetFile(rows: number): Promise<string> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('登记表');
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i++) ws.addRow([null, `房东${i}`]).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks).toString('base64');
}

export async function readBase64(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}
