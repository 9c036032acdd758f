/**
 * Byte helpers for the certificate payload. core/ has no TextEncoder or
 * Buffer (no DOM, no Node), and the payload must decode the same in the desk,
 * the renderer and the platform, so the two encodings it uses live here.
 */

/** UTF-8 bytes of a string (the address and names are Chinese). */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * Strict UTF-8 decoding: null for any malformed, overlong or surrogate
 * sequence, so a tampered byte can never decode to a look-alike text.
 */
export function utf8Decode(b: Uint8Array): string | null {
  let s = '';
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    let need: number;
    let c: number;
    let min: number;
    if (x < 0x80) {
      s += String.fromCharCode(x);
      i++;
      continue;
    } else if (x >= 0xc2 && x < 0xe0) [need, c, min] = [1, x & 31, 0x80];
    else if (x >= 0xe0 && x < 0xf0) [need, c, min] = [2, x & 15, 0x800];
    else if (x >= 0xf0 && x < 0xf5) [need, c, min] = [3, x & 7, 0x10000];
    else return null;
    for (let k = 1; k <= need; k++) {
      const y = b[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) return null;
      c = (c << 6) | (y & 63);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
    s += String.fromCodePoint(c);
    i += need + 1;
  }
  return s;
}

/**
 * RFC 4648 base32 without padding. Upper-case letters and digits only, so the
 * whole payload fits QR's compact alphanumeric mode and a USB scanner that
 * types it as keystrokes cannot garble it (such scanners cannot type Chinese).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const INDEX = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Null for any character outside the alphabet, an impossible length, or
 * non-zero padding bits: every text has at most one decoding, so a changed
 * character always changes the bytes.
 */
export function base32Decode(text: string): Uint8Array | null {
  const rem = text.length % 8;
  if (rem === 1 || rem === 3 || rem === 6) return null;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = INDEX.get(ch);
    if (v === undefined) return null;
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  if (buffer !== 0) return null;
  return Uint8Array.from(out);
}

/** base64url without padding: how desk public keys are written (the `x` of an Ed25519 JWK). */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((ch, i) => [ch, i]));

export function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  if (buffer !== 0) return null;
  return Uint8Array.from(out);
}

export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      out += B64[(buffer >> (bits - 6)) & 63];
      bits -= 6;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += B64[(buffer << (6 - bits)) & 63];
  return out;
}
