import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chinaDate } from '../../core/dates';
import { COLUMNS } from '../../core/import/columns';
import { readyDesk } from '../support/desk';
import { residentId } from '../support/people';
import { bigSheetFile, HEADERS, readBase64, sheetFile, sheetRow } from '../support/sheets';
import { callerWithRole, registerCounts, walkIn } from '../support/walk-in';
import { zh } from '../support/rooms';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
let today: string;
beforeEach(async () => {
  d = await readyDesk();
  today = chinaDate(d.clock.now());
});
afterEach(() => d.close());

const file = (base64: string, fileName = '登记簿.xlsx') => ({ fileName, base64 });
const other = residentId('331004', '19800808', 52);

/** Rows 3.. of a sheet mixing good rows with each kind of mistake. */
function mixedRows() {
  return [
    sheetRow(), // 3 good
    sheetRow({ roomLabel: '102', area: 20 }), // 4 good, same landlord and property
    sheetRow({ roomLabel: '103', mobile: '1380576123' }), // 5 bad mobile
    sheetRow({ roomLabel: '104', area: 0.5 }), // 6 area out of range
    sheetRow({ roomLabel: '105', street: '不存在街道' }), // 7 unknown street
    sheetRow({ roomLabel: '101' }), // 8 same room as row 3
    sheetRow({ idNumber: other, landlordName: '王五', road: '新桥路', houseNumber: '7' }), // 9 good, second landlord
    sheetRow({ idNumber: other, landlordName: '王六', road: '新桥路', houseNumber: '7', roomLabel: '102' }), // 10 same ID, other name
    sheetRow({ idNumber: 331004197003120000, roomLabel: '106' }), // 11 ID typed as a number
    sheetRow({ idNumber: '331004********1234', roomLabel: '107' }), // 12 masked ID
    sheetRow({ roomLabel: '108', kitchen: '也许' }), // 13 not yes/no
    sheetRow({ roomLabel: '109', roomFloor: 5 }), // 14 above the building
  ];
}

