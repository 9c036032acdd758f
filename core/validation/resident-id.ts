import { compactInput } from './normalize';
import { isProvincePrefix } from './province-codes';

export type ResidentIdProblem = 'length' | 'characters' | 'province' | 'birthDate' | 'futureBirthDate' | 'checksum';

export type ResidentIdResult = { ok: true; value: string; birthDate: string; sex: 'M' | 'F' } | { ok: false; reason: ResidentIdProblem };

// GB 11643-1999: weights 2^(17-i) mod 11, check character indexed by the sum mod 11 (ISO 7064 MOD 11-2).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The 18th character for the first 17 digits; exported so fixtures can make valid numbers. */
export function residentIdCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17Digits.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYYMMDD' as 'YYYY-MM-DD' when it is a real calendar date, else null. */
function calendarDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Checks a resident ID number (公民身份号码) and returns it normalised (no spaces,
 * upper-case X) with the birth date and sex it encodes. `today` is the desk's
 * local date as 'YYYY-MM-DD'; problems are reported in the order a clerk would
 * fix them, so a mistyped date is not reported as a checksum error.
 */
export function parseResidentId(raw: string, today: string): ResidentIdResult {
  if (!ISO_DATE.test(today)) throw new RangeError(`parseResidentId: today must be YYYY-MM-DD, got ${today}`);
  const value = compactInput(raw).toUpperCase();
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'characters' };
  if (!isProvincePrefix(value.slice(0, 2))) return { ok: false, reason: 'province' };
  const birthDate = calendarDate(value.slice(6, 14));
  if (birthDate === null || birthDate < EARLIEST_BIRTH_DATE) return { ok: false, reason: 'birthDate' };
  if (birthDate > today) return { ok: false, reason: 'futureBirthDate' };
  if (residentIdCheckCharacter(value) !== value.charAt(17)) return { ok: false, reason: 'checksum' };
  return { ok: true, value, birthDate, sex: Number(value.charAt(16)) % 2 === 1 ? 'M' : 'F' };
}
