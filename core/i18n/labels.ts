import type { LandlordIdType, LandlordKind } from '../schemas/landlord';
import type { BuildingType, EbikeArrangement, PropertyStatus } from '../schemas/property';
import type { FireStatus, RoomStatus } from '../schemas/statuses';
import type { Role } from '../roles';
import type { Relation, TenancyStatus } from '../schemas/tenancy';
import type { Severity } from '../rules/rule-set';
import type { MessageTable, Text } from './types';

/**
 * The words for the register's enumerations, each defined once and read by
 * every place that shows one: the screens (through i18next), the Excel sheet
 * (always its Chinese), the certificate, the receipt and the refusals (as a
 * nested message). Keys are `<enumeration>.<value>`.
 */
const fireStatus: Record<FireStatus, Text> = {
  uninspected: { zh: '未检查', en: 'Not inspected' },
  compliant: { zh: '合格', en: 'Compliant' },
  rectifying: { zh: '限期整改', en: 'Rectifying' },
  overdue: { zh: '逾期未改', en: 'Overdue' },
  expired: { zh: '已过期', en: 'Expired' },
  closed: { zh: '查封关停', en: 'Closed' },
};

const roomStatus: Record<RoomStatus, Text> = {
  vacant: { zh: '空置', en: 'Vacant' },
  reserved: { zh: '已预订', en: 'Reserved' },
  occupied: { zh: '已入住', en: 'Occupied' },
  unavailable: { zh: '暂停出租', en: 'Withdrawn from letting' },
};

const role: Record<Role, Text> = {
  clerk: { zh: '窗口人员', en: 'Clerk' },
  inspector: { zh: '检查员', en: 'Inspector' },
  supervisor: { zh: '站长', en: 'Supervisor' },
  admin: { zh: '管理员', en: 'Admin' },
};

const propertyStatus: Record<PropertyStatus, Text> = {
  active: { zh: '正常', en: 'Active' },
  closed: { zh: '查封关停', en: 'Closed' },
};

const landlordKind: Record<LandlordKind, Text> = {
  person: { zh: '个人', en: 'Person' },
  organisation: { zh: '单位', en: 'Organisation' },
};

const idType: Record<LandlordIdType, Text> = {
  resident_id: { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  hk_macau_permit: { zh: '港澳居民来往内地通行证', en: 'HK/Macau permit' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Taiwan permit' },
  foreign_permanent: { zh: '外国人永久居留身份证', en: 'Foreign permanent residence ID' },
  credit_code: { zh: '统一社会信用代码', en: 'Unified social credit code' },
};

const buildingType: Record<BuildingType, Text> = {
  self_built: { zh: '自建房', en: 'Self-built house' },
  apartment: { zh: '住宅小区', en: 'Apartment' },
  urban_village: { zh: '城中村', en: 'Urban village' },
  dormitory: { zh: '集体宿舍', en: 'Dormitory' },
  other: { zh: '其他', en: 'Other' },
};

const ebike: Record<EbikeArrangement, Text> = {
  none: { zh: '无集中停放充电点', en: 'No central point' },
  central_outdoor: { zh: '室外集中停放充电', en: 'Central point outdoors' },
  central_indoor_isolated: { zh: '室内集中停放充电（硬隔离）', en: 'Central point indoors, hard-isolated' },
  not_allowed: { zh: '不允许电动车进入', en: 'No e-bikes on the premises' },
};

const relation: Record<Relation, Text> = {
  spouse: { zh: '配偶', en: 'Spouse' },
  child: { zh: '子女', en: 'Child' },
  parent: { zh: '父母', en: 'Parent' },
  sibling: { zh: '兄弟姐妹', en: 'Sibling' },
  relative: { zh: '其他亲属', en: 'Other relative' },
  friend: { zh: '朋友', en: 'Friend' },
  colleague: { zh: '同事', en: 'Colleague' },
  other: { zh: '其他', en: 'Other' },
};

const tenancyStatus: Record<TenancyStatus, Text> = {
  reserved: { zh: '预订中', en: 'Reserved' },
  active: { zh: '在住', en: 'Living there' },
  ended: { zh: '已退房', en: 'Checked out' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

const severity: Record<Severity, Text> = {
  minor: { zh: '一般', en: 'Minor' },
  major: { zh: '较大', en: 'Major' },
  critical: { zh: '重大', en: 'Critical' },
};

const yesNo = { yes: { zh: '是', en: 'Yes' }, no: { zh: '否', en: 'No' } } satisfies Record<string, Text>;

export const LABELS = {
  fireStatus,
  roomStatus,
  role,
  propertyStatus,
  landlordKind,
  idType,
  buildingType,
  ebike,
  relation,
  tenancyStatus,
  severity,
  yesNo,
} as const;
export type LabelSet = keyof typeof LABELS;

/** The catalogue key of one value's label: `labelKey('fireStatus', 'overdue')` is 'fireStatus.overdue'. */
export const labelKey = <S extends LabelSet>(set: S, value: keyof (typeof LABELS)[S] & string): string => `${set}.${value}`;

/** A label's text in both languages. */
export const labelOf = <S extends LabelSet>(set: S, value: keyof (typeof LABELS)[S] & string): Text =>
  (LABELS[set] as Record<string, Text>)[value]!;

/** Every label as catalogue entries, joined into the one catalogue. */
export const labelMessages: MessageTable = Object.fromEntries(
  Object.entries(LABELS).flatMap(([set, values]) => Object.entries(values as Record<string, Text>).map(([v, t]) => [`${set}.${v}`, t])),
);
