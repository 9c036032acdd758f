import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { inspectionRecordInput } from '../schemas/inspection';
import { planInspection, type InspectionFacts } from './verdict';

const TODAY = '2026-06-15';
const ID = {
  P1: '01JP1000000000000000000000',
  R1: '01JR1000000000000000000000',
  R2: '01JR2000000000000000000000',
  H1: '01JH1000000000000000000000',
  H2: '01JH2000000000000000000000',
  S1: '01JS1000000000000000000000',
  S2: '01JS2000000000000000000000',
};
const ITEMS = [
  { code: 'ESC-1', effects: ['letting' as const], days: 3 },
  { code: 'GAS-2', effects: ['cooking' as const], days: 15 },
  { code: 'LOC-1', effects: ['letting' as const, 'closure' as const], days: 3 },
];
const facts = (over: Partial<InspectionFacts> = {}): InspectionFacts => ({
  ruleVersion: 'zj-2022.1',
  items: ITEMS,
  roomIds: new Set([ID.R1, ID.R2]),
  openHazards: [],
  knownPhotos: new Set(),
  pendingSchedules: [],
  ...over,
});
const pass = (code: string) => ({ itemCode: code, outcome: 'pass' });
const fail = (code: string, extra: Record<string, unknown> = {}) => ({
  itemCode: code,
  outcome: 'fail',
  note: '堵塞',
  severity: 'major',
  ...extra,
});
const input = (findings: unknown[], over: Record<string, unknown> = {}) =>
  inspectionRecordInput.parse({ propertyId: ID.P1, inspectedOn: TODAY, kind: 'routine', findings, ...over });
const issueKeys = (d: ReturnType<typeof planInspection>) => (d.ok ? [] : d.refusal.issues.map((i) => i.key));

describe('what an inspection may record', () => {
  it.each([
    [
      'a visit ahead of today',
      input(
        ITEMS.map((i) => pass(i.code)),
        { inspectedOn: '2026-06-16' },
      ),
      facts(),
      ['inspection.future'],
    ],
    [
      'an item the rule set does not have here',
      input([...ITEMS.map((i) => pass(i.code)), pass('EBK-3')]),
      facts(),
      ['inspection.unknownItem'],
    ],
    ['a full visit that skipped an item', input([pass('ESC-1'), pass('GAS-2')]), facts(), ['inspection.missingItems']],
    [
      'a room of another property',
      input([...ITEMS.map((i) => pass(i.code)), { ...fail('ESC-1'), roomId: ID.P1 }]),
      facts(),
      ['inspection.unknownRoom'],
    ],
    [
      'a deadline before the visit',
      input([fail('ESC-1', { deadline: '2026-06-01' }), pass('GAS-2'), pass('LOC-1')]),
      facts(),
      ['inspection.deadlineBeforeInspection'],
    ],
    [
      'a photo the register does not hold',
      input([fail('ESC-1', { photos: ['a'.repeat(64)] }), pass('GAS-2'), pass('LOC-1')]),
      facts(),
      ['photo.unknown'],
    ],
    [
      'a re-inspection that leaves an open hazard unanswered',
      input([], { kind: 'reinspection', hazardChecks: [{ hazardId: ID.H1, rectified: true }] }),
      facts({
        openHazards: [
          { id: ID.H1, itemCode: 'ESC-1', roomId: null, deadline: '2026-06-18' },
          { id: ID.H2, itemCode: 'GAS-2', roomId: ID.R1, deadline: '2026-06-30' },
        ],
      }),
      ['inspection.uncheckedHazards'],
    ],
    [
      'a check of a hazard that is not open',
      input([], { kind: 'reinspection', hazardChecks: [{ hazardId: ID.H2, rectified: true }] }),
      facts(),
      ['inspection.unknownHazard'],
    ],
  ] as const)('refuses %s', (_what, i, f, keys) => {
    expect(issueKeys(planInspection(i, f, TODAY))).toEqual(keys);
  });
});

