import { z } from 'zod';
import { ID_TYPES, parseIdNumber } from '../validation/other-ids';
import { parseMobile } from '../validation/mobile';

export { ID_TYPES };
export const idTypeSchema = z.enum(ID_TYPES);
export type IdType = z.infer<typeof idTypeSchema>;

/**
 * The contract checks an ID's form and check character, and normalises it
 * (spaces removed, x -> X). Whether a birth date lies in the future needs the
 * date, which core/ does not own: `idProblemToday` runs that in the handler.
 */
const NO_DATE_LIMIT = '9999-12-31';

export const mobileSchema = z.string().transform((raw, ctx) => {
  const r = parseMobile(raw);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: 'mobile.invalid' });
    return z.NEVER;
  }
  return r.value;
});

/** Adds an issue at `idNumber` when the number does not fit its type; returns the normalised number. */
export function refineIdNumber(
  idType: IdType,
  raw: string,
  ctx: z.RefinementCtx,
  path: (string | number)[] = ['idNumber'],
  today = NO_DATE_LIMIT,
): string {
  const r = parseIdNumber(idType, raw, today);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.messageKey, path });
    return raw;
  }
  return r.value;
}

/** The date-dependent half of the ID check, run where the clock is known. */
export function idProblemToday(idType: IdType, idNumber: string, today: string): string | null {
  const r = parseIdNumber(idType, idNumber, today);
  return r.ok ? null : r.messageKey;
}
