import { describe, expect, it } from 'vitest';
import { addressKey, composeDetail, normaliseHouseNumber, restOfDetail } from './address';

describe('addresses', () => {
  it.each([
    ['12', '12号'],
    ['１２', '12号'],
    ['12-3', '12-3号'],
    [' 12 ', '12号'],
    ['12号', '12号'],
    ['12弄3号', '12弄3号'],
    ['东12', '东12'],
  ])('house number %j reads %j', (raw, n) => {
    expect(normaliseHouseNumber(raw)).toBe(n);
  });

  it('composes road, number and the rest, and takes the rest back off for the edit form', () => {
    const detail = composeDetail('浮排村东路', '12号', '3幢2单元');
    expect(detail).toBe('浮排村东路12号3幢2单元');
    expect(restOfDetail('浮排村东路', '12号', detail)).toBe('3幢2单元');
    expect(composeDetail(null, undefined, '浮排村东路 12 号')).toBe('浮排村东路 12 号');
    expect(restOfDetail(null, null, '浮排村东路 12 号')).toBe('浮排村东路 12 号');
    expect(restOfDetail('新桥路', '1号', '浮排村东路12号')).toBe('浮排村东路12号');
  });

  it('keys the same door alike however it was typed', () => {
    const key = addressKey('331004006056', composeDetail('浮排村东路', '12号', null));
    expect(addressKey('331004006056', '浮排村东路 １２ 号')).toBe(key);
    expect(addressKey('331004006056', '浮排村东路12号 ')).toBe(key);
    expect(addressKey('331004006', '浮排村东路12号')).not.toBe(key);
  });
});
