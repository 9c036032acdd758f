import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WINDOWS } from '../rules/windows';
import { residentIdCheckCharacter } from '../validation/resident-id';
import { checkInInput, reserveInput, type CheckInInput } from '../schemas/tenancy';
import { countHousehold } from './household';
import {
  personKey,
  planCancel,
  planCheckIn,
  planCheckOut,
  planMove,
  planReserve,
  type CheckInFacts,
  type KnownPeople,
  type LettingFacts,
  type TenancyFacts,
} from './letting';

/** The rules take plain facts: no register, no clock. These are the facts of one room on one day. */
const ID = {
  R0: '01JR0000000000000000000000',
  R1: '01JR1000000000000000000000',
  R2: '01JR2000000000000000000000',
  P1: '01JP1000000000000000000000',
  T0: '01JT0000000000000000000000',
  T1: '01JT1000000000000000000000',
  T5: '01JT5000000000000000000000',
  T9: '01JT9000000000000000000000',
  N1: '01JN1000000000000000000000',
  N2: '01JN2000000000000000000000',
} as const;
const TODAY = '2026-06-15';
const AT = Date.parse('2026-06-15T02:00:00Z');
const clock = { today: TODAY, at: AT };
const DENSITY = { areaPerPersonM2: 6, personsPerRoom: 2 };

const id17 = (first17: string) => first17 + residentIdCheckCharacter(first17);
const TENANT_ID = id17('34160219900307451');
const SPOUSE_ID = id17('34160219920512002');

function room(over: Partial<LettingFacts> = {}, roomOver: Partial<NonNullable<LettingFacts['room']>> = {}): LettingFacts {
  return {
    room: { id: ID.R1, propertyId: ID.P1, status: 'vacant', areaM2: 14, ...roomOver },
    property: { status: 'active', closedAuthority: null, closedReason: null },
    fire: { status: 'compliant', reasons: [{ key: 'fire.reason.compliant', params: { validUntil: '2027-01-01' } }] },
    holder: null,
    density: DENSITY,
    ...over,
  };
}

const tenant = { name: '张伟', idNumber: TENANT_ID, mobile: '13805761234', originCode: '341602' };
const checkIn = (over: Record<string, unknown> = {}): CheckInInput =>
  checkInInput.parse({ roomId: ID.R1, tenant, members: [], checkInOn: TODAY, ...over });
const facts = (over: Partial<CheckInFacts> = {}): CheckInFacts => ({ room: room(), reservation: null, known: new Map(), ...over });

const refusalOf = (d: { ok: boolean; refusal?: { code: string; ref: { key: string }; issues: { path: string; key: string }[] } }) =>
  d.ok ? null : { code: d.refusal!.code, key: d.refusal!.ref.key, issue: d.refusal!.issues[0]?.key ?? null };

