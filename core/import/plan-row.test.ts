import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../validation/resident-id';
import { creditCodeCheckCharacter } from '../validation/credit-code';
import { COLUMNS, type ColumnKey } from './columns';
import type { CellValue } from './cells';
import { crossCheck } from './cross-check';
import { newPlanMemo, planRow, type RowCells } from './plan-row';

const id = (seq: number) => {
  const first17 = `331004197003120${String(seq).padStart(2, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

function cells(overrides: Partial<Record<ColumnKey, CellValue>> = {}): RowCells {
  return {
    landlordName: '陈建国',
    idNumber: id(11),
    mobile: '13805761234',
    letterSigned: '是',
    letterSignedOn: '2026-01-05',
    district: '路桥区',
    street: '峰江街道',
    community: '浮排居委会',
    road: '浮排村东路',
    houseNumber: '12',
    buildingType: '自建房',
    floors: 3,
    roomLabel: '101',
    roomFloor: 1,
    area: 14,
    kitchen: '是',
    rent: 800,
    ...overrides,
  };
}

const ctx = { city: '3310', today: '2026-06-01' };
const problems = (c: RowCells) => planRow(3, c, ctx).problems.map((p) => `${p.column}:${p.key}`);

describe('one row of the register sheet', () => {
  it('becomes the same inputs the walk-in form sends', () => {
    const r = planRow(3, cells(), ctx);
    expect(r.problems).toEqual([]);
    expect(r.landlord).toMatchObject({
      kind: 'person',
      idType: 'resident_id',
      name: '陈建国',
      idNumber: id(11),
      mobile: '13805761234',
      warnings: [],
    });
    expect(r.letter).toEqual({ signed: true, signedOn: '2026-01-05' });
    expect(r.property).toMatchObject({
      address: { regionCode: '331004006056', road: '浮排村东路', houseNumber: '12号' },
      buildingType: 'self_built',
      floors: 3,
      mixedUse: false,
      ebikeArrangement: 'none',
      usesSandwichPanels: false,
    });
    expect(r.room).toEqual({
      label: '101',
      floor: 1,
      areaM2: 14,
      hasKitchen: true,
      privateBathroom: false,
      windowBars: false,
      rentMonthly: 800,
    });
    expect(r.addressKey).toBe('331004006056|浮排村东路12号');
    expect(r.roomKey).toBe('331004006056|浮排村东路12号#101');
  });

  it.each([
    [{ mobile: '1380576123' }, 'mobile:mobile.invalid'],
    [{ idNumber: `${id(11).slice(0, 17)}${id(11).endsWith('1') ? '2' : '1'}` }, 'idNumber:idNumber.checksum'],
    [{ idNumber: 331004197003120000 }, 'idNumber:import.idAsNumber'],
    [{ idNumber: '331004********0011' }, 'idNumber:import.maskedId'],
    [{ idNumber: `33100420990101001${residentIdCheckCharacter('33100420990101001')}` }, 'idNumber:idNumber.futureBirthDate'],
    [{ landlordName: ' ' }, 'landlordName:field.required'],
    [{ idType: '驾驶证' }, 'idType:import.notInList'],
    [{ landlordKind: '单位', idType: '居民身份证', contactName: '王经理' }, 'idType:landlord.organisationNeedsCreditCode'],
    [{ landlordKind: '单位', idType: '统一社会信用代码', contactName: '王经理' }, 'idNumber:creditCode.division'],
    [{ landlordKind: '个人', idType: '统一社会信用代码' }, 'idType:landlord.personNeedsId'],
    [{ letterSignedOn: null }, 'letterSignedOn:letter.dateRequired'],
    [{ letterSignedOn: '2026-07-01' }, 'letterSignedOn:letter.dateInFuture'],
    [{ letterSignedOn: '2026-02-30' }, 'letterSignedOn:field.invalidDate'],
    [{ street: '不存在街道' }, 'street:import.regionUnknown'],
    [{ road: null, houseNumber: null }, ['road:address.roadRequired', 'houseNumber:address.numberRequired']],
    [{ houseNumber: null }, 'houseNumber:address.numberRequired'],
    [{ road: null, houseNumber: null, detail: '浮排村东路12号' }, []],
    [{ buildingType: '别墅' }, 'buildingType:import.notInList'],
    [{ floors: '三' }, 'floors:import.notNumber'],
    [{ roomFloor: 0 }, 'roomFloor:room.basement'],
    [{ roomFloor: 4 }, 'roomFloor:property.floorAboveBuilding'],
    [{ area: 0.5 }, 'area:room.areaRange'],
    [{ rent: 12.5 }, 'rent:room.rentRange'],
    [{ rent: null }, 'rent:field.required'],
    [{ kitchen: '也许' }, 'kitchen:import.yesNo'],
    [{ roomLabel: '' }, 'roomLabel:field.required'],
  ])('%j is refused at its column', (overrides, expected) => {
    expect(problems(cells(overrides as Partial<Record<ColumnKey, CellValue>>))).toEqual(Array.isArray(expected) ? expected : [expected]);
  });

  it('takes an organisation by its credit code; a failed check character is a warning only', () => {
    const first17 = '91331004MA2K12345';
    const good = first17 + creditCodeCheckCharacter(first17);
    const org = { landlordKind: '单位', idType: null, contactName: '王经理' };
    expect(planRow(3, cells({ ...org, idNumber: good }), ctx).landlord).toMatchObject({ kind: 'organisation', idType: 'credit_code' });
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const r = planRow(3, cells({ ...org, idNumber: wrong }), ctx);
    expect(r.problems).toEqual([{ column: 'idNumber', key: 'creditCode.checkDigit', severity: 'warning' }]);
    expect(r.landlord?.idNumber).toBe(wrong);
  });

  it('checks landlord and property cells once per file when they repeat', () => {
    const memo = newPlanMemo();
    for (let i = 0; i < 5; i++) planRow(3 + i, cells({ roomLabel: `10${i}` }), { ...ctx, memo });
    expect(memo.landlords.size).toBe(1);
    expect(memo.properties.size).toBe(1);
  });

  it('has a column for every key, and only one of each header', () => {
    expect(new Set(COLUMNS.map((c) => c.header)).size).toBe(COLUMNS.length);
  });
});

describe('duplicates inside one file', () => {
  const plan = (rows: RowCells[]) => crossCheck(rows.map((c, i) => planRow(3 + i, c, ctx)));

  it('imports a repeated room once and says which row it repeats', () => {
    const r = plan([cells(), cells({ roomLabel: '102' }), cells({ roomLabel: '101 '.trim().toLowerCase() })]);
    expect(r.map((x) => x.status)).toEqual(['new', 'new', 'duplicate']);
    expect(r[2]!.problems).toEqual([{ column: 'roomLabel', key: 'import.duplicateRoomInFile', params: { row: 3 }, severity: 'warning' }]);
  });

  it('refuses a second name for one ID, a second landlord for one address, and other floors for one property', () => {
    const r = plan([
      cells(),
      cells({ landlordName: '陈建华', roomLabel: '102' }),
      cells({ idNumber: id(12), landlordName: '王五', roomLabel: '103' }),
      cells({ floors: 4, roomLabel: '104' }),
      cells({ houseNumber: '12号', roomLabel: '105' }), // "12" and "12号" are one door
    ]);
    expect(r.map((x) => x.status)).toEqual(['new', 'error', 'error', 'error', 'new']);
    expect(r[1]!.problems[0]).toMatchObject({ key: 'import.landlordDiffersInFile', params: { row: 3, name: '陈建国' } });
    expect(r[2]!.problems[0]).toMatchObject({ key: 'import.addressOtherLandlordInFile', params: { row: 3 } });
    expect(r[3]!.problems[0]).toMatchObject({ key: 'import.propertyDiffersInFile', params: { row: 3, value: 3 } });
  });

  it('lets the first valid row define a landlord when an earlier one had errors', () => {
    const r = plan([cells({ mobile: 'x' }), cells({ landlordName: '陈建华', roomLabel: '102' })]);
    expect(r.map((x) => x.status)).toEqual(['error', 'new']);
  });
});
