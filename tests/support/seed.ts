import { addressKey, formatAddress } from '../../core/address';
import { regionChildren } from '../../core/regions';
import { maxOccupants } from '../../core/rules/density';
import type { Register, Writer } from '../../db/write';
import { addDays } from '../../core/dates';
import { residentId } from './people';

/**
 * A realistic register for benchmarks and large UI tests: Chinese names,
 * Taizhou communities, valid resident IDs, self-built houses of 2–6 floors
 * with 2–8 rooms each. Deterministic for a given seed.
 */
export interface SeedOptions {
  rooms: number;
  /** Landlords per room; the scale is 50k landlords for 100k rooms. */
  landlordsPerRoom?: number;
  seed?: number;
  /** Entities written per transaction while seeding. */
  batch?: number;
  at?: number;
  /** Only communities inside this region (a desk's own region, so the platform accepts all of it). */
  within?: string;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅海燕春晓东亮文斌宇浩凯鹏飞云龙辉鑫波俊峰'.split('');
const ROADS = ['东路', '西路', '南路', '北路', '中路', '大道', '街', '巷'];
const ROAD_STEMS = [
  '浮排',
  '峰江',
  '新桥',
  '金清',
  '蓬街',
  '横街',
  '桐屿',
  '螺洋',
  '路南',
  '路北',
  '青龙',
  '文化',
  '商城',
  '腾达',
  '银安',
  '西环',
];
const BIRTH_PREFIXES = ['331004', '331002', '331003', '331081', '341602', '341621', '522121', '511302', '432524', '362321'];

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function taizhouCommunities(): string[] {
  const out: string[] = [];
  for (const district of regionChildren('3310'))
    for (const street of regionChildren(district.code)) for (const community of regionChildren(street.code)) out.push(community.code);
  return out;
}

export function seedRegister(reg: Register, opts: SeedOptions): { landlords: number; properties: number; rooms: number } {
  const rnd = mulberry32(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const communities = taizhouCommunities().filter((c) => !opts.within || c.startsWith(opts.within));
  const landlordTarget = Math.max(1, Math.round(opts.rooms * (opts.landlordsPerRoom ?? 0.5)));
  const batch = opts.batch ?? 5000;
  const at = opts.at ?? Date.UTC(2026, 0, 5);
  let landlords = 0;
  let properties = 0;
  let rooms = 0;

  const newLandlord = (w: Writer) => {
    landlords++;
    // (birth date, sequence) is unique per landlord, so ID numbers never collide.
    const birth = addDays('1950-01-01', Math.floor(landlords / 999)).replaceAll('-', '');
    return w.insert('landlords', {
      name: pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : ''),
      idType: 'resident_id',
      idNumber: residentId(pick(BIRTH_PREFIXES), birth, (landlords % 999) + 1),
      mobile: `1${pick(['3', '5', '7', '8', '9'])}${String(int(0, 999999999)).padStart(9, '0')}`,
    }).id;
  };

  while (rooms < opts.rooms || landlords < landlordTarget) {
    reg.write({ clerkId: null, action: 'bench.seed', at }, (w) => {
      let written = 0;
      // Rooms first, each property with its own landlord; then the landlords who have none yet.
      while (written < batch && rooms < opts.rooms) {
        const owner = newLandlord(w);
        const regionCode = pick(communities);
        const detail = `${pick(ROAD_STEMS)}${pick(ROADS)}${int(1, 400)}号`;
        const floors = int(2, 6);
        const p = w.insert('properties', {
          landlordId: owner,
          regionCode,
          districtCode: regionCode.slice(0, 6),
          streetCode: regionCode.slice(0, 9),
          communityCode: regionCode,
          grid: `网格${int(1, 30)}`,
          detail,
          address: formatAddress(regionCode, detail),
          addressKey: addressKey(regionCode, detail),
          buildingType: rnd() < 0.7 ? 'self_built' : pick(['apartment', 'urban_village', 'dormitory']),
          floors,
          mixedUse: rnd() < 0.08,
        });
        properties++;
        written += 2;
        const count = Math.min(int(2, 6), opts.rooms - rooms);
        for (let i = 0; i < count; i++) {
          const floor = int(1, floors);
          const area = Math.round((6 + rnd() * 24) * 10) / 10;
          w.insert('rooms', {
            propertyId: p.id,
            label: `${floor}0${i + 1}`,
            floor,
            areaM2: area,
            hasKitchen: rnd() < 0.45,
            privateBathroom: rnd() < 0.6,
            windowBars: rnd() < 0.3,
            rentMonthly: int(3, 20) * 50,
            maxOccupants: maxOccupants(area),
          });
          rooms++;
          written++;
        }
      }
      while (written < batch && rooms >= opts.rooms && landlords < landlordTarget) {
        newLandlord(w);
        written++;
      }
    });
  }
  return { landlords, properties, rooms };
}