describe('check-in: the table of refusals', () => {
  const table: [string, CheckInInput, CheckInFacts, { code: string; key: string; issue?: string | null }][] = [
    [
      'a date ahead',
      checkIn({ checkInOn: '2026-06-16' }),
      facts(),
      { code: 'VALIDATION', key: 'error.validation', issue: 'tenancy.checkInFuture' },
    ],
    [
      `more than ${WINDOWS.lateCheckInDays} days late`,
      checkIn({ checkInOn: '2026-05-15' }),
      facts(),
      { code: 'VALIDATION', key: 'error.validation', issue: 'tenancy.checkInTooOld' },
    ],
    [
      'no such room',
      checkIn(),
      facts({ room: { ...room(), room: null, property: null, fire: null } }),
      { code: 'NOT_FOUND', key: 'tenancy.roomNotFound' },
    ],
    [
      'a closed property',
      checkIn(),
      facts({ room: room({ property: { status: 'closed', closedAuthority: '路桥区消防救援大队', closedReason: '三合一' } }) }),
      { code: 'RULE_VIOLATION', key: 'tenancy.propertyClosed' },
    ],
    [
      'a property rectifying',
      checkIn(),
      facts({
        room: room({
          fire: { status: 'rectifying', reasons: [{ key: 'fire.reason.rectifying', params: { code: 'ESC-1', deadline: '2026-06-18' } }] },
        }),
      }),
      { code: 'RULE_VIOLATION', key: 'tenancy.notCompliant' },
    ],
    [
      'a room marked unavailable',
      checkIn(),
      facts({ room: room({}, { status: 'unavailable' }) }),
      { code: 'RULE_VIOLATION', key: 'tenancy.roomUnavailable' },
    ],
    [
      'a room another clerk just let',
      checkIn(),
      facts({ room: room({ holder: { id: ID.T9, status: 'active', reservedUntil: null, clerkName: '李' } }) }),
      { code: 'CONFLICT', key: 'tenancy.roomTaken' },
    ],
    [
      'a room held for someone else',
      checkIn(),
      facts({ room: room({ holder: { id: ID.T9, status: 'reserved', reservedUntil: AT + 3_600_000, clerkName: null } }) }),
      { code: 'CONFLICT', key: 'tenancy.roomReserved' },
    ],
    [
      'three adults in 14 m² (DEN-1)',
      checkIn({
        members: [
          { name: '李娜', idNumber: SPOUSE_ID, relation: 'spouse' },
          { name: '张强', birthDate: '1995-01-01', idType: 'passport', idNumber: 'E12345678', relation: 'sibling' },
        ],
      }),
      facts(),
      { code: 'RULE_VIOLATION', key: 'tenancy.overDen1' },
    ],
    [
      'an adult recorded without an ID',
      checkIn({ members: [{ name: '张大', birthDate: '2000-01-01', relation: 'sibling' }] }),
      facts(),
      { code: 'VALIDATION', key: 'error.validation', issue: 'tenant.notMinor' },
    ],
    [
      'a tenant living elsewhere already',
      checkIn(),
      facts({
        known: new Map([
          [
            personKey('resident_id', TENANT_ID),
            {
              id: ID.N1,
              name: '张伟',
              stays: [{ tenancyId: ID.T5, status: 'active', roomLabel: '201', address: '浮排村东路 3 号', since: '2026-01-01' }],
            },
          ],
        ]),
      }),
      { code: 'RULE_VIOLATION', key: 'tenant.alreadyCheckedIn', issue: 'tenant.alreadyCheckedIn' },
    ],
    [
      'a reservation of another room',
      checkIn({ reservationId: '01J00000000000000000000000' }),
      facts({ reservation: { id: '01J00000000000000000000000', roomId: ID.R2, status: 'reserved' } }),
      { code: 'RULE_VIOLATION', key: 'tenancy.reservationOtherRoom' },
    ],
    [
      'a reservation that ran out',
      checkIn({ reservationId: '01J00000000000000000000000' }),
      facts({
        room: room({ holder: { id: '01J00000000000000000000000', status: 'reserved', reservedUntil: AT - 1, clerkName: null } }),
        reservation: { id: '01J00000000000000000000000', roomId: ID.R1, status: 'reserved' },
      }),
      { code: 'CONFLICT', key: 'tenancy.notReserved' },
    ],
  ];
  it.each(table)('refuses %s', (_what, input, f, want) => {
    const got = refusalOf(planCheckIn(input, f, clock) as never);
    expect(got).toMatchObject({ code: want.code, key: want.key, ...(want.issue !== undefined ? { issue: want.issue } : {}) });
  });

  it('names the registered person, not the name as typed, when someone lives elsewhere', () => {
    const known: KnownPeople = new Map([
      [
        personKey('resident_id', TENANT_ID),
        {
          id: ID.N1,
          name: '张伟伟',
          stays: [{ tenancyId: ID.T5, status: 'reserved', roomLabel: '201', address: 'X', since: '2026-01-01' }],
        },
      ],
    ]);
    const d = planCheckIn(checkIn(), facts({ known }), clock);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.refusal.ref.params).toMatchObject({ name: '张伟伟', state: { key: 'tenant.state.reserved' } });
  });
});

