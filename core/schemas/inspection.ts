import { z } from 'zod';
import { EFFECTS, SEVERITIES } from '../rules/rule-set';
import { entityId, isoDate, optionalText } from './common';
import { fireStatusSchema } from './property';
import { messageRefSchema, textSchema } from './message';

export const INSPECTION_KINDS = ['first', 'routine', 'reinspection'] as const;
export const inspectionKindSchema = z.enum(INSPECTION_KINDS);
export const severitySchema = z.enum(SEVERITIES);
export const photoId = z.string().regex(/^[0-9a-f]{64}$/, { message: 'photo.unknown' });

export const findingInput = z
  .strictObject({
    itemCode: z.string().min(1).max(10),
    outcome: z.enum(['pass', 'fail', 'na']),
    /** A failure in one room only (e.g. its window bars); none: the whole property. */
    roomId: entityId.optional(),
    note: optionalText(500),
    severity: severitySchema.optional(),
    photos: z.array(photoId).max(10).optional(),
    /** Defaults to the inspection date plus the item's days. */
    deadline: isoDate.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.outcome !== 'fail') return;
    if (!f.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'inspection.noteRequired' });
    if (!f.severity) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'inspection.severityRequired' });
  });

export const hazardCheckInput = z.strictObject({
  hazardId: entityId,
  rectified: z.boolean(),
  note: optionalText(500),
});

export const inspectionRecordInput = z
  .strictObject({
    propertyId: entityId,
    inspectedOn: isoDate,
    kind: inspectionKindSchema,
    findings: z.array(findingInput).max(200),
    /** Re-inspection: the verdict on each open hazard. */
    hazardChecks: z.array(hazardCheckInput).max(200).default([]),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.findings.forEach((f, i) => {
      const key = `${f.itemCode}|${f.roomId ?? ''}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['findings', i, 'itemCode'],
          message: 'inspection.duplicateItem',
          params: { code: f.itemCode },
        });
      seen.add(key);
    });
    if (v.kind === 'reinspection' && v.hazardChecks.length === 0 && v.findings.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['hazardChecks'], message: 'inspection.nothingChecked' });
    }
  });
export type InspectionRecordInput = z.output<typeof inspectionRecordInput>;

export const hazardRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  address: z.string(),
  grid: z.string().nullable(),
  inspectionId: z.string(),
  itemCode: z.string(),
  roomId: z.string().nullable(),
  roomLabel: z.string().nullable(),
  description: z.string(),
  severity: z.string(),
  effects: z.array(z.enum(EFFECTS)),
  foundOn: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'rectified']),
  overdue: z.boolean(),
  rectifiedOn: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  escalatedAt: z.number().nullable(),
});
export type HazardRecord = z.infer<typeof hazardRecord>;

export const propertyStatusOutput = z.object({
  propertyId: z.string(),
  address: z.string(),
  landlordName: z.string(),
  closed: z.boolean(),
  closedReason: z.string().nullable(),
  fireStatus: fireStatusSchema,
  reasons: z.array(messageRefSchema),
  ruleVersion: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  rooms: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      floor: z.number().int(),
      areaM2: z.number(),
      hasKitchen: z.boolean(),
      status: z.string(),
      maxOccupants: z.number().int(),
      cookingPermitted: z.boolean(),
      offerable: z.boolean(),
      reasons: z.array(messageRefSchema),
    }),
  ),
  inspections: z.array(
    z.object({
      id: z.string(),
      inspectedOn: z.string(),
      kind: inspectionKindSchema,
      result: z.enum(['pass', 'fail']),
      ruleVersion: z.string(),
      inspectorName: z.string().nullable(),
    }),
  ),
  hazards: z.array(hazardRecord),
});

export const checklistOutput = z.object({
  propertyId: z.string(),
  address: z.string(),
  ruleVersion: z.string(),
  ruleTitle: textSchema,
  categories: z.array(z.object({ code: z.string(), name: textSchema })),
  items: z.array(
    z.object({
      code: z.string(),
      category: z.string(),
      check: textSchema,
      passRule: textSchema,
      effects: z.array(z.enum(EFFECTS)),
      days: z.number().int(),
    }),
  ),
  rooms: z.array(z.object({ id: z.string(), label: z.string(), floor: z.number().int(), hasKitchen: z.boolean() })),
  openHazards: z.array(hazardRecord),
});

export const inspectionRecordOutput = z.object({
  id: z.string(),
  result: z.enum(['pass', 'fail']),
  ruleVersion: z.string(),
  hazardsCreated: z.array(hazardRecord),
  hazardsRectified: z.number().int(),
  fireStatus: fireStatusSchema,
});

export const QUEUE_KINDS = ['first', 'reinspection', 'deadline', 'overdue', 'expiring'] as const;
export const queueOutput = z.object({
  items: z.array(
    z.object({
      kind: z.enum(QUEUE_KINDS),
      propertyId: z.string(),
      address: z.string(),
      grid: z.string().nullable(),
      dueOn: z.string(),
      fireStatus: fireStatusSchema,
      detail: z.string().nullable(),
    }),
  ),
});

export const inspectionDetailOutput = z.object({
  id: z.string(),
  propertyId: z.string(),
  address: z.string(),
  landlordName: z.string(),
  landlordMobile: z.string(),
  inspectedOn: z.string(),
  kind: inspectionKindSchema,
  result: z.enum(['pass', 'fail']),
  ruleVersion: z.string(),
  inspectorName: z.string().nullable(),
  deskName: z.string(),
  note: z.string().nullable(),
  findings: z.array(
    z.object({
      itemCode: z.string(),
      /** The item's check in the rule set the inspection used; null if that version is no longer known. */
      check: textSchema.nullable(),
      outcome: z.enum(['pass', 'fail', 'na']),
      roomLabel: z.string().nullable(),
      note: z.string().nullable(),
      severity: z.string().nullable(),
      photos: z.array(z.string()),
    }),
  ),
  hazards: z.array(hazardRecord),
});

export const supervisionOutput = z.object({
  overdueHazards: z.array(hazardRecord),
  closureProposals: z.array(hazardRecord),
  expiringPasses: z.array(
    z.object({
      propertyId: z.string(),
      address: z.string(),
      grid: z.string().nullable(),
      validUntil: z.string(),
      fireStatus: fireStatusSchema,
    }),
  ),
  stats: z.array(
    z.object({
      grid: z.string(),
      month: z.string(),
      inspections: z.number().int(),
      hazardsFound: z.number().int(),
      hazardsDue: z.number().int(),
      hazardsRectified: z.number().int(),
      closeOutRate: z.number().nullable(),
    }),
  ),
  totals: z.object({
    inspections: z.number().int(),
    hazardsFound: z.number().int(),
    hazardsDue: z.number().int(),
    hazardsRectified: z.number().int(),
    closeOutRate: z.number().nullable(),
  }),
});