describe('imports', () => {
  it('offers a template with Chinese headers, an explanation row and drop-down lists', async () => {
    const t = await d.admin.call('imports.template', {});
    expect(t.fileName).toBe('出租房登记簿导入模板.xlsx');
    const wb = await readBase64(t.base64);
    const ws = wb.getWorksheet('登记表')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(ws.getCell('D2').value).toBe('必填；身份证18位，末位可为X');
    const lists = Object.entries(
      (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model,
    );
    const kinds = lists.find(([, v]) => v.formulae[0] === '"个人,单位"');
    expect(kinds).toBeDefined();
    expect(lists.find(([, v]) => v.formulae[0]!.includes('路桥区'))).toBeDefined();
    expect(lists.find(([, v]) => v.formulae[0]!.includes('自建房'))).toBeDefined();
    expect(wb.getWorksheet('填写说明')).toBeDefined();
    // The empty template itself imports nothing, with a clear word.
    const r = await d.admin.refused('imports.check', file(t.base64));
    expect(r.error.message).toContain('没有要导入的数据');
  });

  it('reports every row, then imports the valid rows in one transaction, never twice', async () => {
    const base64 = await sheetFile(mixedRows());
    const before = registerCounts(d);
    const report = await d.admin.call('imports.check', { ...file(base64), jobId: 'job-mixed-1' });
    expect(registerCounts(d)).toEqual(before);
    expect(report.totalRows).toBe(12);
    expect(report.rowCounts).toEqual({ new: 3, duplicate: 1, error: 8 });
    expect(report.wouldCreate).toEqual({ landlords: 2, properties: 2, rooms: 3 });
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    const problem = (row: number) =>
      byRow
        .get(row)!
        .problems.map((p) => `${p.column}：${zh(p.message)}`)
        .join(' | ');
    expect(problem(5)).toContain('手机号码：手机号码应为1开头的11位数字');
    expect(problem(6)).toContain('使用面积（平方米）：使用面积应在 1 到 500 平方米之间');
    expect(problem(7)).toContain('街道（乡镇）：没有找到“不存在街道”');
    expect(byRow.get(8)).toMatchObject({ status: 'duplicate' });
    expect(problem(8)).toContain('与第 3 行重复');
    expect(problem(10)).toContain('与第 9 行证件号码相同，但姓名不同');
    expect(problem(11)).toContain('存成了数字');
    expect(problem(12)).toContain('隐藏过的');
    expect(problem(13)).toContain('厨房：请填写“是”或“否”');
    expect(problem(14)).toContain('所在楼层：房间所在楼层 5 高于房屋总层数 3');
    expect(await d.admin.call('imports.progress', { jobId: 'job-mixed-1' })).toEqual({ stage: 'done', done: 12, total: 12 });

    // All or nothing: refused, nothing changed.
    const all = await d.admin.refused('imports.commit', { ...file(base64), mode: 'allOrNothing' });
    expect(all.status).toBe(422);
    expect(all.error.message).toContain('有 8 行有错误');
    expect(registerCounts(d)).toEqual(before);

    // The valid rows: two landlords, two properties, three rooms.
    const done = await d.admin.call('imports.commit', { ...file(base64), mode: 'validRows' });
    expect(done).toEqual({ created: { landlords: 2, properties: 2, rooms: 3 }, skipped: { duplicate: 1, error: 8 } });
    const after = registerCounts(d);
    expect([after.landlords, after.properties, after.rooms]).toEqual([2, 2, 3]);
    const chen = await d.admin.call('search.query', { q: '陈建国' });
    expect(chen.landlords[0]).toMatchObject({ propertyCount: 1 });
    const chenProperty = (await d.admin.call('properties.list', { landlordId: chen.landlords[0]!.id })).properties[0]!;
    const rooms = await d.admin.call('properties.get', { id: chenProperty.id });
    expect(rooms.rooms.map((r) => [r.label, r.maxOccupants])).toEqual([
      ['101', 2],
      ['102', 2],
    ]);
    expect(rooms).toMatchObject({ ebikeArrangement: 'central_outdoor', grid: '网格3', road: '浮排村东路', houseNumber: '12号' });
    expect(rooms.landlord).toMatchObject({ letterSigned: true, letterSignedOn: '2026-01-05' });

    // The same file again: what it holds is registered now, so nothing is created.
    const again = await d.admin.call('imports.commit', { ...file(base64), mode: 'validRows' });
    expect(again.created).toEqual({ landlords: 0, properties: 0, rooms: 0 });
    expect(again.skipped.duplicate).toBe(4);
    const counts = registerCounts(d);
    expect([counts.landlords, counts.properties, counts.rooms]).toEqual([2, 2, 3]);
  });

  it('checks rows against the register: a known ID must carry its name, a known address its landlord', async () => {
    const w = await d.admin.call('walkIns.register', walkIn(today));
    const mine = { idNumber: w.landlord.idNumber, landlordName: '陈建国', road: '浮排村东路', houseNumber: w.property.houseNumber };
    const base64 = await sheetFile([sheetRow({ ...mine, roomLabel: '101' }), sheetRow({ ...mine, roomLabel: '302', roomFloor: 3 })]);
    const report = await d.admin.call('imports.check', file(base64));
    expect(report.rows).toEqual([
      { row: 3, status: 'duplicate', problems: [{ column: '房间号', message: { key: 'import.roomExists' }, severity: 'warning' }] },
    ]);
    expect(report.wouldCreate).toEqual({ landlords: 0, properties: 0, rooms: 1 });
    const only = async (overrides: Parameters<typeof sheetRow>[0]) =>
      zh((await d.admin.call('imports.check', file(await sheetFile([sheetRow(overrides)])))).rows[0]!.problems[0]!.message);
    expect(await only({ ...mine, landlordName: '陈某某', road: '新桥路' })).toBe(
      '该证件号码已登记为房东“陈建国”，与表中姓名不一致，请核对',
    );
    expect(await only({ idNumber: other, landlordName: '王五', road: '浮排村东路', houseNumber: w.property.houseNumber })).toBe(
      `该地址已登记在房东“陈建国”名下（${w.property.address}），请核对`,
    );
    expect(await only({ ...mine, roomLabel: '401', roomFloor: 4, floors: 4 })).toBe('楼层 4 高于已登记房屋的总层数 3');
    const done = await d.admin.call('imports.commit', { ...file(base64), mode: 'validRows' });
    expect(done.created).toEqual({ landlords: 0, properties: 0, rooms: 1 });
    expect((await d.admin.call('properties.get', { id: w.property.id })).rooms.map((r) => r.label)).toEqual(['101', '201', '301', '302']);
  });

  it('hands back the same sheet with an error column', async () => {
    const base64 = await sheetFile(mixedRows());
    const out = await d.admin.call('imports.errorSheet', file(base64, '三月登记.xlsx'));
    expect(out.fileName).toMatch(/^三月登记_错误报告_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await readBase64(out.base64)).worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...HEADERS, '错误说明']);
    const errorColumn = HEADERS.length + 1;
    expect(ws.getRow(3).getCell(errorColumn).value ?? '').toBe('');
    expect(String(ws.getRow(5).getCell(errorColumn).value)).toContain('手机号码：手机号码应为1开头的11位数字');
    const mobileColumn = COLUMNS.findIndex((c) => c.key === 'mobile') + 1;
    expect(ws.getRow(5).getCell(mobileColumn).value).toBe('1380576123');
    expect((ws.getRow(5).getCell(mobileColumn).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
  });

  it('refuses what is not an importable sheet, with a clear word each, changing nothing', async () => {
    const before = registerCounts(d);
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
    const cases: [string, string][] = [
      [Buffer.from('name,id\n陈建国,1\n').toString('base64'), '这不是 Excel 表格文件'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]).toString('base64'), '旧版 Excel 文件（.xls）'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]).toString('base64'), '已损坏或无法读取'],
      [docx, '这不是 Excel 表格文件'],
      [await sheetFile([]), '没有要导入的数据'],
      [
        await sheetFile([sheetRow()], { headers: HEADERS.filter((h) => h !== '证件号码' && h !== '月租金（元）') }),
        '缺少这些列：证件号码、月租金（元）',
      ],
      [
        await sheetFile([sheetRow(), sheetRow({ roomLabel: '102' })], {
          edit: (ws) => (ws.getCell('X4').value = { formula: 'V3+1', result: 2 } as never),
        }),
        '有公式（如 X4）',
      ],
      [await sheetFile([sheetRow(), sheetRow({ roomLabel: '102' })], { edit: (ws) => ws.mergeCells('A3:A4') }), '合并单元格（A3:A4）'],
      [await bigSheetFile(20_001), '超过单次导入上限 20000 行'],
    ];
    for (const [base64, text] of cases) {
      for (const name of ['imports.check', 'imports.commit'] as const) {
        const r = await d.admin.refused(name, { ...file(base64), ...(name === 'imports.commit' ? { mode: 'validRows' } : {}) });
        expect(r.status, text).toBe(400);
        expect(r.error.message, text).toContain(text);
      }
    }
    const notBase64 = await d.admin.refused('imports.check', file('这不是base64!'));
    expect(notBase64.error.issues[0]!.path).toBe('base64');
    expect(registerCounts(d)).toEqual(before);
  });

  it('refuses a 100,000-row sheet before reading it in full', async () => {
    const base64 = await bigSheetFile(100_000);
    const t = Date.now();
    const r = await d.admin.refused('imports.check', file(base64));
    expect(r.error.message).toBe('表格有 100000 行数据，超过单次导入上限 20000 行，请拆分成几个文件分批导入');
    expect(Date.now() - t).toBeLessThan(5000);
  }, 60_000);

  it('reads headers with stray spaces and asterisks, columns in another order, and no explanation row', async () => {
    const order = [...COLUMNS.keys()].reverse();
    const row = sheetRow();
    const base64 = await sheetFile([order.map((i) => row[i]!)], {
      headers: order.map((i) => ` ${HEADERS[i]}${COLUMNS[i]!.required ? '*' : ''} `),
      notes: false,
    });
    const report = await d.admin.call('imports.check', file(base64));
    expect(report.rowCounts).toEqual({ new: 1, duplicate: 0, error: 0 });
  });
});

