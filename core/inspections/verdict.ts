import { addDays } from '../dates';
import { accept, invalid, refuse, type Decision, type IssueRef } from '../errors';
import type { Effect, RuleItem } from '../rules/rule-set';
import { WINDOWS } from '../rules/windows';
import type { InspectionRecordInput } from '../schemas/inspection';

/**
 * What an inspection's findings mean (the inspection verdict): which findings
 * open hazards and with which deadline, which open hazards the visit settles,
 * which scheduled visits it does, and when the property must be seen again.
 * Pure: the handler loads the facts in its write transaction and applies
 * the plan through the write path.
 */
export interface InspectionFacts {
  ruleVersion: string;
  /** The rule set's items that apply to this property (core/rules/applicability.ts). */
  items: readonly Pick<RuleItem, 'code' | 'effects' | 'days'>[];
  roomIds: ReadonlySet<string>;
  openHazards: readonly { id: string; itemCode: string; roomId: string | null; deadline: string }[];
  /** Photos the register holds (a finding may only point at those). */
  knownPhotos: ReadonlySet<string>;
  /** Scheduled visits of the property not yet done. */
  pendingSchedules: readonly { id: string; kind: string; dueOn: string }[];
}

export interface FindingPlan {
  itemCode: string;
  roomId: string | null;
  outcome: 'pass' | 'fail' | 'na';
  severity: string | null;
  note: string | null;
  photos: string[];
  /** The hazard this failure opens; null when it passed, or when the same hazard is still open. */
  hazard: { description: string; severity: string; effects: Effect[]; deadline: string } | null;
}

export interface InspectionPlan {
  inspection: {
    ruleVersion: string;
    inspectedOn: string;
    kind: InspectionRecordInput['kind'];
    result: 'pass' | 'fail';
    note: string | null;
    facts: { items: string[] };
  };
  findings: FindingPlan[];
  /** Open hazards this visit found rectified. */
  rectified: string[];
  /** Scheduled visits this inspection does. */
  schedulesDone: string[];
  /** The re-inspection the open hazards call for, at the earliest deadline among them. */
  reinspection: { dueOn: string; note: string } | null;
}

const sameSpot = (h: { itemCode: string; roomId: string | null }, f: { itemCode: string; roomId?: string | undefined }) =>
  h.itemCode === f.itemCode && (h.roomId ?? undefined) === f.roomId;

/** Refuses what cannot be recorded (future date, items or rooms not of this property, unchecked hazards), else plans it. */
export function planInspection(input: InspectionRecordInput, facts: InspectionFacts, today: string): Decision<InspectionPlan> {
  if (input.inspectedOn > today) return refuse(invalid([{ path: 'inspectedOn', key: 'inspection.future' }]));
  const items = new Map(facts.items.map((i) => [i.code, i]));
  const openById = new Map(facts.openHazards.map((h) => [h.id, h]));
  const issues: IssueRef[] = [];

  input.findings.forEach((f, i) => {
    if (!items.has(f.itemCode)) {
      issues.push({
        path: `findings.${i}.itemCode`,
        key: 'inspection.unknownItem',
        params: { code: f.itemCode, version: facts.ruleVersion },
      });
    }
    if (f.roomId && !facts.roomIds.has(f.roomId)) issues.push({ path: `findings.${i}.roomId`, key: 'inspection.unknownRoom' });
    if (f.deadline && f.deadline < input.inspectedOn)
      issues.push({ path: `findings.${i}.deadline`, key: 'inspection.deadlineBeforeInspection' });
    for (const photo of f.photos ?? []) {
      if (!facts.knownPhotos.has(photo)) issues.push({ path: `findings.${i}.photos`, key: 'photo.unknown' });
    }
  });
  if (input.kind !== 'reinspection') {
    // A full visit walks every item that applies: a missing one would pass unseen.
    const covered = new Set(input.findings.map((f) => f.itemCode));
    const missing = [...items.keys()].filter((c) => !covered.has(c));
    if (missing.length)
      issues.push({ path: 'findings', key: 'inspection.missingItems', params: { count: missing.length, codes: missing.join('、') } });
  }
  input.hazardChecks.forEach((c, i) => {
    if (!openById.has(c.hazardId))
      issues.push({ path: `hazardChecks.${i}.hazardId`, key: 'inspection.unknownHazard', params: { id: c.hazardId } });
  });
  if (input.kind === 'reinspection') {
    // A re-inspection answers for every open hazard: none may be left without a verdict.
    const checked = new Set(input.hazardChecks.map((c) => c.hazardId));
    const left = facts.openHazards.filter((h) => !checked.has(h.id)).length;
    if (left) issues.push({ path: 'hazardChecks', key: 'inspection.uncheckedHazards', params: { count: left } });
  }
  if (issues.length) return refuse(invalid(issues));

  // An open hazard is settled by an explicit check, or by its item passing in this visit;
  // failing again keeps the hazard (and its deadline) rather than opening a second one.
  const verdicts = new Map(input.hazardChecks.map((c) => [c.hazardId, c.rectified]));
  for (const f of input.findings) {
    for (const h of facts.openHazards) {
      if (verdicts.has(h.id) || !sameSpot(h, f)) continue;
      if (f.outcome === 'pass') verdicts.set(h.id, true);
      if (f.outcome === 'fail') verdicts.set(h.id, false);
    }
  }
  const rectified = [...verdicts].filter(([, ok]) => ok).map(([id]) => id);

  const findings: FindingPlan[] = input.findings.map((f) => {
    const keptOpen = facts.openHazards.some((h) => sameSpot(h, f) && verdicts.get(h.id) === false);
    const item = items.get(f.itemCode)!;
    return {
      itemCode: f.itemCode,
      roomId: f.roomId ?? null,
      outcome: f.outcome,
      severity: f.severity ?? null,
      note: f.note ?? null,
      photos: f.photos ?? [],
      hazard:
        f.outcome === 'fail' && !keptOpen
          ? {
              description: f.note!,
              severity: f.severity!,
              effects: [...item.effects],
              deadline: f.deadline ?? addDays(input.inspectedOn, item.days),
            }
          : null,
    };
  });

  const failed = input.findings.some((f) => f.outcome === 'fail');
  const stillOpen = input.hazardChecks.some((c) => !c.rectified);
  const settled = new Set(rectified);
  const remaining = [
    ...facts.openHazards.filter((h) => !settled.has(h.id)).map((h) => ({ itemCode: h.itemCode, deadline: h.deadline })),
    ...findings.filter((f) => f.hazard).map((f) => ({ itemCode: f.itemCode, deadline: f.hazard!.deadline })),
  ].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  const settlesBy = addDays(input.inspectedOn, WINDOWS.settlesSchedulesWithinDays);

  return accept({
    inspection: {
      ruleVersion: facts.ruleVersion,
      inspectedOn: input.inspectedOn,
      kind: input.kind,
      result: failed || stillOpen ? 'fail' : 'pass',
      note: input.note ?? null,
      facts: { items: [...items.keys()] },
    },
    findings,
    rectified,
    schedulesDone: facts.pendingSchedules.filter((s) => s.dueOn <= settlesBy || s.kind === 'first').map((s) => s.id),
    reinspection: remaining.length ? { dueOn: remaining[0]!.deadline, note: remaining.map((h) => h.itemCode).join('、') } : null,
  });
}
