import { describe, expect, it } from 'vitest';
import { regionNames, resolveRegionNames } from './region-names';

describe('region names in a sheet', () => {
  it.each([
    [['路桥区', '峰江街道', '浮排居委会'], '331004006056'],
    [['路桥区', '峰江街道', ''], '331004006'],
    [['路桥', '峰江', ''], '331004006'], // without 区 / 街道
    [['路桥区', '峰江街道', '浮排社区'], '331004006056'], // 社区 for the data's 居委会
    [[' 路桥区 ', '峰江街道', ' 浮排居委会'], '331004006056'],
    [['', '', '331004006056'], '331004006056'], // a code instead of names
    [['', '331004006', ''], '331004006'],
  ])('%j is %s', ([district, street, community], code) => {
    expect(resolveRegionNames('3310', district!, street!, community!)).toEqual({ ok: true, code });
  });

  it.each([
    [['', '峰江街道', ''], 'district', 'field.required'],
    [['路桥区', '', ''], 'street', 'field.required'],
    [['西湖区', '峰江街道', ''], 'district', 'import.regionUnknown'], // Hangzhou's, not this desk's city
    [['路桥区', '不存在街道', ''], 'street', 'import.regionUnknown'],
    [['路桥区', '峰江街道', '不存在村'], 'community', 'import.regionUnknown'],
    [['', '', '331004999999'], 'community', 'import.regionUnknown'],
  ])('%j is refused at the %s', ([district, street, community], level, key) => {
    expect(resolveRegionNames('3310', district!, street!, community!)).toMatchObject({ ok: false, level, key });
  });

  it('names a region for the export the way the import reads it back', () => {
    const names = regionNames('331004006056');
    expect(names).toEqual({ district: '路桥区', street: '峰江街道', community: '浮排居委会' });
    expect(resolveRegionNames('3310', names.district, names.street, names.community)).toEqual({ ok: true, code: '331004006056' });
  });
});
