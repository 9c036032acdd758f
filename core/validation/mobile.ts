import { compactInput } from './normalize';

export type MobileResult = { ok: true; value: string } | { ok: false };

const COUNTRY_PREFIX = /^(?:\+86|0086|86)(?=1\d{10}$)/;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** A mainland China mobile number, returned as its 11 digits whatever way it was written. */
export function parseMobile(raw: string): MobileResult {
  const value = compactInput(raw).replace(/-/g, '').replace(COUNTRY_PREFIX, '');
  return MAINLAND_MOBILE.test(value) ? { ok: true, value } : { ok: false };
}
