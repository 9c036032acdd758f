import { COLUMNS, FIRST_DATA_ROW, MAX_IMPORT_ROWS } from '../../core/import/columns';
import { regionChildren } from '../../core/regions';
import { addRegisterSheet, putRow, writeWorkbook } from './write-sheet';

/**
 * The import template: the register sheet with its headers, the row that
 * explains each column, drop-down lists (districts of the desk's city
 * included), and a sheet of instructions.
 */
export async function importTemplate(deskCity: string): Promise<Buffer> {
  const districts = regionChildren(deskCity).map((d) => d.name);
  return writeWorkbook((wb) => {
    addRegisterSheet(wb, '登记表', { districts }).commit();
    const help = wb.addWorksheet('填写说明');
    help.columns = [{ key: 'text', width: 100 }];
    const lines = [
      '出租房登记簿导入模板：填写说明',
      `1. 在“登记表”中从第 ${FIRST_DATA_ROW} 行起，每行填写一个房间；同一房东、同一房屋的多个房间，房东和房屋信息在每行重复填写。`,
      '2. 红色表头为必填列。第 2 行是每列的填写说明，导入时会跳过，可以保留。',
      '3. 带下拉箭头的列请从列表中选择；“是/否”列不填按“否”处理。',
      '4. 证件号码、手机号码、门牌号、房间号等列已设为文本格式，请勿改成数字格式（否则18位号码的后几位会丢失）。',
      '5. 不要使用公式和合并单元格；不要删除或改名表头。',
      `6. 单个文件最多 ${MAX_IMPORT_ROWS} 行，数据更多时请分成几个文件。`,
      '7. 导入前系统会逐行检查并给出报告：可以只导入无误的行，也可以不导入；已登记过的房东、房屋、房间不会重复导入。',
      `8. 共 ${COLUMNS.length} 列：${COLUMNS.map((c) => c.header).join('、')}。`,
    ];
    lines.forEach((text, i) => putRow(help, [text], i === 0 ? (row) => (row.font = { bold: true, size: 14 }) : undefined));
    help.commit();
  });
}
