import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { preflight } from './preflight';
import { readRegisterSheet } from './read-sheet';
import { columnLetter, decodeText, parseSharedStrings, sheetRows } from './sheet-xml';
import { COLUMNS } from '../../core/import/columns';

const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1"/><sheetData>${rows}</sheetData><mergeCells count="0"/></worksheet>`;

describe('the sheet reader', () => {
  it('reads shared, inline, rich and formula strings, numbers, booleans and errors', () => {
    const shared = parseSharedStrings(
      '<sst><si><t>陈建国</t></si><si><r><rPr><b/></rPr><t>浮排</t></r><r><t xml:space="preserve">村 ' +
        '东路</t></r><rPh sb="0" eb="2"><t>fupai</t></rPh></si><si><t/></si></sst>',
    );
    expect(shared).toEqual(['陈建国', '浮排村 东路', '']);
    const rows = [
      ...sheetRows(
        sheet(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
            '<row r="3" spans="1:5"><c r="A3" t="inlineStr"><is><t>A&amp;B ' +
            '&lt;1&gt; &#x4E2D;_x000D_</t></is></c><c r="B3"><v>14.5</v></c>' +
            '<c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3" ' +
            't="str"><f>A1&amp;""</f><v>陈建国</v></c><c r="F3" s="2"/></row>',
        ),
        shared,
      ),
    ];
    expect(rows.map((r) => r.number)).toEqual([1, 3]);
    expect(rows[0]!.values).toEqual(['陈建国', null, '浮排村 东路']);
    expect(rows[1]!.values).toEqual(['A&B <1> 中\r', 14.5, true, '#N/A', '陈建国', null]);
    expect(rows[1]!.formulas).toEqual(['E3']);
  });

  it('reads rows and cells without r attributes, and namespace prefixes', () => {
    const rows = [
      ...sheetRows(
        sheet(
          '<x:row><x:c t="inlineStr"><x:is><x:t>一</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row>',
        )
          .replaceAll('<sheetData>', '<x:sheetData>')
          .replaceAll('</sheetData>', '</x:sheetData>'),
        [],
      ),
    ];
    expect(rows.map((r) => [r.number, r.values])).toEqual([
      [1, ['一', 2]],
      [2, [3]],
    ]);
  });

  it('keeps Chinese whole across any length (exceljs streaming split it at chunk edges)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记表');
    ws.addRow(COLUMNS.map((c) => c.header));
    for (let i = 0; i < 3000; i++) ws.addRow(['个人', `路桥区浮排村东路房东${i}`]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    // The rows lack most cells: the reader hands them over as they are (the checks come later), all text intact.
    const read = await readRegisterSheet(await preflight(buf));
    expect(read.rows).toHaveLength(3000);
    expect(read.rows.every((r, i) => r.cells.landlordName === `路桥区浮排村东路房东${i}`)).toBe(true);
  });

  it('decodes entities and names columns', () => {
    expect(decodeText('&quot;&apos;&#20013;_x0009_')).toBe(`"'中\t`);
    expect([1, 26, 27, 28, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'AAA']);
  });
});
