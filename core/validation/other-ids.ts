import type { ValidationMessageKey } from './messages';
import { compactInput } from './normalize';
import { parseResidentId, type ResidentIdProblem } from './resident-id';

/** The identity documents a landlord or tenant may register with. */
export const ID_TYPES = ['resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'foreign_permanent'] as const;
export type IdType = (typeof ID_TYPES)[number];

export type IdNumberResult = { ok: true; value: string; birthDate?: string } | { ok: false; messageKey: ValidationMessageKey };

type FormatResult = { ok: true; value: string } | { ok: false };

// Only the format is checked: these documents carry no check character we could verify offline.
function matchFormat(raw: string, format: RegExp): FormatResult {
  const value = compactInput(raw).toUpperCase();
  return format.test(value) ? { ok: true, value } : { ok: false };
}

export function parsePassport(raw: string): FormatResult {
  return matchFormat(raw, /^[A-Z0-9]{5,17}$/);
}

/** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao), then 8 digits (10 on older cards). */
export function parseHkMacauPermit(raw: string): FormatResult {
  return matchFormat(raw, /^[HM]\d{8}(?:\d{2})?$/);
}

/** 台湾居民来往大陆通行证: 8 digits, 10 on older cards. */
export function parseTaiwanPermit(raw: string): FormatResult {
  return matchFormat(raw, /^\d{8}(?:\d{2})?$/);
}

/** 外国人永久居留身份证: 3 letters + 12 digits until 2023, then 18 characters starting with 9. */
export function parseForeignPermanentId(raw: string): FormatResult {
  return matchFormat(raw, /^(?:[A-Z]{3}\d{12}|9\d{16}[\dX])$/);
}

const RESIDENT_ID_MESSAGES: Readonly<Record<ResidentIdProblem, ValidationMessageKey>> = {
  length: 'idNumber.length',
  characters: 'idNumber.characters',
  province: 'idNumber.province',
  birthDate: 'idNumber.birthDate',
  futureBirthDate: 'idNumber.futureBirthDate',
  checksum: 'idNumber.checksum',
};

const FORMATS: Readonly<Record<Exclude<IdType, 'resident_id'>, [(raw: string) => FormatResult, ValidationMessageKey]>> = {
  passport: [parsePassport, 'idNumber.passport'],
  hk_macau_permit: [parseHkMacauPermit, 'idNumber.hkMacau'],
  taiwan_permit: [parseTaiwanPermit, 'idNumber.taiwan'],
  foreign_permanent: [parseForeignPermanentId, 'idNumber.foreignPermanent'],
};

/** Checks an ID number of any type; `today` ('YYYY-MM-DD') bounds a resident ID's birth date. */
export function parseIdNumber(idType: IdType, raw: string, today: string): IdNumberResult {
  if (idType === 'resident_id') {
    const result = parseResidentId(raw, today);
    return result.ok
      ? { ok: true, value: result.value, birthDate: result.birthDate }
      : { ok: false, messageKey: RESIDENT_ID_MESSAGES[result.reason] };
  }
  const [parse, messageKey] = FORMATS[idType];
  const result = parse(raw);
  return result.ok ? { ok: true, value: result.value } : { ok: false, messageKey };
}
