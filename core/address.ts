import { regionFullName } from './regions';

/**
 * Addresses as clerks write them vary in width and spacing ("12号" vs "１２ 号").
 * The key folds those so the same door is found twice; the display form keeps
 * what the clerk typed after the region's full name.
 */
export function addressKey(regionCode: string, detail: string): string {
  return `${regionCode}|${normaliseDetail(detail)}`;
}

export function normaliseDetail(detail: string): string {
  return detail
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[-－—–]/g, '-')
    .replace(/(?<=\d)(号楼|幢|栋)/g, '幢')
    .replace(/(?<=\d)(室|房)$/g, '')
    .toUpperCase();
}

export function formatAddress(regionCode: string, detail: string): string {
  return `${regionFullName(regionCode) ?? regionCode}${detail}`;
}

/**
 * A house number typed as bare digits ("12", "12-3") gets its 号, so the
 * address reads as clerks write it and "12" and "12号" are the same door.
 */
export function normaliseHouseNumber(houseNumber: string): string {
  const n = houseNumber.normalize('NFKC').replace(/\s+/g, '');
  return /^\d+(?:-\d+)?$/.test(n) ? `${n}号` : houseNumber.trim();
}

/**
 * The part of the address after the region, as stored and shown: road, house
 * number, then the rest (building, unit, room). Older records and imports may
 * hold the whole of it in `rest` alone.
 */
export function composeDetail(
  road: string | null | undefined,
  houseNumber: string | null | undefined,
  rest: string | null | undefined,
): string {
  return [road, houseNumber, rest].filter((p): p is string => !!p).join('');
}

/** The rest of a stored detail once its road and house number are taken off, for the edit form. */
export function restOfDetail(road: string | null, houseNumber: string | null, detail: string): string {
  const prefix = (road ?? '') + (houseNumber ?? '');
  return prefix && detail.startsWith(prefix) ? detail.slice(prefix.length) : detail;
}
