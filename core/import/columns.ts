import { BUILDING_TYPE_LABELS, EBIKE_LABELS, ID_TYPE_LABELS, KIND_LABELS, NO, YES } from './labels';

/**
 * The register sheet (登记表): one row per room, with its property and its
 * landlord repeated on each row, as desks keep their registers in Excel. The
 * import template, the export and the error report all use these columns, in
 * this order; a file is read by its header texts, so columns may be moved.
 */
export const COLUMN_KEYS = [
  'landlordKind',
  'landlordName',
  'idType',
  'idNumber',
  'mobile',
  'contactName',
  'landlordAddress',
  'letterSigned',
  'letterSignedOn',
  'district',
  'street',
  'community',
  'grid',
  'road',
  'houseNumber',
  'detail',
  'buildingType',
  'floors',
  'mixedUse',
  'ebike',
  'sandwichPanels',
  'roomLabel',
  'roomFloor',
  'area',
  'kitchen',
  'bathroom',
  'windowBars',
  'rent',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface SheetColumn {
  key: ColumnKey;
  /** The header (row 1). */
  header: string;
  /** What to write, in row 2 of the template. */
  note: string;
  required: boolean;
  width: number;
  /** Drop-down values (a data validation list in the template). */
  list?: readonly string[];
  /** Stored as text, so Excel keeps an 18-digit number's last digits and a leading zero. */
  asText?: boolean;
}

const yesNo = [YES, NO] as const;

export const COLUMNS: readonly SheetColumn[] = [
  { key: 'landlordKind', header: '房东类型', note: '个人或单位，不填为个人', required: false, width: 10, list: Object.values(KIND_LABELS) },
  { key: 'landlordName', header: '房东姓名或单位名称', note: '必填', required: true, width: 18 },
  {
    key: 'idType',
    header: '证件类型',
    note: '不填为居民身份证；单位填统一社会信用代码',
    required: false,
    width: 22,
    list: Object.values(ID_TYPE_LABELS),
  },
  { key: 'idNumber', header: '证件号码', note: '必填；身份证18位，末位可为X', required: true, width: 22, asText: true },
  { key: 'mobile', header: '手机号码', note: '必填；11位手机号', required: true, width: 15, asText: true },
  { key: 'contactName', header: '联系人', note: '单位房东必填', required: false, width: 10 },
  { key: 'landlordAddress', header: '房东联系地址', note: '选填', required: false, width: 24 },
  { key: 'letterSigned', header: '已签消防安全责任书', note: '是或否，不填为否', required: false, width: 12, list: yesNo },
  { key: 'letterSignedOn', header: '责任书签订日期', note: '已签时必填，如 2026-01-05', required: false, width: 14, asText: true },
  { key: 'district', header: '区县', note: '必填，如 路桥区', required: true, width: 10 },
  { key: 'street', header: '街道（乡镇）', note: '必填，如 峰江街道', required: true, width: 14 },
  { key: 'community', header: '社区（村）', note: '选填，如 浮排居委会', required: false, width: 14 },
  { key: 'grid', header: '网格', note: '选填', required: false, width: 10 },
  { key: 'road', header: '路（街、巷）', note: '与门牌号一起填写，如 浮排村东路', required: false, width: 16 },
  { key: 'houseNumber', header: '门牌号', note: '如 12号', required: false, width: 10, asText: true },
  { key: 'detail', header: '幢、单元等', note: '选填；未分开填写路和门牌号时，在此填写完整地址', required: false, width: 18 },
  {
    key: 'buildingType',
    header: '建筑类型',
    note: '必填，从列表中选择',
    required: true,
    width: 12,
    list: Object.values(BUILDING_TYPE_LABELS),
  },
  { key: 'floors', header: '总层数', note: '必填，整数', required: true, width: 8 },
  { key: 'mixedUse', header: '三合一（住宿与生产经营合用）', note: '是或否，不填为否', required: false, width: 14, list: yesNo },
  {
    key: 'ebike',
    header: '电动车停放充电',
    note: '从列表中选择，不填为无集中停放充电点',
    required: false,
    width: 22,
    list: Object.values(EBIKE_LABELS),
  },
  { key: 'sandwichPanels', header: '彩钢夹芯板', note: '是或否，不填为否', required: false, width: 10, list: yesNo },
  { key: 'roomLabel', header: '房间号', note: '必填，如 101', required: true, width: 10, asText: true },
  { key: 'roomFloor', header: '所在楼层', note: '必填，1 以上的整数', required: true, width: 10 },
  { key: 'area', header: '使用面积（平方米）', note: '必填，如 14.5', required: true, width: 12 },
  { key: 'kitchen', header: '厨房', note: '是或否，不填为否', required: false, width: 8, list: yesNo },
  { key: 'bathroom', header: '独立卫生间', note: '是或否，不填为否', required: false, width: 10, list: yesNo },
  { key: 'windowBars', header: '防盗窗', note: '是或否，不填为否', required: false, width: 8, list: yesNo },
  { key: 'rent', header: '月租金（元）', note: '必填，整数', required: true, width: 10 },
];

export const COLUMN_BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

export const SHEET_NAME = '登记表';
/** Data starts on row 3: row 1 holds the headers, row 2 explains each column. */
export const FIRST_DATA_ROW = 3;
/** More rows than this in one file are refused: split the file (10,000 import in seconds). */
export const MAX_IMPORT_ROWS = 20_000;
/** The column the error report adds after the sheet's own. */
export const ERROR_HEADER = '错误说明';

/** Headers are compared without spaces, asterisks and width differences ("证件号码*", "证件号码 "). */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}

const BY_HEADER = new Map(COLUMNS.map((c) => [headerKey(c.header), c.key]));

export function columnForHeader(text: string): ColumnKey | undefined {
  return BY_HEADER.get(headerKey(text));
}

export function headerOf(key: ColumnKey): string {
  return COLUMN_BY_KEY.get(key)!.header;
}
