import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResidentId, residentIdCheckCharacter } from './resident-id';

const TODAY = '2025-06-15';

// Written out independently of the implementation: ISO 7064 MOD 11-2.
function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11] ?? '?';
}

function makeId(address: string, birth: string, sequence: string): string {
  const first17 = address + birth + sequence;
  return first17 + checkCharacter(first17);
}

/** A wrong but well-formed check character. */
function withWrongCheck(id: string): string {
  const right = id.charAt(17);
  return id.slice(0, 17) + (right === '0' ? '1' : '0');
}

describe('parseResidentId accepts', () => {
  it.each([
    // Published sample numbers of GB 11643-1999.
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'F'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'F'],
    [' 110105 19491231 002x ', '11010519491231002X', '1949-12-31', 'F'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '1949-12-31', 'F'],
    [makeId('331004', '19850315', '123'), makeId('331004', '19850315', '123'), '1985-03-15', 'M'],
    [makeId('341602', '20000229', '456'), makeId('341602', '20000229', '456'), '2000-02-29', 'F'],
    [makeId('331082', '19960229', '007'), makeId('331082', '19960229', '007'), '1996-02-29', 'M'],
    [makeId('650102', '19000101', '011'), makeId('650102', '19000101', '011'), '1900-01-01', 'M'],
    [makeId('810000', '19900101', '002'), makeId('810000', '19900101', '002'), '1990-01-01', 'F'],
    [makeId('830000', '19900101', '003'), makeId('830000', '19900101', '003'), '1990-01-01', 'M'],
    [makeId('331004', TODAY.replace(/-/g, ''), '001'), makeId('331004', '20250615', '001'), '2025-06-15', 'M'],
  ])('%s', (raw, value, birthDate, sex) => {
    expect(parseResidentId(raw, TODAY)).toEqual({ ok: true, value, birthDate, sex });
  });
});

describe('parseResidentId refuses', () => {
  it.each([
    ['', 'length'],
    ['11010519491231002', 'length'],
    ['11010519491231002X1', 'length'],
    ['110105491231002', 'length'], // the first-generation 15-digit number is no longer valid
    ['1101051949123100XX', 'characters'],
    ['X1010519491231002X', 'characters'],
    ['11010519491231002Y', 'characters'],
    ['11010519491231-02X', 'characters'],
    [makeId('001234', '19850315', '123'), 'province'],
    [makeId('161234', '19850315', '123'), 'province'],
    [makeId('391234', '19850315', '123'), 'province'],
    [makeId('721234', '19850315', '123'), 'province'],
    [makeId('331004', '19850230', '123'), 'birthDate'],
    [makeId('331004', '19900229', '123'), 'birthDate'], // not a leap year
    [makeId('331004', '19000229', '123'), 'birthDate'], // 1900 is not a leap year
    [makeId('331004', '19851301', '123'), 'birthDate'],
    [makeId('331004', '19850001', '123'), 'birthDate'],
    [makeId('331004', '19850100', '123'), 'birthDate'],
    [makeId('331004', '19850431', '123'), 'birthDate'],
    [makeId('331004', '18991231', '123'), 'birthDate'],
    ['440524188001010014', 'birthDate'], // published sample, but born before 1900
    [makeId('331004', '20250616', '123'), 'futureBirthDate'],
    [makeId('331004', '20991231', '123'), 'futureBirthDate'],
    ['110105194912310020', 'checksum'],
    ['110105194912310021', 'checksum'],
    [withWrongCheck(makeId('331004', '19850315', '123')), 'checksum'],
  ])('%j: %s', (raw, reason) => {
    expect(parseResidentId(raw, TODAY)).toEqual({ ok: false, reason });
  });

  it('refuses a malformed today as a programming error', () => {
    expect(() => parseResidentId('11010519491231002X', '2025/06/15')).toThrow(RangeError);
  });
});

describe('parseResidentId properties', () => {
  const address = fc.constantFrom('110105', '331004', '341602', '500229', '654301');
  const birth = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-06-15T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));

  it('accepts every number built by the standard and reads back its birth date and sex', () => {
    fc.assert(
      fc.property(address, birth, sequence, (a, b, s) => {
        const id = makeId(a, b.replace(/-/g, ''), s);
        expect(parseResidentId(id, TODAY)).toEqual({
          ok: true,
          value: id,
          birthDate: b,
          sex: Number(s[2]) % 2 === 1 ? 'M' : 'F',
        });
      }),
    );
  });

  it('catches any single mistyped digit in the first 17', () => {
    fc.assert(
      fc.property(address, birth, sequence, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (a, b, s, pos, delta) => {
        const id = makeId(a, b.replace(/-/g, ''), s);
        const typo = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(parseResidentId(typo, TODAY).ok).toBe(false);
      }),
    );
  });

  it('exports the same check character as the standard', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(residentIdCheckCharacter(first17)).toBe(checkCharacter(first17));
      }),
    );
  });
});
