import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, capacityProblem, countFromSizes, countHousehold } from './household';

const P = { areaPerPersonM2: 6, personsPerRoom: 2 };

describe('ages and counts', () => {
  it.each([
    ['2014-06-15', '2026-06-15', 12],
    ['2014-06-16', '2026-06-15', 11],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['1990-01-01', '2026-06-15', 36],
  ])('born %s is %i on %s', (born, on, age) => expect(ageOn(born, on)).toBe(age));

  it('counts children under 12 for neither rule and minors 12-17 for the area only', () => {
    expect(countHousehold(['1988-03-04', '1990-07-18', '2020-03-01'], '2026-06-15')).toEqual({
      persons: 3,
      areaCounted: 2,
      roomCounted: 2,
      children: 1,
    });
    expect(countHousehold(['1988-03-04', '2011-01-01'], '2026-06-15')).toEqual({ persons: 2, areaCounted: 2, roomCounted: 1, children: 0 });
    // Unknown birth date: counted as an adult, the safe side.
    expect(countHousehold([null], '2026-06-15')).toEqual({ persons: 1, areaCounted: 1, roomCounted: 1, children: 0 });
  });
});

describe('capacity (DEN-1, DEN-2)', () => {
  it.each([
    [14, 2, 1, null],
    [10, 2, 1, 'DEN-1'],
    [10, 1, 3, null],
    [30, 3, 0, 'DEN-2'],
    [5.9, 1, 0, 'DEN-1'],
    [12, 2, 0, null],
  ] as const)('%d m², %i adults + %i children -> %s', (area, adults, children, rule) => {
    expect(capacityProblem(area, countFromSizes(adults, children), P)?.rule ?? null).toBe(rule);
  });

  it('names the numbers the clerk tells the tenant', () => {
    expect(capacityProblem(10, countFromSizes(2, 1), P)).toEqual({
      rule: 'DEN-1',
      persons: 3,
      counted: 2,
      areaM2: 10,
      max: 1,
      perPerson: 6,
    });
  });

  it('law: whoever fits never exceeds floor(area / per-person) nor the per-room cap, counting as the rules count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 3000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (a10, adults, children) => {
          const area = a10 / 10;
          const ok = capacityProblem(area, countFromSizes(adults, children), P) === null;
          expect(ok).toBe(adults * 6 <= Math.round(area * 10) / 10 + 1e-9 && adults <= 2);
        },
      ),
    );
  });
});
