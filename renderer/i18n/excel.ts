import type { MessageTable } from '../../core/i18n/types';

/** The register as Excel, both ways. */
export const excelTexts = {
  'excel.nav': { zh: '导入导出', en: 'Import / export' },
  'excel.export.title': { zh: '导出登记簿', en: 'Export the register' },
  'excel.export.intro': {
    zh: '导出房东、房屋、房间为 Excel 表格（.xlsx）。“登记表”与导入模板格式相同。',
    en: 'Landlords, properties and rooms as an Excel workbook (.xlsx). Its 登记表 sheet has the import template’s columns.',
  },
  'excel.export.masked': { zh: '导出（隐藏证件号码和手机号码）', en: 'Export (ID numbers and mobiles masked)' },
  'excel.export.full': {
    zh: '完整导出（含完整证件号码、手机号码，将记入操作日志）',
    en: 'Full export (ID numbers and mobiles in full; logged)',
  },
  'excel.export.done': {
    zh: '已导出 {landlords} 位房东、{properties} 处房屋、{rooms} 个房间',
    en: 'Exported {landlords} landlords, {properties} properties, {rooms} rooms',
  },
  'excel.import.title': { zh: '从 Excel 导入', en: 'Import from Excel' },
  'excel.import.intro': {
    zh: '请先下载导入模板，按模板填写后上传。导入前会逐行检查并给出报告，由您决定是否导入。',
    en: 'Download the template, fill it in and upload it. Every row is checked first and you decide whether to import.',
  },
  'excel.import.template': { zh: '下载导入模板', en: 'Download the import template' },
  'excel.import.choose': { zh: '选择 Excel 文件（.xlsx）', en: 'Choose an Excel file (.xlsx)' },
  'excel.import.reading': { zh: '正在读取文件…', en: 'Reading the file…' },
  'excel.import.checking': { zh: '正在检查第 {done} / {total} 行…', en: 'Checking row {done} of {total}…' },
  'excel.import.writing': { zh: '正在导入…', en: 'Importing…' },
  'excel.import.reportTitle': { zh: '检查报告：{file}', en: 'Check report: {file}' },
  'excel.import.summary': {
    zh: '共 {total} 行：可导入 {new} 行，重复 {duplicate} 行（不会重复导入），有错误 {error} 行',
    en: '{total} rows: {new} can be imported, {duplicate} duplicates (not imported twice), {error} with errors',
  },
  'excel.import.wouldCreate': {
    zh: '导入后将新增 {landlords} 位房东、{properties} 处房屋、{rooms} 个房间',
    en: 'Importing adds {landlords} landlords, {properties} properties, {rooms} rooms',
  },
  'excel.import.row': { zh: '行号', en: 'Row' },
  'excel.import.status': { zh: '结果', en: 'Result' },
  'excel.import.statuses.new': { zh: '可导入', en: 'OK' },
  'excel.import.statuses.duplicate': { zh: '重复', en: 'Duplicate' },
  'excel.import.statuses.error': { zh: '错误', en: 'Error' },
  'excel.import.column': { zh: '列', en: 'Column' },
  'excel.import.problem': { zh: '问题', en: 'Problem' },
  'excel.import.truncated': {
    zh: '问题行较多，这里只列出前 {n} 行；完整内容请下载错误报告',
    en: 'Only the first {n} rows with problems are listed; download the error report for all',
  },
  'excel.import.downloadErrors': {
    zh: '下载错误报告（原表加“错误说明”列）',
    en: 'Download the error report (the sheet with an error column)',
  },
  'excel.import.importValid': { zh: '只导入无误的 {n} 行', en: 'Import the {n} valid rows only' },
  'excel.import.importNothing': { zh: '不导入，放弃', en: 'Import nothing' },
  'excel.import.nothingImported': { zh: '已放弃，本次没有导入任何数据', en: 'Cancelled: nothing was imported' },
  'excel.import.imported': {
    zh: '已导入：新增 {landlords} 位房东、{properties} 处房屋、{rooms} 个房间；跳过重复 {duplicate} 行、错误 {error} 行',
    en:
      'Imported {landlords} landlords, {properties} properties, {rooms} ' +
      'rooms; skipped {duplicate} duplicates and {error} rows with errors',
  },
  'excel.import.noneValid': { zh: '没有可以导入的行', en: 'No row can be imported' },
} satisfies MessageTable;
