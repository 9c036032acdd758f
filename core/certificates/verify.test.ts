import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './bytes';
import { FACTS, deskKeys } from '../../tests/support/certificates';
import { encodeCertificate, PAYLOAD_PREFIX } from './payload';
import { isDeskPublicKey, verifyCertificate, type DeskKey } from './verify';

const issuer = deskKeys();
const keys: DeskKey[] = [{ deskId: FACTS.deskId, publicKey: issuer.publicKey, name: '浮排社区服务总台' }];
const payload = encodeCertificate(FACTS, issuer.sign);
const today = '2026-07-01';

/** Rebuilds a payload with one byte of its body or signature XOR-ed. */
function flipByte(text: string, part: 1 | 2, index: number, mask: number): string {
  const parts = text.split(':');
  const bytes = base32Decode(parts[part]!)!;
  bytes[index] = bytes[index]! ^ mask;
  parts[part] = base32Encode(bytes);
  return parts.join(':');
}

describe('verifyCertificate', () => {
  it('says valid for a genuine certificate in force, with its facts and issuer', () => {
    expect(verifyCertificate(payload, { keys, today })).toEqual({
      verdict: 'valid',
      facts: FACTS,
      deskId: FACTS.deskId,
      issuer: '浮排社区服务总台',
      voided: null,
    });
    // The first and the last day of validity both count.
    expect(verifyCertificate(payload, { keys, today: FACTS.issuedOn }).verdict).toBe('valid');
    expect(verifyCertificate(payload, { keys, today: FACTS.validUntil }).verdict).toBe('valid');
  });

  it('says expired the day after its last day, by the date passed in', () => {
    const v = verifyCertificate(payload, { keys, today: '2027-06-15' });
    expect(v.verdict).toBe('expired');
    expect(v.facts).toEqual(FACTS);
  });

  it('fails for every byte of the body and of the signature flipped, each bit pattern tried', () => {
    const parts = payload.split(':');
    const lengths = { 1: base32Decode(parts[1]!)!.length, 2: base32Decode(parts[2]!)!.length };
    let tried = 0;
    for (const part of [1, 2] as const) {
      for (let i = 0; i < lengths[part]; i++) {
        for (const mask of [0x01, 0x80, 0xff]) {
          const v = verifyCertificate(flipByte(payload, part, i, mask), { keys, today });
          // A flip inside the desk ID names a desk nobody knows; everything else fails the signature or the shape.
          expect(v.verdict, `byte ${i} of part ${part} ^ ${mask}`).toMatch(/^(tampered|unknownDesk)$/);
          expect(v.facts).toBeNull();
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(3 * (64 + 200));
  });

  it('fails for every character of the text replaced by another one of the alphabet', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    for (let i = PAYLOAD_PREFIX.length + 1; i < payload.length; i++) {
      if (payload[i] === ':') continue;
      const other = alphabet[(alphabet.indexOf(payload[i]!) + 7) % 32]!;
      const v = verifyCertificate(payload.slice(0, i) + other + payload.slice(i + 1), { keys, today });
      expect(v.verdict, `character ${i}`).not.toBe('valid');
    }
  });

  it('says unknownDesk when the issuing desk key was never imported, and tampered under a wrong key', () => {
    expect(verifyCertificate(payload, { keys: [], today })).toMatchObject({ verdict: 'unknownDesk', deskId: FACTS.deskId, facts: null });
    const impostor = deskKeys();
    const wrong = [{ ...keys[0]!, publicKey: impostor.publicKey }];
    expect(verifyCertificate(payload, { keys: wrong, today }).verdict).toBe('tampered');
    // The same facts signed by another desk's key, under this desk's ID: forged.
    expect(verifyCertificate(encodeCertificate(FACTS, impostor.sign), { keys, today }).verdict).toBe('tampered');
    // A corrupted stored key is no key at all.
    expect(verifyCertificate(payload, { keys: [{ ...keys[0]!, publicKey: 'not-a-key' }], today }).verdict).toBe('tampered');
  });

  it('accepts a certificate under any of a desk key list (a desk that changed its key)', () => {
    const older = deskKeys();
    const v = verifyCertificate(payload, { keys: [{ ...keys[0]!, publicKey: older.publicKey }, ...keys], today });
    expect(v.verdict).toBe('valid');
  });

  it('says void when the register knows the serial was voided; an automatic expiry void reads as expired', () => {
    const voided = (reason: string) => (serial: string, deskId: string) =>
      serial === FACTS.serial && deskId === FACTS.deskId ? { reason, voidedAt: 1 } : null;
    expect(verifyCertificate(payload, { keys, today, voided: voided('房东拆除隔断') })).toMatchObject({
      verdict: 'void',
      voided: { reason: '房东拆除隔断' },
      facts: FACTS,
    });
    expect(verifyCertificate(payload, { keys, today: '2027-07-01', voided: voided('auto:rectifying') }).verdict).toBe('void');
    expect(verifyCertificate(payload, { keys, today: '2027-07-01', voided: voided('auto:expired') }).verdict).toBe('expired');
    expect(verifyCertificate(payload, { keys, today, voided: () => null }).verdict).toBe('valid');
  });

  it('says unreadable for a code that is not a certificate at all', () => {
    expect(verifyCertificate('6901234567892', { keys, today }).verdict).toBe('unreadable');
  });
});

describe('isDeskPublicKey', () => {
  it('accepts a real key and refuses what is not a usable point', () => {
    expect(isDeskPublicKey(issuer.publicKey)).toBe(true);
    expect(isDeskPublicKey(Buffer.alloc(32, 0xff).toString('base64url'))).toBe(false); // not a canonical encoding
    expect(isDeskPublicKey(Buffer.alloc(32, 0).toString('base64url'))).toBe(false); // small order: every signature would pass
    expect(isDeskPublicKey('A'.repeat(42) + 'E')).toBe(false); // not on the curve
    expect(isDeskPublicKey(issuer.publicKey.slice(1))).toBe(false);
    expect(isDeskPublicKey('not a key!')).toBe(false);
  });
});
