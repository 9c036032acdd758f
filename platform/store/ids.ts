import { createHash, randomBytes } from 'node:crypto';
import { ulid } from '../../core/ids';

export const newUlid = (now: number) => ulid(now, randomBytes(10));

/** Secrets (credentials, enrolment codes) are kept only as their SHA-256. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A desk's credential: 32 random bytes, shown once at enrolment. */
export const newCredential = () => randomBytes(32).toString('base64url');

/** A one-time enrolment code a clerk can read over the phone: 12 characters without look-alikes, in groups of four. */
export function newEnrolmentCode(): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}
