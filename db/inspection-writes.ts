import { applicableItems } from '../core/rules/applicability';
import type { RuleSet } from '../core/rules/rule-set';
import type { InspectionFacts, InspectionPlan } from '../core/inspections/verdict';
import { propertyFacts } from './facts';
import { openHazardsOfProperty } from './hazards';
import { pendingSchedules } from './inspections';
import { roomsOfProperty } from './properties';
import type { Register, Writer } from './write';

/** What core/inspections/verdict.ts decides an inspection on, for one property under one rule set. */
export function inspectionFacts(
  reg: Register,
  propertyId: string,
  ruleSet: RuleSet,
  today: string,
  photos: readonly string[],
): InspectionFacts {
  const known = new Set(photos.filter((id) => reg.get('photos', id)));
  return {
    ruleVersion: ruleSet.version,
    items: applicableItems(ruleSet, propertyFacts(reg, propertyId, ruleSet.parameters)),
    roomIds: new Set(roomsOfProperty(reg, propertyId).map((r) => r.id)),
    openHazards: openHazardsOfProperty(reg, propertyId, today).map((h) => ({
      id: h.id,
      itemCode: h.itemCode,
      roomId: h.roomId,
      deadline: h.deadline,
    })),
    knownPhotos: known,
    pendingSchedules: pendingSchedules(reg, propertyId),
  };
}

/** Writes an inspection's plan: the visit, its findings and hazards, the rectified ones, the schedule. */
export function writeInspection(
  w: Writer,
  propertyId: string,
  inspectorId: string,
  plan: InspectionPlan,
): { inspectionId: string; hazardsCreated: string[] } {
  const inspection = w.insert('inspections', { propertyId, inspectorId, ...plan.inspection });
  for (const id of plan.rectified) {
    w.update('hazards', id, {
      status: 'rectified',
      rectifiedOn: plan.inspection.inspectedOn,
      verifiedBy: inspectorId,
      verifiedInspectionId: inspection.id,
    });
  }
  const hazardsCreated: string[] = [];
  for (const f of plan.findings) {
    const { hazard, ...row } = f;
    const finding = w.insert('findings', { inspectionId: inspection.id, ...row });
    if (!hazard) continue;
    const h = w.insert('hazards', {
      propertyId,
      inspectionId: inspection.id,
      findingId: finding.id,
      itemCode: f.itemCode,
      roomId: f.roomId,
      foundOn: plan.inspection.inspectedOn,
      ...hazard,
    });
    hazardsCreated.push(h.id);
  }
  for (const id of plan.schedulesDone) w.update('scheduledInspections', id, { doneInspectionId: inspection.id });
  if (plan.reinspection) w.insert('scheduledInspections', { propertyId, kind: 'reinspection', ...plan.reinspection });
  return { inspectionId: inspection.id, hazardsCreated };
}
