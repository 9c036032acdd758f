import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, parseCreditCode } from './credit-code';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Written out independently of the implementation: weights 3^(i-1) mod 31, check = 31 - sum mod 31.
function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i] ?? '') * (3 ** i % 31);
  return CHARSET[(31 - (sum % 31)) % 31] ?? '?';
}

function makeCode(first17: string): string {
  return first17 + checkCharacter(first17);
}

function withWrongCheck(code: string): string {
  return code.slice(0, 17) + (code.charAt(17) === '0' ? '1' : '0');
}

describe('parseCreditCode accepts', () => {
  it.each([
    // Published codes: the example in GB 32100-2015 and a well-known company's licence.
    ['91350100M000100Y43', '91350100M000100Y43', true],
    ['91110108551385082Q', '91110108551385082Q', true],
    ['91110108551385082q', '91110108551385082Q', true],
    [' 9111 0108 5513 8508 2Q ', '91110108551385082Q', true],
    ['９１１１０１０８５５１３８５０８２Ｑ', '91110108551385082Q', true],
    [makeCode('92331004MA2K12345'), makeCode('92331004MA2K12345'), true], // individual business in 路桥区
    [makeCode('93331082MA2AB3C4X'), makeCode('93331082MA2AB3C4X'), true], // farmers' cooperative
    [makeCode('12331000470000000'), makeCode('12331000470000000'), true], // public institution
    [makeCode('52331004MJ9876543'), makeCode('52331004MJ9876543'), true], // private non-enterprise
    [makeCode('11100000000013127'), makeCode('11100000000013127'), true], // national organ: division 100000
    [makeCode('N2331004MF1234567'), makeCode('N2331004MF1234567'), true], // village collective
    [makeCode('Y1331004MC1234567'), makeCode('Y1331004MC1234567'), true],
    [makeCode('A1110000MB1234567'), makeCode('A1110000MB1234567'), true],
    [withWrongCheck(makeCode('91331004MA2K12345')), withWrongCheck(makeCode('91331004MA2K12345')), false],
  ])('%j', (raw, value, checkDigitValid) => {
    expect(parseCreditCode(raw)).toEqual({ ok: true, value, checkDigitValid });
  });
});

describe('parseCreditCode refuses', () => {
  it.each([
    ['', 'length'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['330102000123456', 'length'], // a pre-2015 registration number
    ['91350100M000100I43', 'characters'],
    ['91350100M000100O43', 'characters'],
    ['91350100M000100Z43', 'characters'],
    ['91350100M000100S43', 'characters'],
    ['91350100M000100V43', 'characters'],
    ['91350100M000-00Y43', 'characters'],
    [makeCode('B1331004MA2K12345'), 'characters'], // no such registration authority
    [makeCode('01331004MA2K12345'), 'characters'],
    [makeCode('9133A004MA2K12345'), 'division'],
    [makeCode('91001004MA2K12345'), 'division'],
    [makeCode('91991004MA2K12345'), 'division'],
    [makeCode('91200000MA2K12345'), 'division'],
  ])('%j: %s', (raw, reason) => {
    expect(parseCreditCode(raw)).toEqual({ ok: false, reason });
  });
});

describe('parseCreditCode properties', () => {
  const body = fc.stringMatching(/^[0-9A-HJ-NP-RTUW-Y]{9}$/);
  const division = fc.constantFrom('331004', '330102', '110108', '100000', '650102');
  const authority = fc.constantFrom('11', '51', '91', '92', '93', 'N2', 'Y1');

  it('accepts every code built by the standard with a valid check character', () => {
    fc.assert(
      fc.property(authority, division, body, (a, d, b) => {
        const code = makeCode(a + d + b);
        expect(parseCreditCode(code)).toEqual({ ok: true, value: code, checkDigitValid: true });
      }),
    );
  });

  it('flags any single changed character of the body through the check character', () => {
    fc.assert(
      fc.property(authority, division, body, fc.integer({ min: 8, max: 16 }), fc.integer({ min: 1, max: 30 }), (a, d, b, pos, delta) => {
        const code = makeCode(a + d + b);
        const changed = CHARSET[(CHARSET.indexOf(code.charAt(pos)) + delta) % 31] ?? '';
        const typo = code.slice(0, pos) + changed + code.slice(pos + 1);
        expect(parseCreditCode(typo)).toEqual({ ok: true, value: typo, checkDigitValid: false });
      }),
    );
  });

  it('exports the same check character as the standard', () => {
    fc.assert(
      fc.property(authority, division, body, (a, d, b) => {
        expect(creditCodeCheckCharacter(a + d + b)).toBe(checkCharacter(a + d + b));
      }),
    );
  });
});
