import { describe, expect, it } from 'vitest';
import {
  districtOf,
  isKnownDeskRegion,
  isKnownOrigin,
  originChildren,
  originName,
  regionChildren,
  regionFullName,
  regionLevel,
  regionName,
  regionPath,
  searchOrigins,
  streetOf,
} from './index';
import { lazy } from './lazy';

describe('lazy', () => {
  it('builds on first use only, and once', () => {
    let builds = 0;
    const get = lazy(() => ++builds);
    expect(builds).toBe(0);
    expect(get()).toBe(1);
    expect(get()).toBe(1);
    expect(builds).toBe(1);
  });
});

describe('Zhejiang desk regions', () => {
  it.each([
    ['3310', 'city'],
    ['331004', 'district'],
    ['331004006', 'street'],
    ['331004006056', 'community'],
    ['3301', 'city'],
    ['330102', 'district'],
  ] as const)('regionLevel(%s) is %s', (code, level) => {
    expect(regionLevel(code)).toBe(level);
  });

  it.each(['', '33', '3399', '331099', '331004999', '331004006999', '1101', '110101', '33100400605', 'abcd', ' 3310'])(
    'regionLevel(%j) is null',
    (code) => {
      expect(regionLevel(code)).toBeNull();
    },
  );

  it.each([
    ['331004006', true],
    ['331004006056', true],
    ['3310', false],
    ['331004', false],
    ['331004006999', false],
    ['110101001', false],
    ['110101001001', false],
    ['', false],
  ] as const)('isKnownDeskRegion(%s) is %s', (code, known) => {
    expect(isKnownDeskRegion(code)).toBe(known);
  });

  it('names a region and its full path', () => {
    expect(regionName('331004006056')).toBe('浮排居委会');
    expect(regionName('331004006')).toBe('峰江街道');
    expect(regionName('331004006257')).toBe('施家村委会');
    expect(regionName('331004006060')).toBe('兴峰社区居委会');
    expect(regionName('9999')).toBeNull();
    expect(regionFullName('331004006056')).toBe('台州市路桥区峰江街道浮排居委会');
    expect(regionFullName('3310')).toBe('台州市');
    expect(regionFullName('331099')).toBeNull();
    expect(regionPath('331004006056')).toEqual([
      { code: '3310', name: '台州市' },
      { code: '331004', name: '路桥区' },
      { code: '331004006', name: '峰江街道' },
      { code: '331004006056', name: '浮排居委会' },
    ]);
    expect(regionPath('nope')).toEqual([]);
  });

  it('offers cascading picker columns', () => {
    const cities = regionChildren(null);
    expect(cities).toHaveLength(11);
    expect(cities).toContainEqual({ code: '3310', name: '台州市', isLeaf: false });
    expect(cities.map((c) => c.code)).toEqual([...cities.map((c) => c.code)].sort());

    const districts = regionChildren('3310').map((d) => d.name);
    expect(districts).toEqual(
      expect.arrayContaining(['椒江区', '黄岩区', '路桥区', '三门县', '天台县', '仙居县', '温岭市', '临海市', '玉环市']),
    );
    expect(regionChildren('331004')).toContainEqual({ code: '331004006', name: '峰江街道', isLeaf: false });
    expect(regionChildren('331004006')).toContainEqual({ code: '331004006056', name: '浮排居委会', isLeaf: true });
    expect(regionChildren('331004006056')).toEqual([]);
    expect(regionChildren('unknown')).toEqual([]);
  });

  it('walks every level consistently', () => {
    let communities = 0;
    for (const city of regionChildren(null)) {
      expect(regionLevel(city.code)).toBe('city');
      for (const district of regionChildren(city.code)) {
        expect(district.code.startsWith(city.code)).toBe(true);
        expect(regionLevel(district.code)).toBe('district');
        for (const street of regionChildren(district.code)) {
          expect(streetOf(street.code)).toBe(street.code);
          expect(districtOf(street.code)).toBe(district.code);
          for (const community of regionChildren(street.code)) {
            expect(community.code).toMatch(/^\d{12}$/);
            expect(community.name).not.toMatch(/[*#]$/);
            expect(streetOf(community.code)).toBe(street.code);
            communities++;
          }
        }
      }
    }
    expect(communities).toBeGreaterThan(20_000);
  });

  it.each([
    ['331004006056', '331004', '331004006'],
    ['331004006', '331004', '331004006'],
    ['331004', '331004', null],
    ['3310', null, null],
    ['331004006999', null, null],
    ['999999999999', null, null],
  ] as const)('districtOf / streetOf (%s)', (code, district, street) => {
    expect(districtOf(code)).toBe(district);
    expect(streetOf(code)).toBe(street);
  });
});

describe('origins (籍贯)', () => {
  it.each([
    ['34', '安徽省'],
    ['3416', '安徽省亳州市'],
    ['341602', '安徽省亳州市谯城区'],
    ['11', '北京市'],
    ['1101', '北京市'],
    ['110101', '北京市东城区'],
    ['500229', '重庆市城口县'],
    ['429004', '湖北省仙桃市'],
    ['469001', '海南省五指山市'],
    ['659001', '新疆维吾尔自治区石河子市'],
    ['441900', '广东省东莞市'],
    ['331004', '浙江省台州市路桥区'],
    ['81', '香港特别行政区'],
  ])('originName(%s) is %s', (code, name) => {
    expect(isKnownOrigin(code)).toBe(true);
    expect(originName(code)).toBe(name);
  });

  it.each(['', '3', '99', '3499', '341699', '331004006', 'abc'])('%j is not a known origin', (code) => {
    expect(isKnownOrigin(code)).toBe(false);
    expect(originName(code)).toBeNull();
  });

  it('never shows a placeholder or a repeated name in a full name', () => {
    for (const province of originChildren(null)) {
      for (const city of originChildren(province.code)) {
        const fullName = originName(city.code) ?? '';
        expect(fullName).not.toMatch(/市辖区|直辖县级行政区划|县县/);
        for (const area of originChildren(city.code)) {
          const areaName = originName(area.code) ?? '';
          expect(areaName.startsWith(fullName)).toBe(true);
          expect(areaName).not.toMatch(/市辖区|直辖县级行政区划/);
        }
      }
    }
  });

  it('offers a province -> city -> area cascader without placeholder columns', () => {
    const provinces = originChildren(null);
    expect(provinces.length).toBeGreaterThanOrEqual(34);
    expect(provinces).toContainEqual({ code: '34', name: '安徽省', isLeaf: false });
    expect(provinces).toContainEqual({ code: '81', name: '香港特别行政区', isLeaf: true });

    expect(originChildren('34')).toContainEqual({ code: '3416', name: '亳州市', isLeaf: false });
    expect(originChildren('3416').map((a) => a.name)).toEqual(['谯城区', '涡阳县', '蒙城县', '利辛县']);

    const beijing = originChildren('11');
    expect(beijing[0]).toEqual({ code: '110101', name: '东城区', isLeaf: true });
    expect(beijing.some((o) => o.name === '市辖区')).toBe(false);

    const chongqing = originChildren('50').map((o) => o.name);
    expect(chongqing).toEqual(expect.arrayContaining(['渝中区', '城口县']));

    const hubei = originChildren('42');
    expect(hubei).toContainEqual({ code: '429004', name: '仙桃市', isLeaf: true });
    expect(hubei).toContainEqual({ code: '4201', name: '武汉市', isLeaf: false });

    expect(originChildren('44')).toContainEqual({ code: '4419', name: '东莞市', isLeaf: true });
    expect(originChildren('341602')).toEqual([]);
    expect(originChildren('nope')).toEqual([]);
  });

  it('finds a city and its districts by part of the name', () => {
    const hits = searchOrigins('亳州', 10);
    expect(hits[0]).toEqual({ code: '3416', name: '亳州市', fullName: '安徽省亳州市' });
    expect(hits.map((h) => h.fullName)).toEqual(
      expect.arrayContaining(['安徽省亳州市谯城区', '安徽省亳州市涡阳县', '安徽省亳州市蒙城县', '安徽省亳州市利辛县']),
    );
    expect(hits).toHaveLength(5);
  });

  it('finds origins written the way people say them', () => {
    expect(searchOrigins('安徽亳州', 10).map((h) => h.code)).toContain('3416');
    expect(searchOrigins('亳州谯城', 10).map((h) => h.code)).toEqual(['341602']);
    expect(searchOrigins(' 谯城 ', 10).map((h) => h.fullName)).toEqual(['安徽省亳州市谯城区']);
    expect(searchOrigins('北京东城', 10).map((h) => h.fullName)).toEqual(['北京市东城区']);
  });

  it('lists each full name once, at its highest level', () => {
    const beijing = searchOrigins('北京市', 50);
    expect(beijing[0]).toEqual({ code: '11', name: '北京市', fullName: '北京市' });
    expect(beijing.filter((h) => h.fullName === '北京市')).toHaveLength(1);
    expect(searchOrigins('东莞', 10)).toEqual([{ code: '4419', name: '东莞市', fullName: '广东省东莞市' }]);
    expect(searchOrigins('市辖区', 10)).toEqual([]);
  });

  it('ranks names that start with the text first and respects the limit', () => {
    const hits = searchOrigins('朝阳', 6);
    expect(hits.map((h) => h.fullName)).toEqual([
      '北京市朝阳区',
      '辽宁省朝阳市',
      '辽宁省朝阳市朝阳县',
      '吉林省长春市朝阳区',
      '辽宁省朝阳市双塔区',
      '辽宁省朝阳市龙城区',
    ]);
    expect(searchOrigins('朝阳', 2)).toHaveLength(2);
    expect(searchOrigins('', 10)).toEqual([]);
    expect(searchOrigins('   ', 10)).toEqual([]);
    expect(searchOrigins('亳州', 0)).toEqual([]);
    expect(searchOrigins('不存在的地方', 10)).toEqual([]);
  });
});
