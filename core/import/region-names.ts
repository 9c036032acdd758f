import { regionChildren, regionLevel, regionPath } from '../regions';
import type { RegionOption } from '../regions';

/**
 * Region names as people write them in a sheet: "浮排社区" for the data's
 * "浮排居委会", "峰江" for "峰江街道". An exact name wins; otherwise the one
 * child whose name has the same stem. A 9- or 12-digit code is taken as is.
 */
const SUFFIXES = /(社区居民委员会|居民委员会|村民委员会|社区居委会|居委会|村委会|社区|街道办事处|街道|办事处|镇|乡|村|区|县|市)$/;

const stem = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').replace(SUFFIXES, '');

function childNamed(parent: string, name: string): RegionOption | null {
  const children = regionChildren(parent);
  const clean = name.normalize('NFKC').replace(/\s+/g, '');
  const exact = children.find((c) => c.name === clean);
  if (exact) return exact;
  const s = stem(clean);
  if (!s) return null;
  const same = children.filter((c) => stem(c.name) === s);
  return same.length === 1 ? same[0]! : null;
}

export type RegionResolution =
  { ok: true; code: string } | { ok: false; level: 'district' | 'street' | 'community'; key: string; params?: Record<string, string> };

/** `city` is the desk's 4-digit city code: imports register properties of the desk's city. */
export function resolveRegionNames(city: string, district: string, street: string, community: string): RegionResolution {
  const code = /^\d{9}(\d{3})?$/.test(community || street) ? community || street : null;
  if (code) {
    const level = regionLevel(code);
    return level === 'street' || level === 'community'
      ? { ok: true, code }
      : { ok: false, level: community ? 'community' : 'street', key: 'import.regionUnknown', params: { name: code } };
  }
  if (!district) return { ok: false, level: 'district', key: 'field.required' };
  if (!street) return { ok: false, level: 'street', key: 'field.required' };
  const d = childNamed(city, district);
  if (!d) return { ok: false, level: 'district', key: 'import.regionUnknown', params: { name: district } };
  const s = childNamed(d.code, street);
  if (!s) return { ok: false, level: 'street', key: 'import.regionUnknown', params: { name: street } };
  if (!community) return { ok: true, code: s.code };
  const c = childNamed(s.code, community);
  if (!c) return { ok: false, level: 'community', key: 'import.regionUnknown', params: { name: community } };
  return { ok: true, code: c.code };
}

/** The names the sheet shows for a property's region: district, street, community. */
export function regionNames(code: string): { district: string; street: string; community: string } {
  const path = regionPath(code);
  const at = (len: number) => path.find((p) => p.code.length === len)?.name ?? '';
  return { district: at(6), street: at(9), community: at(12) };
}