describe('exports', () => {
  it('masks numbers for a clerk, refuses a clerk the full export, and logs exports', async () => {
    await d.admin.call('walkIns.register', walkIn(today));
    const clerk = await callerWithRole(d, 'clerk');
    expect((await clerk.refused('exports.register', { full: true })).status).toBe(403);
    const masked = await clerk.call('exports.register', {});
    expect(masked).toMatchObject({ full: false, counts: { landlords: 1, properties: 1, rooms: 3 } });
    const wb = await readBase64(masked.base64);
    const ws = wb.getWorksheet('登记表')!;
    expect(String(ws.getCell('D3').value)).toMatch(/^331004\*{8}\d{3}[\dX]$/);
    expect(ws.getCell('E3').value).toBe('138****1234');
    expect(wb.getWorksheet('房东')!.rowCount).toBe(2);
    expect(wb.getWorksheet('房屋')!.rowCount).toBe(2);
    // A masked export cannot be imported back as if it were data.
    const back = await clerk.call('imports.check', file(masked.base64));
    expect(back.rowCounts.error).toBe(3);
    expect(back.rows[0]!.problems.map((p) => zh(p.message)).join()).toContain('隐藏过的');
    const audits = d.services.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'exports.register'").all() as { after: string }[];
    expect(audits.map((a) => JSON.parse(a.after))).toEqual([{ full: false, landlords: 1, properties: 1, rooms: 3 }]);
  });

  it('exports in full for the admin (logged), and that file imports back with no duplicates', async () => {
    const a = await d.admin.call('walkIns.register', walkIn(today));
    await d.admin.call(
      'walkIns.register',
      walkIn(today, { property: { ...walkIn(today).property, address: { regionCode: '331004006', detail: '腾达路88号3幢' } } }),
    );
    const full = await d.admin.call('exports.register', { full: true });
    expect(full.fileName).toBe(`出租房登记簿_${today}_完整.xlsx`);
    const ws = (await readBase64(full.base64)).getWorksheet('登记表')!;
    const ids = ws.getColumn(4).values.slice(3);
    expect(ids).toContain(a.landlord.idNumber);
    const audit = d.services.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'exports.register'").get() as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ full: true, rooms: 6 });

    const before = registerCounts(d);
    const report = await d.admin.call('imports.check', file(full.base64));
    expect(report.rowCounts).toEqual({ new: 0, duplicate: 6, error: 0 });
    const done = await d.admin.call('imports.commit', { ...file(full.base64), mode: 'validRows' });
    expect(done.created).toEqual({ landlords: 0, properties: 0, rooms: 0 });
    const after = registerCounts(d);
    expect([after.landlords, after.properties, after.rooms]).toEqual([before.landlords, before.properties, before.rooms]);
  });
});
