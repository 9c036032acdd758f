import { describe, expect, it } from 'vitest';
import { validationMessages } from './messages';
import { ID_TYPES, parseForeignPermanentId, parseHkMacauPermit, parseIdNumber, parsePassport, parseTaiwanPermit } from './other-ids';

const TODAY = '2025-06-15';

describe.each([
  {
    name: 'passport',
    parse: parsePassport,
    valid: [
      ['E12345678', 'E12345678'],
      ['e1234 5678', 'E12345678'],
      ['G1234567', 'G1234567'],
      ['AB123', 'AB123'],
      ['12345678901234567', '12345678901234567'],
      ['ｐａ１２３４５６７', 'PA1234567'],
    ],
    invalid: ['', 'AB12', '123456789012345678', 'E1234-5678', 'E1234567#', '护照123456'],
  },
  {
    name: 'hk_macau_permit',
    parse: parseHkMacauPermit,
    valid: [
      ['H12345678', 'H12345678'],
      ['m1234567890', 'M1234567890'],
      ['H 1234 5678', 'H12345678'],
    ],
    invalid: ['', 'H1234567', 'H123456789', 'H123456789012', 'K12345678', '12345678', 'HM1234567'],
  },
  {
    name: 'taiwan_permit',
    parse: parseTaiwanPermit,
    valid: [
      ['12345678', '12345678'],
      ['1234567890', '1234567890'],
      [' 1234 5678 ', '12345678'],
    ],
    invalid: ['', '1234567', '123456789', '12345678901', 'T1234567', '1234567A'],
  },
  {
    name: 'foreign_permanent',
    parse: parseForeignPermanentId,
    valid: [
      ['USA330000120001', 'USA330000120001'],
      ['can 110085 061 234', 'CAN110085061234'],
      ['933840198501010012', '933840198501010012'],
      ['93384019850101001x', '93384019850101001X'],
    ],
    invalid: [
      '',
      'US3300001200012',
      'USA33000012000',
      'USA3300001200012',
      '833840198501010012',
      '9338401985010100123',
      '93384019850101001Y',
    ],
  },
])('$name', ({ parse, valid, invalid }) => {
  it.each(valid)('accepts %j as %s', (raw, value) => {
    expect(parse(raw)).toEqual({ ok: true, value });
  });
  it.each(invalid)('refuses %j', (raw) => {
    expect(parse(raw)).toEqual({ ok: false });
  });
});

describe('parseIdNumber', () => {
  it.each([
    ['resident_id', '11010519491231002x', { ok: true, value: '11010519491231002X', birthDate: '1949-12-31' }],
    ['passport', 'e12345678', { ok: true, value: 'E12345678' }],
    ['hk_macau_permit', 'h12345678', { ok: true, value: 'H12345678' }],
    ['taiwan_permit', '12345678', { ok: true, value: '12345678' }],
    ['foreign_permanent', 'USA330000120001', { ok: true, value: 'USA330000120001' }],
  ] as const)('accepts a %s', (idType, raw, expected) => {
    expect(parseIdNumber(idType, raw, TODAY)).toEqual(expected);
  });

  it.each([
    ['resident_id', '1101051949123100', 'idNumber.length'],
    ['resident_id', '1101051949123100AX', 'idNumber.characters'],
    ['resident_id', '99010519491231002X', 'idNumber.province'],
    ['resident_id', '110105194902300020', 'idNumber.birthDate'],
    ['resident_id', '110105209901010020', 'idNumber.futureBirthDate'],
    ['resident_id', '110105194912310020', 'idNumber.checksum'],
    ['passport', 'E1', 'idNumber.passport'],
    ['hk_macau_permit', '11010519491231002X', 'idNumber.hkMacau'],
    ['taiwan_permit', 'H12345678', 'idNumber.taiwan'],
    ['foreign_permanent', 'E12345678', 'idNumber.foreignPermanent'],
  ] as const)('refuses a %s %j with %s', (idType, raw, messageKey) => {
    expect(parseIdNumber(idType, raw, TODAY)).toEqual({ ok: false, messageKey });
  });

  it('knows every ID type and refuses each one with a message that exists', () => {
    for (const idType of ID_TYPES) {
      const result = parseIdNumber(idType, '?', TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(validationMessages[result.messageKey]).toBeDefined();
    }
  });
});
