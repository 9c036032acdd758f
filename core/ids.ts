/**
 * ULIDs: 26 Crockford base32 characters, time first, so new rows append to the
 * end of a B-tree and IDs sort by creation. Time and randomness are passed in
 * because core/ has no clock and no random source of its own.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function ulid(nowMs: number, random: Uint8Array): string {
  if (random.length < 10) throw new Error('ulid needs 10 random bytes');
  let time = '';
  let t = Math.floor(nowMs);
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  // 80 random bits as 16 base32 characters, 5 bits at a time.
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < 10; i++) {
    acc = (acc << 8) | random[i]!;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return time + out;
}

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