describe('check-in: the plan', () => {
  it('registers the household with guardians first, counts children apart and occupies the room', () => {
    const input = checkIn({
      members: [
        { name: '张小宝', birthDate: '2020-03-01', relation: 'child', guardian: 1 },
        { name: '李娜', idNumber: SPOUSE_ID, relation: 'spouse' },
      ],
    });
    const d = planCheckIn(
      input,
      facts({ known: new Map([[personKey('resident_id', TENANT_ID), { id: ID.N1, name: '张伟', stays: [] }]]) }),
      clock,
    );
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    // The tenant is known: updated, not registered twice. The spouse (slot 2) before the child (slot 1) who names her guardian.
    expect(d.plan.people.map((p) => [p.slot, p.existingId, p.guardianSlot])).toEqual([
      [0, ID.N1, null],
      [2, null, null],
      [1, null, 2],
    ]);
    expect(d.plan.tenancy).toMatchObject({ roomId: ID.R1, propertyId: ID.P1, adults: 2, children: 1 });
    expect(d.plan.members).toEqual([
      { slot: 1, relation: 'child' },
      { slot: 2, relation: 'spouse' },
    ]);
  });

  it('releases a hold that ran out instead of refusing', () => {
    const d = planCheckIn(
      checkIn(),
      facts({ room: room({ holder: { id: ID.T0, status: 'reserved', reservedUntil: AT, clerkName: null } }) }),
      clock,
    );
    expect(d.ok && d.plan.releaseHold).toBe(ID.T0);
  });

  it('law: an accepted household never counts more than the room holds, in a compliant, vacant-or-own room', () => {
    const person = fc.record({
      born: fc
        .date({ min: new Date('1950-01-01'), max: new Date('2026-06-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 5 }),
        fc.double({ min: 4, max: 40, noNaN: true }),
        fc.constantFrom('compliant', 'rectifying', 'overdue', 'closed'),
        (members, area, status) => {
          const areaM2 = Math.round(area * 10) / 10;
          const input = checkInInput.safeParse({
            roomId: ID.R1,
            tenant,
            checkInOn: TODAY,
            // Minors without an ID, adults with a passport: what the schema lets through.
            members: members.map((m, i) =>
              m.born > '2008-06-15'
                ? { name: `子${i}`, birthDate: m.born, relation: 'child' }
                : { name: `人${i}`, idType: 'passport', idNumber: `E1234567${i}`, birthDate: m.born, relation: 'relative' },
            ),
          });
          if (!input.success) return;
          const f = facts({ room: room({ fire: { status: status as 'compliant', reasons: [] } }, { areaM2 }) });
          const d = planCheckIn(input.data, f, clock);
          if (!d.ok) return;
          expect(status).toBe('compliant');
          const count = countHousehold(
            [input.data.tenant, ...input.data.members].map((p) => p.birthDate),
            TODAY,
          );
          expect(count.areaCounted).toBeLessThanOrEqual(Math.floor((areaM2 * 10) / 60));
          expect(count.roomCounted).toBeLessThanOrEqual(DENSITY.personsPerRoom);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reservations', () => {
  const reserve = (over: Record<string, unknown> = {}) =>
    reserveInput.parse({ roomId: ID.R1, tenant, adults: 2, checkInOn: '2026-06-20', ...over });
  it.each([
    ['a move-in in the past', { checkInOn: '2026-06-14' }, 'tenancy.moveInRange'],
    [`more than ${WINDOWS.reserveAheadDays} days ahead`, { checkInOn: '2026-08-15' }, 'tenancy.moveInRange'],
  ])('refuses %s', (_w, over, issue) => {
    expect(refusalOf(planReserve(reserve(over), room(), new Map(), clock) as never)?.issue).toBe(issue);
  });
  it('holds the room for the hours asked', () => {
    const d = planReserve(reserve({ holdHours: 2 }), room(), new Map(), clock);
    expect(d.ok && d.plan.tenancy.reservedUntil).toBe(AT + 2 * 3_600_000);
  });
  it('counts what the tenant says (adults, children) against DEN-1/DEN-2', () => {
    expect(refusalOf(planReserve(reserve({ adults: 3 }), room({}, { areaM2: 30 }), new Map(), clock) as never)?.key).toBe(
      'tenancy.overDen2',
    );
  });
});

describe('check-out, cancel and move', () => {
  const stay = (over: Partial<TenancyFacts> = {}): TenancyFacts => ({
    id: ID.T1,
    status: 'active',
    roomId: ID.R0,
    roomStatus: 'occupied',
    tenantId: ID.N1,
    checkInOn: '2026-06-01',
    expectedEndOn: '2026-12-31',
    ...over,
  });
  it.each([
    ['no such tenancy', null, undefined, 'tenancy.notFound'],
    ['one already ended', stay({ status: 'ended' }), undefined, 'tenancy.notActive'],
    ['a date ahead', stay(), '2026-06-16', 'error.validation'],
    ['a date before they came', stay(), '2026-05-31', 'error.validation'],
  ] as const)('check-out refuses %s', (_w, t, on, key) => {
    expect(refusalOf(planCheckOut(t, on, TODAY) as never)?.key).toBe(key);
  });
  it('check-out vacates an occupied room, and only that', () => {
    expect(planCheckOut(stay(), undefined, TODAY)).toEqual({
      ok: true,
      plan: { tenancyId: ID.T1, status: 'ended', checkedOutOn: TODAY, vacateRoomId: ID.R0 },
    });
    const d = planCheckOut(stay({ roomStatus: 'unavailable' }), undefined, TODAY);
    expect(d.ok && d.plan.vacateRoomId).toBeNull();
  });
  it('cancel gives back a reserved room', () => {
    expect(planCancel(stay({ status: 'reserved', roomStatus: 'reserved' }))).toMatchObject({
      ok: true,
      plan: { status: 'cancelled', vacateRoomId: ID.R0 },
    });
    expect(refusalOf(planCancel(stay()) as never)?.key).toBe('tenancy.notReserved');
  });
  it('move: same room refused, the household counted on the moving day, the end date kept only if still ahead', () => {
    const base = {
      tenancy: stay(),
      birthDates: ['1990-03-07', '2020-03-01'],
      members: [{ tenantId: ID.N2, relation: 'child' as const }],
      target: room(),
    };
    expect(refusalOf(planMove({ toRoomId: ID.R0 }, base, clock) as never)?.issue).toBe('tenancy.moveSameRoom');
    const d = planMove({ toRoomId: ID.R1 }, base, clock);
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.plan.tenancy).toMatchObject({ roomId: ID.R1, adults: 1, children: 1, expectedEndOn: '2026-12-31', movedFromId: ID.T1 });
      expect(d.plan.vacateRoomId).toBe(ID.R0);
    }
    const tooSmall = planMove(
      { toRoomId: ID.R1 },
      { ...base, birthDates: ['1990-03-07', '1991-01-01', '1992-01-01'], target: room({}, { areaM2: 12 }) },
      clock,
    );
    expect(refusalOf(tooSmall as never)?.key).toBe('tenancy.overDen1');
  });
});
