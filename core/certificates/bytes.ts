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
  for (let i = 0; i < b.length;) {
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
 * An RFC 4648 alphabet without padding: each character carries `bits` bits.
 * Decoding is strict — null for any character outside the alphabet, an
 * impossible length, or non-zero padding bits — so every text has at most one
 * decoding and a changed character always changes the bytes.
 */
function radixCodec(alphabet: string, bits: number) {
  const index = new Map([...alphabet].map((ch, i) => [ch, i]));
  const mask = (1 << bits) - 1;
  return {
    encode(bytes: Uint8Array): string {
      let out = '';
      let buffer = 0;
      let held = 0;
      for (const byte of bytes) {
        buffer = (buffer << 8) | byte;
        held += 8;
        while (held >= bits) {
          out += alphabet[(buffer >> (held - bits)) & mask];
          held -= bits;
        }
        buffer &= (1 << held) - 1;
      }
      if (held > 0) out += alphabet[(buffer << (bits - held)) & mask];
      return out;
    },
    decode(text: string): Uint8Array | null {
      // A trailing group too short to hold a whole byte cannot come from encode().
      if ((text.length * bits) % 8 >= bits) return null;
      const out: number[] = [];
      let buffer = 0;
      let held = 0;
      for (const ch of text) {
        const v = index.get(ch);
        if (v === undefined) return null;
        buffer = (buffer << bits) | v;
        held += bits;
        if (held >= 8) {
          out.push((buffer >> (held - 8)) & 255);
          held -= 8;
        }
        buffer &= (1 << held) - 1;
      }
      if (buffer !== 0) return null;
      return Uint8Array.from(out);
    },
  };
}

/**
 * Base32: upper-case letters and digits only, so the whole payload fits QR's
 * compact alphanumeric mode and a USB scanner that types it as keystrokes
 * cannot garble it (such scanners cannot type Chinese).
 */
const base32 = radixCodec('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 5);
export const base32Encode = base32.encode;
export const base32Decode = base32.decode;

/** base64url: how desk public keys are written (the `x` of an Ed25519 JWK). */
const base64url = radixCodec('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 6);
export const base64urlEncode = base64url.encode;
export const base64urlDecode = base64url.decode;
