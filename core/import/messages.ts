import type { MessageTable } from '../i18n/types';

/** Why a spreadsheet or one of its rows was refused, in words a desk clerk can act on. */
export const importMessages = {
  'import.notSpreadsheet': {
    zh: '这不是 Excel 表格文件（.xlsx），请下载本系统的导入模板填写后再导入',
    en: 'This is not an Excel workbook (.xlsx); download the import template, fill it in and import that',
  },
  'import.oldXls': {
    zh: '这是旧版 Excel 文件（.xls），请在 Excel 中“另存为” .xlsx 格式后再导入',
    en: 'This is an old Excel file (.xls); save it as .xlsx in Excel and import that',
  },
  'import.unreadable': {
    zh: '表格文件已损坏或无法读取，请在 Excel 中打开、另存后再试',
    en: 'The workbook is damaged or cannot be read; open it in Excel, save it again and retry',
  },
  'import.empty': {
    zh: '表格中没有要导入的数据（请从第 3 行起每行填写一个房间）',
    en: 'The sheet has no rows to import (fill in one room per row from row 3)',
  },
  'import.missingColumns': {
    zh: '表格缺少这些列：{columns}。请使用本系统的导入模板，不要删除或改名表头',
    en: 'The sheet lacks these columns: {columns}. Use the import template and keep its headers',
  },
  'import.formulas': {
    zh: '表格中有公式（如 {cells}），请把这些单元格复制后“选择性粘贴 → 数值”再导入',
    en: 'The sheet contains formulas (e.g. {cells}); copy those cells and paste them as values, then import',
  },
  'import.mergedCells': {
    zh: '表格中有合并单元格（{ranges}），请取消合并，并在每一行都填写完整后再导入',
    en: 'The sheet has merged cells ({ranges}); unmerge them and fill in every row in full, then import',
  },
  'import.tooManyRows': {
    zh: '表格有 {rows} 行数据，超过单次导入上限 {max} 行，请拆分成几个文件分批导入',
    en: 'The sheet has {rows} data rows, more than the {max} one import takes; split it into several files',
  },
  'import.fileTooLarge': {
    zh: '文件太大（超过 {max} MB），请拆分后分批导入',
    en: 'The file is larger than {max} MB; split it and import the parts',
  },
  'import.invalidRows': {
    zh: '有 {count} 行有错误；按“全部导入或不导入”的要求，本次没有导入任何数据',
    en: '{count} rows have errors; as all-or-nothing was chosen, nothing was imported',
  },

  'import.notNumber': { zh: '请填写数字', en: 'Enter a number' },
  'import.yesNo': { zh: '请填写“是”或“否”', en: 'Enter 是 (yes) or 否 (no)' },
  'import.notInList': { zh: '请从下拉列表中选择：{options}', en: 'Choose one of: {options}' },
  'import.idAsNumber': {
    zh: '证件号码被 Excel 存成了数字，后几位已经丢失；请把该列设为“文本”格式后重新填写',
    en: 'Excel stored the ID number as a number and lost its last digits; format the column as text and type it again',
  },
  'import.maskedId': {
    zh: '证件号码是隐藏过的（含 *），无法导入；请填写完整号码',
    en: 'The ID number is masked (contains *) and cannot be imported; enter the full number',
  },
  'import.maskedMobile': {
    zh: '手机号码是隐藏过的（含 *），无法导入；请填写完整号码',
    en: 'The mobile number is masked (contains *) and cannot be imported; enter the full number',
  },
  'import.regionUnknown': {
    zh: '没有找到“{name}”，请核对区县、街道、社区的名称',
    en: '“{name}” was not found; check the district, street and community names',
  },
  'import.landlordDiffersInFile': {
    zh: '与第 {row} 行证件号码相同，但姓名不同（第 {row} 行为“{name}”）',
    en: 'Same ID number as row {row}, but a different name (row {row} has “{name}”)',
  },
  'import.addressOtherLandlordInFile': {
    zh: '该地址在第 {row} 行登记在另一位房东名下',
    en: 'Row {row} registers this address under another landlord',
  },
  'import.propertyDiffersInFile': {
    zh: '与第 {row} 行是同一处房屋，但此项不同（第 {row} 行为“{value}”）',
    en: 'The same property as row {row}, but this differs (row {row} has “{value}”)',
  },
  'import.duplicateRoomInFile': {
    zh: '与第 {row} 行重复（同一房屋同一房间号），只导入一次',
    en: 'Repeats row {row} (same property, same room); imported once',
  },
  'import.landlordNameDiffers': {
    zh: '该证件号码已登记为房东“{name}”，与表中姓名不一致，请核对',
    en: 'This ID number is registered to landlord “{name}”, not the name in the sheet; please check',
  },
  'import.addressTaken': {
    zh: '该地址已登记在房东“{landlord}”名下（{address}），请核对',
    en: 'This address is registered under landlord “{landlord}” ({address}); please check',
  },
  'import.roomExists': {
    zh: '该房间已在登记簿中，不会重复导入',
    en: 'This room is already in the register; it is not imported again',
  },
  'import.floorAboveExisting': {
    zh: '楼层 {floor} 高于已登记房屋的总层数 {floors}',
    en: 'Floor {floor} is above the registered building’s {floors} floors',
  },
} satisfies MessageTable;
