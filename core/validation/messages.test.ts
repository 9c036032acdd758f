import { describe, expect, it } from 'vitest';
import { validationMessages } from './messages';

describe('validationMessages', () => {
  it.each([
    'idNumber.length',
    'idNumber.province',
    'idNumber.birthDate',
    'idNumber.futureBirthDate',
    'idNumber.checksum',
    'idNumber.characters',
    'idNumber.passport',
    'idNumber.hkMacau',
    'idNumber.taiwan',
    'idNumber.foreignPermanent',
    'mobile.invalid',
    'creditCode.length',
    'creditCode.characters',
    'creditCode.division',
    'creditCode.checkDigit',
    'region.unknown',
    'origin.unknown',
  ])('has %s in both languages', (key) => {
    const message = (validationMessages as Record<string, { zh: string; en: string }>)[key];
    expect(message?.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(message?.en).toMatch(/^[\x20-\x7e]+$/);
  });

  it('speaks to the clerk, not in code', () => {
    for (const { zh, en } of Object.values(validationMessages)) {
      expect(zh).not.toMatch(/ISO|GB|MOD|regex|null|undefined/i);
      expect(en).not.toMatch(/ISO|GB |MOD|regex|null|undefined/);
    }
  });
});
