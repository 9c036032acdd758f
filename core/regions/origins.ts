import { isPlaceholderName, nationalIndex, type Origin } from './national-index';
import type { OriginMatch, RegionOption } from './types';

function find(code: string): Origin | undefined {
  return nationalIndex().byCode.get(code);
}

/** Any province, city or area code of China, including placeholder cities such as 1101 (北京市 市辖区). */
export function isKnownOrigin(code: string): boolean {
  return find(code) !== undefined;
}

/** e.g. '安徽省亳州市谯城区', '北京市东城区'; null when the code is unknown. */
export function originName(code: string): string | null {
  return find(code)?.fullName ?? null;
}

/**
 * What a picker should offer under `origin`: a placeholder city is replaced by
 * its areas (北京市 -> 东城区, 湖北省 -> 仙桃市), and a city whose only area
 * repeats its name (东莞市 -> 东莞市) offers nothing further.
 */
function pickerChildren(origin: Origin): Origin[] {
  const children = origin.children.map((code) => find(code)).filter((c): c is Origin => c !== undefined);
  const only = children[0];
  if (children.length === 1 && only !== undefined && only.name === origin.name) return [];
  return children.flatMap((child) => (isPlaceholderName(child.name) ? pickerChildren(child) : [child]));
}

/** Options for a province -> city -> area cascader; null gives the provinces. */
export function originChildren(code: string | null): RegionOption[] {
  let origins: Origin[];
  if (code === null) {
    origins = nationalIndex()
      .provinces.map((c) => find(c))
      .filter((c): c is Origin => c !== undefined);
  } else {
    const origin = find(code);
    origins = origin ? pickerChildren(origin) : [];
  }
  return origins.map((o) => ({ code: o.code, name: o.name, isLeaf: pickerChildren(o).length === 0 }));
}

function compactQuery(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Provinces, cities and areas whose full name contains `text` ('亳州' finds
 * 安徽省亳州市 and its districts); a name starting with the text ranks first,
 * then full-name matches, then matches of the short form ('安徽亳州').
 * Placeholder cities and repeated names are skipped: their full name is
 * already listed under a shorter code.
 */
export function searchOrigins(text: string, limit = 20): OriginMatch[] {
  const query = compactQuery(text);
  if (query === '' || limit <= 0) return [];
  const tiers: Origin[][] = [[], [], []];
  const seenFullNames = new Set<string>();
  // Map iteration follows insertion (provinces, cities, areas), so a full name is kept at its highest level.
  for (const origin of nationalIndex().byCode.values()) {
    if (seenFullNames.has(origin.fullName)) continue;
    seenFullNames.add(origin.fullName);
    const tier = origin.name.startsWith(query) ? 0 : origin.fullName.includes(query) ? 1 : origin.shortName.includes(query) ? 2 : -1;
    if (tier >= 0) tiers[tier]?.push(origin);
  }
  return tiers
    .flatMap((tier) => tier.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)))
    .slice(0, limit)
    .map((o) => ({ code: o.code, name: o.name, fullName: o.fullName }));
}
