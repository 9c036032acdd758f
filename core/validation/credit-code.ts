import { compactInput } from './normalize';
import { isProvincePrefix } from './province-codes';

export type CreditCodeProblem = 'length' | 'characters' | 'division';

export type CreditCodeResult = { ok: true; value: string; checkDigitValid: boolean } | { ok: false; reason: CreditCodeProblem };

// GB 32100-2015: 31 characters (no I, O, Z, S, V, which are easily misread), each worth its index.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^i mod 31 for positions 1..17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// Registration authorities (登记管理部门): 1 机构编制 … 9 市场监管(工商), A 军队, N 农业农村, Y 其他.
const AUTHORITIES = '123456789ANY';
// Organs registered at national level carry 100000 instead of a local division.
const NATIONAL_DIVISION = '100000';

/** The 18th character for the first 17; exported so fixtures can make valid codes. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

function isDivision(code: string): boolean {
  return /^\d{6}$/.test(code) && (code === NATIONAL_DIVISION || isProvincePrefix(code.slice(0, 2)));
}

/**
 * Checks a unified social credit code (统一社会信用代码). A wrong check character
 * is reported but accepted: some early codes fail it yet are printed on valid
 * business licences, so the caller only warns.
 */
export function parseCreditCode(raw: string): CreditCodeResult {
  const value = compactInput(raw).toUpperCase();
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if ([...value].some((ch) => !CHARSET.includes(ch))) return { ok: false, reason: 'characters' };
  if (!AUTHORITIES.includes(value.charAt(0))) return { ok: false, reason: 'characters' };
  if (!isDivision(value.slice(2, 8))) return { ok: false, reason: 'division' };
  return { ok: true, value, checkDigitValid: creditCodeCheckCharacter(value) === value.charAt(17) };
}
