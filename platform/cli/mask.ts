import { maskIdNumber, maskMobile } from '../../core/mask';

/** Personal data in an admin listing is masked, whatever field it sits in. */
export function mask(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  if (field === 'idNumber') return maskIdNumber(s);
  if (field === 'mobile') return maskMobile(s);
  return s;
}
