import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { RoomStatus } from '../schemas/property';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { deriveFireStatus, type StatusInputs } from './derive';

const params = DEFAULT_RULE_SET.parameters;
const TODAY = '2026-06-15';

const room = (id: string, areaM2 = 14, hasKitchen = true, status: RoomStatus = 'vacant') => ({ id, areaM2, hasKitchen, status });
const inspection = (inspectedOn: string, kind: 'first' | 'routine' | 'reinspection' = 'first') => ({
  id: `i-${inspectedOn}-${kind}`,
  inspectedOn,
  kind,
});
const hazard = (
  itemCode: string,
  deadline: string,
  effects: string[],
  status: 'open' | 'rectified' = 'open',
  roomId: string | null = null,
) => ({
  id: `h-${itemCode}-${deadline}-${roomId}`,
  itemCode,
  roomId,
  effects,
  deadline,
  status,
});

const base = (over: Partial<StatusInputs> = {}): StatusInputs => ({
  closed: false,
  rooms: [room('r1'), room('r2', 10, false)],
  inspections: [inspection('2026-03-01')],
  hazards: [],
  params,
  today: TODAY,
  ...over,
});

describe('deriveFireStatus: one case per status', () => {
  const cases: [string, Partial<StatusInputs>, string][] = [
    ['no inspection', { inspections: [] }, 'uninspected'],
    ['inspected, nothing open', {}, 'compliant'],
    ['open letting hazard before its deadline', { hazards: [hazard('ESC-1', '2026-06-20', ['letting'])] }, 'rectifying'],
    ['open letting hazard due today is not yet overdue', { hazards: [hazard('ESC-1', TODAY, ['letting'])] }, 'rectifying'],
    ['open letting hazard past its deadline', { hazards: [hazard('ESC-1', '2026-06-14', ['letting'])] }, 'overdue'],
    ['rectified letting hazard', { hazards: [hazard('ESC-1', '2026-06-14', ['letting'], 'rectified')] }, 'compliant'],
    ['open cooking-only hazard leaves letting alone', { hazards: [hazard('GAS-2', '2026-06-01', ['cooking'])] }, 'compliant'],
    ['pass older than the validity period', { inspections: [inspection('2025-06-14')] }, 'expired'],
    ['pass on its last valid day', { inspections: [inspection('2025-06-16')] }, 'compliant'],
    ['closed wins over an overdue hazard', { closed: true, hazards: [hazard('ESC-1', '2026-01-01', ['letting'])] }, 'closed'],
    ['closed wins over uninspected', { closed: true, inspections: [] }, 'closed'],
    [
      'open hazard wins over expiry',
      { inspections: [inspection('2025-01-01')], hazards: [hazard('ESC-1', '2026-07-01', ['letting'])] },
      'rectifying',
    ],
    [
      're-inspection does not restart the validity period',
      { inspections: [inspection('2025-06-01'), inspection('2026-06-01', 'reinspection')] },
      'expired',
    ],
    ['a later routine inspection renews it', { inspections: [inspection('2025-06-01'), inspection('2026-06-01', 'routine')] }, 'compliant'],
  ];
  it.each(cases)('%s', (_label, over, expected) => {
    expect(deriveFireStatus(base(over)).status).toBe(expected);
  });

  it('says when the answer will change by time alone', () => {
    expect(deriveFireStatus(base({ hazards: [hazard('ESC-1', '2026-06-20', ['letting'])] })).changesOn).toBe('2026-06-21');
    const d = deriveFireStatus(base());
    expect(d.validUntil).toBe('2027-02-28');
    expect(d.changesOn).toBe('2027-03-01');
    expect(deriveFireStatus(base({ closed: true })).changesOn).toBeNull();
  });
});

describe('deriveFireStatus: rooms', () => {
  it('derives max occupants from area and the per-room cap', () => {
    const d = deriveFireStatus(base({ rooms: [room('a', 5.9), room('b', 6), room('c', 11.9), room('d', 12), room('e', 40)] }));
    expect(d.rooms.map((r) => r.maxOccupants)).toEqual([0, 1, 1, 2, 2]);
    expect(d.rooms[0]!.offerable).toBe(false);
    expect(d.rooms[0]!.reasons.map((r) => r.key)).toContain('room.reason.tooSmall');
  });

  it('permits cooking only with a kitchen, after an inspection, without an open cooking hazard for that room', () => {
    const d = deriveFireStatus(
      base({ rooms: [room('k1'), room('k2'), room('n', 14, false)], hazards: [hazard('GAS-3', '2026-07-01', ['cooking'], 'open', 'k2')] }),
    );
    expect(d.rooms.map((r) => r.cookingPermitted)).toEqual([true, false, false]);
    expect(d.rooms[1]!.reasons).toContainEqual({ key: 'cooking.reason.hazard', params: { code: 'GAS-3', deadline: '2026-07-01' } });
    expect(deriveFireStatus(base({ inspections: [] })).rooms[0]!.cookingPermitted).toBe(false);
    const all = deriveFireStatus(base({ hazards: [hazard('GAS-2', '2026-07-01', ['cooking'])] }));
    expect(all.rooms.every((r) => !r.cookingPermitted)).toBe(true);
  });

  it('offers only vacant rooms of compliant properties', () => {
    const d = deriveFireStatus(base({ rooms: [room('v'), room('o', 14, true, 'occupied')] }));
    expect(d.rooms.map((r) => r.offerable)).toEqual([true, false]);
    const r = deriveFireStatus(base({ hazards: [hazard('ESC-1', '2026-07-01', ['letting'])] }));
    expect(r.rooms.every((x) => !x.offerable)).toBe(true);
  });
});

