/**
 * The names of the files the desk hands out. They are Chinese whatever the UI
 * language: the register sheet goes to and comes from Chinese offices.
 */
export const registerExportName = (today: string, full: boolean) => `出租房登记簿_${today}${full ? '_完整' : ''}.xlsx`;

export const TEMPLATE_NAME = '出租房登记簿导入模板.xlsx';

/** The uploaded file's name with the report's mark and date. */
export const errorReportName = (uploaded: string, today: string) => `${uploaded.replace(/\.xlsx$/i, '')}_错误报告_${today}.xlsx`;
