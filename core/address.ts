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
