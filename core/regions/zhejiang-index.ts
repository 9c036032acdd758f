import zhejiang from './data/zhejiang.json';
import { lazy } from './lazy';
import type { RegionLevel } from './types';

/** The shape written by scripts/generate-regions.mjs. */
interface ZhejiangData {
  cities: readonly (readonly string[])[];
  areas: readonly (readonly string[])[];
  /** [parentCode, "<3-digit suffix><name>", ...] */
  streets: readonly (readonly string[])[];
  villages: readonly (readonly string[])[];
}

export interface ZhejiangRegion {
  code: string;
  name: string;
  level: RegionLevel;
  /** null for a city: the province is implied, every desk is in Zhejiang. */
  parent: string | null;
  children: string[];
}

export interface ZhejiangIndex {
  byCode: ReadonlyMap<string, ZhejiangRegion>;
  cities: readonly string[];
}

// Must match NAME_ENDINGS in scripts/generate-regions.mjs.
const NAME_ENDINGS: Readonly<Record<string, string>> = { '*': '村委会', '#': '居委会' };
const SUFFIX_LENGTH = 3;

function expandName(stored: string): string {
  const ending = NAME_ENDINGS[stored.slice(-1)];
  return ending === undefined ? stored : stored.slice(0, -1) + ending;
}

function buildIndex(data: ZhejiangData): ZhejiangIndex {
  const byCode = new Map<string, ZhejiangRegion>();
  const add = (code: string, name: string, level: RegionLevel, parent: string | null): void => {
    byCode.set(code, { code, name, level, parent, children: [] });
    if (parent !== null) byCode.get(parent)?.children.push(code);
  };
  for (const [code = '', name = ''] of data.cities) add(code, name, 'city', null);
  for (const [code = '', name = ''] of data.areas) add(code, name, 'district', code.slice(0, 4));
  const addGrouped = (groups: ZhejiangData['streets'], level: RegionLevel): void => {
    for (const [parent = '', ...entries] of groups) {
      for (const entry of entries) {
        add(parent + entry.slice(0, SUFFIX_LENGTH), expandName(entry.slice(SUFFIX_LENGTH)), level, parent);
      }
    }
  };
  addGrouped(data.streets, 'street');
  addGrouped(data.villages, 'community');
  return { byCode, cities: data.cities.map(([code = '']) => code) };
}

export const zhejiangIndex = lazy(() => buildIndex(zhejiang));
