import { z } from 'zod';
import { procedure } from '../procedure';
import { entityId, isoDate } from '../../schemas/common';
import {
  checklistOutput,
  hazardRecord,
  inspectionDetailOutput,
  inspectionRecordInput,
  inspectionRecordOutput,
  propertyStatusOutput,
  queueOutput,
  supervisionOutput,
} from '../../schemas/inspection';
import { ruleSetSchema } from '../../rules/rule-set';
import { fireStatusSchema } from '../../schemas/property';
import { textSchema } from '../../schemas/message';

/** Inspections, hazards, the derived status, rule sets, photos and supervision. */
export const inspectionProcedures = {
  'inspections.queue': procedure({ input: z.strictObject({}), output: queueOutput, access: 'register.read' }),
  'inspections.checklist': procedure({
    input: z.strictObject({ propertyId: entityId, date: isoDate.optional() }),
    output: checklistOutput,
    access: 'register.read',
  }),
  'inspections.record': procedure({ input: inspectionRecordInput, output: inspectionRecordOutput, access: 'inspection.record' }),
  'inspections.get': procedure({ input: z.strictObject({ id: entityId }), output: inspectionDetailOutput, access: 'register.read' }),
  'properties.find': procedure({
    input: z.strictObject({ q: z.string().trim().max(60).default(''), limit: z.number().int().min(1).max(50).default(20) }),
    output: z.object({
      properties: z.array(z.object({ id: z.string(), address: z.string(), landlordName: z.string(), fireStatus: fireStatusSchema })),
    }),
    access: 'register.read',
  }),
  'properties.status': procedure({ input: z.strictObject({ id: entityId }), output: propertyStatusOutput, access: 'register.read' }),
  'hazards.list': procedure({
    input: z.strictObject({ propertyId: entityId.optional(), state: z.enum(['open', 'overdue', 'all']).default('open') }),
    output: z.object({ hazards: z.array(hazardRecord) }),
    access: 'register.read',
  }),

  'rules.list': procedure({
    input: z.strictObject({}),
    output: z.object({
      sets: z.array(
        z.object({
          version: z.string(),
          effectiveFrom: z.string(),
          title: textSchema,
          items: z.number().int(),
          builtIn: z.boolean(),
          inForce: z.boolean(),
        }),
      ),
    }),
    access: 'register.read',
  }),
  'rules.current': procedure({ input: z.strictObject({ date: isoDate.optional() }), output: ruleSetSchema, access: 'register.read' }),
  'rules.load': procedure({
    input: z.strictObject({ json: z.string().min(1).max(1_000_000) }),
    output: z.object({ version: z.string(), effectiveFrom: z.string(), items: z.number().int() }),
    access: 'rules.load',
  }),

  'photos.upload': procedure({
    input: z.strictObject({ mime: z.string(), dataBase64: z.string().min(1).max(12_000_000) }),
    output: z.object({ id: z.string() }),
    access: 'inspection.record',
  }),
  'photos.get': procedure({
    input: z.strictObject({ id: z.string() }),
    output: z.object({ mime: z.string(), dataBase64: z.string() }),
    access: 'register.read',
  }),

  'supervision.overview': procedure({
    input: z.strictObject({ months: z.number().int().min(1).max(24).default(6) }),
    output: supervisionOutput,
    access: 'supervision.view',
  }),
};
