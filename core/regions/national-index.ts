import national from './data/national.json';
import { lazy } from './lazy';

/** The shape written by scripts/generate-regions.mjs. */
interface NationalData {
  provinces: readonly (readonly string[])[];
  cities: readonly (readonly string[])[];
  areas: readonly (readonly string[])[];
}

export interface Origin {
  code: string;
  /** As published, so a placeholder city keeps its name 市辖区 / 县 / 省直辖县级行政区划. */
  name: string;
  parent: string | null;
  children: string[];
  /** What a clerk reads: '安徽省亳州市谯城区', '北京市东城区', '湖北省仙桃市'. */
  fullName: string;
  /** Without 省/市/自治区 endings, so that '安徽亳州' also finds 亳州. */
  shortName: string;
}

export interface NationalIndex {
  byCode: ReadonlyMap<string, Origin>;
  provinces: readonly string[];
}

/**
 * Cities that only group a municipality's districts or a province's directly
 * administered counties (北京市 市辖区, 重庆市 县, 湖北省 省直辖县级行政区划):
 * nobody says they come from "市辖区", so these names are left out of full names.
 */
export function isPlaceholderName(name: string): boolean {
  return name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
}

const PROVINCE_ENDINGS = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市'];

function shortProvinceName(name: string): string {
  const ending = PROVINCE_ENDINGS.find((e) => name.endsWith(e) && name.length > e.length);
  return ending === undefined ? name : name.slice(0, -ending.length);
}

function shortCityName(name: string): string {
  return name.endsWith('市') && name.length > 2 ? name.slice(0, -1) : name;
}

/** Appends `name` unless it is a placeholder or repeats the level above (广东省东莞市 东莞市). */
function appendName(prefix: string, last: string, name: string): string {
  return isPlaceholderName(name) || name === last ? prefix : prefix + name;
}

function buildIndex(data: NationalData): NationalIndex {
  const byCode = new Map<string, Origin>();
  const add = (code: string, name: string, parentCode: string | null, fullName: string, shortName: string): void => {
    byCode.set(code, { code, name, parent: parentCode, children: [], fullName, shortName });
    if (parentCode !== null) byCode.get(parentCode)?.children.push(code);
  };
  const displayedName = new Map<string, string>();
  for (const [code = '', name = ''] of data.provinces) {
    add(code, name, null, name, shortProvinceName(name));
    displayedName.set(code, name);
  }
  for (const [code = '', name = ''] of data.cities) {
    const province = byCode.get(code.slice(0, 2));
    const provinceName = province?.name ?? '';
    add(
      code,
      name,
      province ? province.code : null,
      appendName(province?.fullName ?? '', provinceName, name),
      appendName(province?.shortName ?? '', provinceName, shortCityName(name)),
    );
    displayedName.set(code, isPlaceholderName(name) ? provinceName : name);
  }
  for (const [code = '', name = ''] of data.areas) {
    const city = byCode.get(code.slice(0, 4));
    const above = displayedName.get(code.slice(0, 4)) ?? '';
    add(code, name, city ? city.code : null, appendName(city?.fullName ?? '', above, name), appendName(city?.shortName ?? '', above, name));
  }
  return { byCode, provinces: data.provinces.map(([code = '']) => code) };
}

export const nationalIndex = lazy(() => buildIndex(national));
