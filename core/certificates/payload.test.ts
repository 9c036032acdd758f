import { verify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, base64urlDecode, base64urlEncode, utf8Decode, utf8Encode } from './bytes';
import { FACTS, deskKeys } from '../../tests/support/certificates';
import { decodeCertificate, encodeCertificate, PAYLOAD_PREFIX, signedMessage } from './payload';

describe('byte encodings', () => {
  it('round-trip any bytes through base32 and base64url, and any text through UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
        expect(base64urlDecode(base64urlEncode(bytes))).toEqual(bytes);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8Decode(utf8Encode(s))).toBe(s);
      }),
    );
    expect(base64urlEncode(utf8Encode('合格'))).toBe(Buffer.from('合格').toString('base64url'));
  });

  it('agree with Node on UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => Buffer.from(utf8Encode(s)).equals(Buffer.from(s))));
  });

  it('refuse anything that is not exactly one encoding', () => {
    expect(base32Decode('MZXW6')).toEqual(utf8Encode('foo'));
    expect(base32Decode('MZXW7')).toBeNull(); // non-zero padding bits: a second spelling of the same bytes
    expect(base32Decode('MZXW6=')).toBeNull();
    expect(base32Decode('mzxw6')).toBeNull();
    expect(base32Decode('M')).toBeNull();
    expect(utf8Decode(Uint8Array.from([0xc0, 0x80]))).toBeNull(); // overlong NUL
    expect(utf8Decode(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeNull(); // a surrogate
    expect(utf8Decode(Uint8Array.from([0xe5, 0x90]))).toBeNull(); // cut short
  });
});

describe('the certificate payload', () => {
  it('is signed by node:crypto over a fixed context plus the body, and decodes to the same facts', () => {
    const k = deskKeys();
    const text = encodeCertificate(FACTS, k.sign);
    expect(text).toMatch(new RegExp(`^${PAYLOAD_PREFIX}:[A-Z2-7]+:[A-Z2-7]{103}$`));
    const d = decodeCertificate(text);
    if (!d.ok) throw new Error(d.reason);
    expect(d.facts).toEqual(FACTS);
    expect(verify(null, d.message, k.nodePublicKey, d.signature)).toBe(true);
    // The context is part of what was signed: the bare body does not verify.
    expect(verify(null, d.message.slice(signedMessage(new Uint8Array()).length), k.nodePublicKey, d.signature)).toBe(false);
  });

  it('stays small enough for a QR code readable on A4 (alphanumeric mode, under 600 characters for three rooms)', () => {
    const text = encodeCertificate(
      { ...FACTS, rooms: [...FACTS.rooms, { label: '301', maxOccupants: 2, cookingPermitted: true }] },
      deskKeys().sign,
    );
    expect(text.length).toBeLessThan(600);
    expect(text).toMatch(/^[0-9A-Z:]+$/);
  });

  it('forgives what scanners add (whitespace, Caps Lock) and nothing else', () => {
    const text = encodeCertificate(FACTS, deskKeys().sign);
    expect(decodeCertificate(`  ${text}\r\n`).ok).toBe(true);
    expect(decodeCertificate(text.toLowerCase()).ok).toBe(true);
    expect(decodeCertificate(`${text}A`)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeCertificate(`${text}:AA`)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeCertificate('https://example.com/')).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeCertificate('')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses to sign facts that break their own rules', () => {
    const k = deskKeys();
    expect(() => encodeCertificate({ ...FACTS, rooms: [] }, k.sign)).toThrow();
    expect(() => encodeCertificate({ ...FACTS, serial: 'x' }, k.sign)).toThrow();
    expect(() => encodeCertificate({ ...FACTS, validUntil: '2027-02-30' }, k.sign)).toThrow();
  });

  it('reads a body that is valid JSON but not our shape as malformed', () => {
    const k = deskKeys();
    const body = base32Encode(utf8Encode(JSON.stringify({ serial: FACTS.serial })));
    const sig = base32Encode(k.sign(signedMessage(utf8Encode('x'))));
    expect(decodeCertificate(`${PAYLOAD_PREFIX}:${body}:${sig}`)).toEqual({ ok: false, reason: 'malformed' });
  });
});