describe('what the findings mean', () => {
  it('a failure opens a hazard with the rule’s deadline and schedules the re-inspection at the earliest one', () => {
    const d = planInspection(
      input([fail('ESC-1'), fail('GAS-2', { roomId: ID.R1, deadline: '2026-07-10' }), pass('LOC-1')]),
      facts(),
      TODAY,
    );
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.plan.inspection.result).toBe('fail');
    expect(d.plan.findings.map((f) => [f.itemCode, f.hazard?.deadline ?? null, f.hazard?.effects ?? null])).toEqual([
      ['ESC-1', addDays(TODAY, 3), ['letting']],
      ['GAS-2', '2026-07-10', ['cooking']],
      ['LOC-1', null, null],
    ]);
    expect(d.plan.reinspection).toEqual({ dueOn: addDays(TODAY, 3), note: 'ESC-1、GAS-2' });
  });

  it('an open hazard whose item passes is rectified; failing again keeps it (and its deadline) instead of a second one', () => {
    const open = [
      { id: ID.H1, itemCode: 'ESC-1', roomId: null, deadline: '2026-06-10' },
      { id: ID.H2, itemCode: 'GAS-2', roomId: ID.R1, deadline: '2026-06-20' },
    ];
    const d = planInspection(input([pass('ESC-1'), fail('GAS-2', { roomId: ID.R1 }), pass('LOC-1')]), facts({ openHazards: open }), TODAY);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.plan.rectified).toEqual([ID.H1]);
    expect(d.plan.findings.find((f) => f.itemCode === 'GAS-2')!.hazard).toBeNull();
    expect(d.plan.reinspection).toEqual({ dueOn: '2026-06-20', note: 'GAS-2' });
  });

  it('a re-inspection answers each open hazard; all rectified leaves nothing to schedule and passes', () => {
    const open = [{ id: ID.H1, itemCode: 'ESC-1', roomId: null, deadline: '2026-06-10' }];
    const d = planInspection(
      input([], { kind: 'reinspection', hazardChecks: [{ hazardId: ID.H1, rectified: true }] }),
      facts({ openHazards: open }),
      TODAY,
    );
    expect(d.ok && d.plan).toMatchObject({ rectified: [ID.H1], reinspection: null, inspection: { result: 'pass', kind: 'reinspection' } });
  });

  it('settles the first inspection and the visits due within the window, not those far ahead', () => {
    const pending = [
      { id: ID.S1, kind: 'first', dueOn: '2026-09-01' },
      { id: ID.S2, kind: 'reinspection', dueOn: '2026-09-01' },
    ];
    const d = planInspection(input(ITEMS.map((i) => pass(i.code))), facts({ pendingSchedules: pending }), TODAY);
    expect(d.ok && d.plan.schedulesDone).toEqual([ID.S1]);
  });
});

describe('laws', () => {
  const outcome = fc.constantFrom('pass', 'fail', 'na');
  const spot = fc.record({ item: fc.constantFrom(...ITEMS.map((i) => i.code)), room: fc.constantFrom(null, ID.R1, ID.R2) });
  it('result, hazards and re-inspection agree with the findings, whatever they are', () => {
    fc.assert(
      fc.property(
        fc.array(outcome, { minLength: 3, maxLength: 3 }),
        fc.uniqueArray(spot, { maxLength: 4, selector: (s) => `${s.item}|${s.room}` }),
        (outcomes, openSpots) => {
          const open = openSpots.map((s, i) => ({
            id: `01JH${i}0000000000000000000000`.slice(0, 26),
            itemCode: s.item,
            roomId: s.room,
            deadline: addDays(TODAY, i - 1),
          }));
          const findings = ITEMS.map((item, i) =>
            outcomes[i] === 'fail' ? fail(item.code) : { itemCode: item.code, outcome: outcomes[i] },
          );
          const d = planInspection(input(findings), facts({ openHazards: open }), TODAY);
          expect(d.ok).toBe(true);
          if (!d.ok) return;
          const failed = findings.some((f) => f.outcome === 'fail');
          // Pass exactly when nothing failed.
          expect(d.plan.inspection.result === 'pass').toBe(!failed);
          // Only open hazards are rectified, and only where their item passed at their spot (whole-property findings here).
          for (const id of d.plan.rectified) {
            const h = open.find((o) => o.id === id)!;
            expect(h).toBeDefined();
            expect(findings.find((f) => f.itemCode === h.itemCode && h.roomId === null)?.outcome).toBe('pass');
          }
          // Never two open hazards at one spot: a failure where one stays open opens none.
          const stillOpen = open.filter((h) => !d.plan.rectified.includes(h.id));
          for (const f of d.plan.findings) {
            if (f.hazard) expect(stillOpen.some((h) => h.itemCode === f.itemCode && h.roomId === f.roomId)).toBe(false);
          }
          // The re-inspection is due at the earliest deadline left open, and only when something is.
          const deadlines = [
            ...stillOpen.map((h) => h.deadline),
            ...d.plan.findings.flatMap((f) => (f.hazard ? [f.hazard.deadline] : [])),
          ].sort();
          expect(d.plan.reinspection?.dueOn ?? null).toBe(deadlines[0] ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });
});