// --- laws, over arbitrary registers -------------------------------------------------

const day = fc.integer({ min: 0, max: 1200 }).map((n) => addDays('2024-01-01', n));
const effects = fc.subarray(['letting', 'cooking', 'closure'] as const);
const arbInputs: fc.Arbitrary<StatusInputs> = fc.record({
  closed: fc.boolean(),
  rooms: fc.array(
    fc.record({
      id: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
      areaM2: fc.integer({ min: 10, max: 600 }).map((n) => n / 10),
      hasKitchen: fc.boolean(),
      status: fc.constantFrom<RoomStatus>('vacant', 'reserved', 'occupied', 'unavailable'),
    }),
    { maxLength: 4 },
  ),
  inspections: fc.array(
    fc.record({
      id: fc.string(),
      inspectedOn: day,
      kind: fc.constantFrom<'first' | 'routine' | 'reinspection'>('first', 'routine', 'reinspection'),
    }),
    { maxLength: 4 },
  ),
  hazards: fc.array(
    fc.record({
      id: fc.string(),
      itemCode: fc.constantFrom('ESC-1', 'GAS-2', 'LOC-1', 'EQP-1'),
      roomId: fc.option(fc.constantFrom('r1', 'r2', 'r3', 'r4'), { nil: null }),
      effects,
      deadline: day,
      status: fc.constantFrom<'open' | 'rectified'>('open', 'rectified'),
    }),
    { maxLength: 5 },
  ),
  params: fc.record({
    areaPerPersonM2: fc.constantFrom(4, 5, 6, 8),
    personsPerRoom: fc.integer({ min: 1, max: 4 }),
    validityMonths: fc.integer({ min: 1, max: 24 }),
  }),
  today: day,
});

describe('deriveFireStatus: laws', () => {
  it('closure wins over everything', () => {
    fc.assert(fc.property(arbInputs, (i) => deriveFireStatus({ ...i, closed: true }).status === 'closed'));
  });

  it('an open letting hazard past its deadline always means overdue (unless closed)', () => {
    fc.assert(
      fc.property(arbInputs, fc.integer({ min: 1, max: 400 }), (i, late) => {
        const withLate = {
          ...i,
          closed: false,
          inspections: i.inspections.length ? i.inspections : [{ id: 'x', inspectedOn: '2024-01-01', kind: 'first' as const }],
          hazards: [
            ...i.hazards,
            {
              id: 'late',
              itemCode: 'ESC-1',
              roomId: null,
              effects: ['letting'],
              deadline: addDays(i.today, -late),
              status: 'open' as const,
            },
          ],
        };
        return deriveFireStatus(withLate).status === 'overdue';
      }),
    );
  });

  it('never permits cooking without a kitchen', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const d = deriveFireStatus(i);
        return d.rooms.every((r, k) => i.rooms[k]!.hasKitchen || !r.cookingPermitted);
      }),
    );
  });

  it('never allows more occupants than the rule limits', () => {
    fc.assert(
      fc.property(arbInputs, (i) =>
        deriveFireStatus(i).rooms.every(
          (r, k) => r.maxOccupants <= i.params.personsPerRoom && r.maxOccupants * i.params.areaPerPersonM2 <= i.rooms[k]!.areaM2 + 1e-9,
        ),
      ),
    );
  });

  it('time moving forward never turns an expired pass back into compliant', () => {
    fc.assert(
      fc.property(arbInputs, fc.integer({ min: 1, max: 800 }), (i, later) => {
        if (deriveFireStatus(i).status !== 'expired') return true;
        return deriveFireStatus({ ...i, today: addDays(i.today, later) }).status !== 'compliant';
      }),
    );
  });

  it('offers a room only when the property is compliant and the room vacant with space', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const d = deriveFireStatus(i);
        return d.rooms.every((r, k) => !r.offerable || (d.status === 'compliant' && i.rooms[k]!.status === 'vacant' && r.maxOccupants > 0));
      }),
    );
  });

  it('the answer holds until changesOn', () => {
    fc.assert(
      fc.property(arbInputs, fc.integer({ min: 1, max: 400 }), (i, ahead) => {
        const now = deriveFireStatus(i);
        const later = addDays(i.today, ahead);
        if (now.changesOn !== null && later >= now.changesOn) return true;
        return deriveFireStatus({ ...i, today: later }).status === now.status;
      }),
    );
  });
});
