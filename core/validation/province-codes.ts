/**
 * First two digits of a real GB/T 2260 province-level code, as they open a
 * resident ID number or an administrative division code. 83 is not a province
 * but is the address code on residence permits of Taiwan residents (台湾居民居住证),
 * whose numbers otherwise follow GB 11643 (81 and 82 serve Hong Kong and Macau).
 */
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
]);

export function isProvincePrefix(twoDigits: string): boolean {
  return PROVINCE_PREFIXES.has(twoDigits);
}
