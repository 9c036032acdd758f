// Types only: this table is data the tests' sheet builders use too, without loading the region tables.
import type { LandlordIdType, LandlordKind } from '../schemas/landlord';
import type { BUILDING_TYPES, EbikeArrangement } from '../schemas/property';

/**
 * The words the register sheet uses for enumerations. The sheet is Chinese
 * whatever the UI language (it goes to and comes from Chinese offices), so
 * these are data of the sheet, not UI texts.
 */
export const KIND_LABELS: Record<LandlordKind, string> = { person: '个人', organisation: '单位' };

export const ID_TYPE_LABELS: Record<LandlordIdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent: '外国人永久居留身份证',
  credit_code: '统一社会信用代码',
};

export const BUILDING_TYPE_LABELS: Record<(typeof BUILDING_TYPES)[number], string> = {
  self_built: '自建房',
  apartment: '住宅小区',
  urban_village: '城中村',
  dormitory: '集体宿舍',
  other: '其他',
};

export const EBIKE_LABELS: Record<EbikeArrangement, string> = {
  none: '无集中停放充电点',
  central_outdoor: '室外集中停放充电',
  central_indoor_isolated: '室内集中停放充电（硬隔离）',
  not_allowed: '不允许电动车进入',
};

export const YES = '是';
export const NO = '否';

/** label -> value, also accepting the value itself (a sheet written by a script). */
export function labelLookup<V extends string>(labels: Record<V, string>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [value, label] of Object.entries(labels) as [V, string][]) {
    m.set(label, value);
    m.set(value, value);
  }
  return m;
}

/** Statuses as the exported sheet shows them (read-only columns the import ignores). */
export const ROOM_STATUS_LABELS: Record<string, string> = {
  vacant: '空置',
  reserved: '已预订',
  occupied: '已入住',
  unavailable: '不可出租',
};
export const FIRE_STATUS_LABELS: Record<string, string> = {
  uninspected: '未检查',
  compliant: '合格',
  rectifying: '限期整改',
  overdue: '逾期未改',
  expired: '已过期',
  closed: '查封关停',
};
export const PROPERTY_STATUS_LABELS: Record<string, string> = { active: '正常', closed: '查封关停' };
