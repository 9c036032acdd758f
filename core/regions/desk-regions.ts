import type { RegionLevel, RegionOption, RegionRef } from './types';
import { zhejiangIndex, type ZhejiangRegion } from './zhejiang-index';

function find(code: string): ZhejiangRegion | undefined {
  return zhejiangIndex().byCode.get(code);
}

function toOption(region: ZhejiangRegion): RegionOption {
  return { code: region.code, name: region.name, isLeaf: region.children.length === 0 };
}

/** The level of a known Zhejiang region code; null for anything unknown (including well-formed but retired codes). */
export function regionLevel(code: string): RegionLevel | null {
  return find(code)?.level ?? null;
}

/** A desk serves a street (街道/乡镇) or a community (社区/村); nothing coarser. */
export function isKnownDeskRegion(code: string): boolean {
  const level = regionLevel(code);
  return level === 'street' || level === 'community';
}

export function regionName(code: string): string | null {
  return find(code)?.name ?? null;
}

/** From the city down to `code`; empty when the code is unknown. */
export function regionPath(code: string): RegionRef[] {
  const path: RegionRef[] = [];
  for (let region = find(code); region; region = region.parent === null ? undefined : find(region.parent)) {
    path.unshift({ code: region.code, name: region.name });
  }
  return path;
}

/** e.g. '台州市路桥区峰江街道浮排居委会'; null when the code is unknown. */
export function regionFullName(code: string): string | null {
  const path = regionPath(code);
  return path.length === 0 ? null : path.map((step) => step.name).join('');
}

/** Options for the next column of a cascading picker: null gives the Zhejiang cities; unknown codes and communities give []. */
export function regionChildren(code: string | null): RegionOption[] {
  const codes = code === null ? zhejiangIndex().cities : (find(code)?.children ?? []);
  return codes
    .map((child) => find(child))
    .filter((r): r is ZhejiangRegion => r !== undefined)
    .map(toOption);
}

function ancestorAt(code: string, length: number): string | null {
  return code.length >= length && find(code) !== undefined ? code.slice(0, length) : null;
}

/** The 6-digit district (区县) of a known district, street or community code. */
export function districtOf(code: string): string | null {
  return ancestorAt(code, 6);
}

/** The 9-digit street (街道/乡镇) of a known street or community code. */
export function streetOf(code: string): string | null {
  return ancestorAt(code, 9);
}
