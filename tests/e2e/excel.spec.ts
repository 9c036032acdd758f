import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { residentId } from '../support/people';
import { HEADERS, sheetFile, sheetRow } from '../support/sheets';
import { api, expect, logIn, setUpDesk, test } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'desk-excel-e2e-'));
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function saveBase64(name: string, base64: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

async function upload(page: Page, path: string) {
  await page.locator('input[type=file]').setInputFiles(path);
}

const counts = async (page: Page) => {
  const l = await api<{ total: number }>(page, 'landlords.list');
  const p = await api<{ total: number }>(page, 'properties.list');
  const r = await api<{ rooms: number }>(page, 'rooms.summary', {});
  return [l.total, p.total, r.rooms];
};

test('a full export imports back without creating anything twice', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  for (const [seq, number] of [
    [17, '12'],
    [18, '14'],
  ] as const) {
    await api(page, 'walkIns.register', {
      landlord: { name: `房东${seq}`, idType: 'resident_id', idNumber: residentId('331004', '19700312', seq), mobile: `138057612${seq}` },
      property: {
        address: { regionCode: '331004006056', road: '浮排村东路', houseNumber: number },
        buildingType: 'self_built',
        floors: 3,
        mixedUse: false,
      },
      rooms: [
        { label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: true, rentMonthly: 800 },
        { label: '201', floor: 2, areaM2: 10, hasKitchen: false, privateBathroom: false, windowBars: true, rentMonthly: 500 },
      ],
      letter: { signed: true, signedOn: today() },
      firstInspectionOn: today(),
    });
  }
  await page.getByRole('menuitem', { name: '导入导出' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /完整导出/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`出租房登记簿_${today()}_完整.xlsx`);
  const path = join(dir, 'export-full.xlsx');
  await download.saveAs(path);
  await expect(page.getByText('已导出 2 位房东、2 处房屋、4 个房间')).toBeVisible();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect((wb.getWorksheet('登记表')!.getRow(1).values as unknown[]).slice(1, HEADERS.length + 1)).toEqual(HEADERS);

  const before = await counts(page);
  await upload(page, path);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('共 4 行：可导入 0 行，重复 4 行（不会重复导入），有错误 0 行');
  await expect(page.getByTestId('import-rows')).toContainText('该房间已在登记簿中，不会重复导入');
  await expect(page.getByRole('button', { name: '只导入无误的 0 行' })).toBeDisabled();
  await page.getByRole('button', { name: '不导入，放弃' }).click();
  await expect(page.getByTestId('import-banner')).toContainText('本次没有导入任何数据');
  expect(await counts(page)).toEqual(before);
});

test('a file with good and bad rows: reported row by row, then nothing imported, then the valid rows', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  const other = residentId('331004', '19800808', 52);
  const path = await saveBase64(
    'mixed.xlsx',
    await sheetFile([
      sheetRow(),
      sheetRow({ roomLabel: '102', area: 20 }),
      sheetRow({ roomLabel: '103', mobile: '1380576123' }),
      sheetRow({ roomLabel: '104', area: 0.5 }),
      sheetRow({ roomLabel: '101' }),
      sheetRow({ idNumber: other, landlordName: '王五', road: '新桥路', houseNumber: '7' }),
      sheetRow({ idNumber: other, landlordName: '王六', road: '新桥路', houseNumber: '7', roomLabel: '102' }),
    ]),
  );
  await page.getByRole('menuitem', { name: '导入导出' }).click();
  await upload(page, path);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('共 7 行：可导入 3 行，重复 1 行（不会重复导入），有错误 3 行');
  await expect(report).toContainText('导入后将新增 2 位房东、2 处房屋、3 个房间');
  const rows = page.getByTestId('import-rows');
  await expect(rows.locator('tr').filter({ hasText: '手机号码应为1开头的11位数字' })).toContainText('5');
  await expect(rows.locator('tr').filter({ hasText: '使用面积应在 1 到 500 平方米之间' })).toContainText('使用面积（平方米）');
  await expect(rows).toContainText('与第 3 行重复（同一房屋同一房间号），只导入一次');
  await expect(rows).toContainText('与第 8 行证件号码相同，但姓名不同');

  // The report as the same sheet with an error column.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载错误报告/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mixed_错误报告_.*\.xlsx$/);
  const reportPath = join(dir, 'report.xlsx');
  await download.saveAs(reportPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(reportPath);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).getCell(HEADERS.length + 1).value).toBe('错误说明');
  expect(String(ws.getRow(5).getCell(HEADERS.length + 1).value)).toContain('手机号码：手机号码应为1开头的11位数字');

  // Way one: nothing.
  await page.getByRole('button', { name: '不导入，放弃' }).click();
  await expect(page.getByTestId('import-banner')).toContainText('本次没有导入任何数据');
  expect(await counts(page)).toEqual([0, 0, 0]);

  // Way two: the valid rows, in one transaction.
  await upload(page, path);
  await page.getByRole('button', { name: '只导入无误的 3 行' }).click();
  await expect(page.getByTestId('import-banner')).toContainText('已导入：新增 2 位房东、2 处房屋、3 个房间；跳过重复 1 行、错误 3 行');
  expect(await counts(page)).toEqual([2, 2, 3]);
});

test('what is not a register sheet is refused with a clear word, and a large file shows progress', async ({ page, host }) => {
  test.setTimeout(120_000);
  await setUpDesk(page, host);
  await logIn(page);
  await page.getByRole('menuitem', { name: '导入导出' }).click();
  const garbage = join(dir, '房东名单.xlsx');
  writeFileSync(garbage, '姓名,证件号码\n陈建国,331004197003120000\n');
  await upload(page, garbage);
  await expect(page.getByTestId('import-banner')).toContainText('这不是 Excel 表格文件（.xlsx），请下载本系统的导入模板填写后再导入');
  await expect(page.getByTestId('import-report')).toHaveCount(0);

  const noColumns = await saveBase64('columns.xlsx', await sheetFile([sheetRow()], { headers: HEADERS.filter((h) => h !== '证件号码') }));
  await upload(page, noColumns);
  await expect(page.getByTestId('import-banner')).toContainText('表格缺少这些列：证件号码');
  expect(await counts(page)).toEqual([0, 0, 0]);

  // 6,000 rooms of 2,000 landlords: the page shows how far the check has got.
  const big = Array.from({ length: 6000 }, (_, i) => {
    const p = Math.floor(i / 3);
    return sheetRow({
      landlordName: `房东${p}`,
      idNumber: residentId(
        '331081',
        `1991${String((p % 12) + 1).padStart(2, '0')}${String((Math.floor(p / 12) % 28) + 1).padStart(2, '0')}`,
        Math.floor(p / 336) + 1,
      ),
      mobile: `137${String(10_000_000 + p).slice(-8)}`,
      road: `测试路${Math.floor(p / 500) + 1}弄`,
      houseNumber: `${(p % 500) + 1}号`,
      roomLabel: `${(i % 3) + 1}01`,
      roomFloor: (i % 3) + 1,
    });
  });
  await upload(page, await saveBase64('big.xlsx', await sheetFile(big)));
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-report')).toContainText('共 6000 行：可导入 6000 行', { timeout: 60_000 });
  await page.getByRole('button', { name: '只导入无误的 6000 行' }).click();
  await expect(page.getByTestId('import-banner')).toContainText('新增 2000 位房东、2000 处房屋、6000 个房间', { timeout: 60_000 });
});
