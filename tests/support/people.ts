import { residentIdCheckCharacter } from '../../core/validation/resident-id';

/** A valid resident ID for a region prefix, birth date (YYYYMMDD) and sequence. */
export function residentId(prefix6: string, birth: string, seq: number): string {
  const first17 = `${prefix6}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** Flips the check character to a wrong one. */
export function withWrongCheck(id: string): string {
  const last = id.slice(-1);
  const wrong = last === '1' ? '2' : '1';
  return id.slice(0, -1) + wrong;
}
