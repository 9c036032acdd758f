import { z } from 'zod';
import { entityId } from '../schemas/common';
import { messageRefSchema } from '../schemas/message';

/**
 * What the desk's pages send and receive about its sync (the contract's
 * `sync.*` procedures). The wire to the platform is protocol.ts; this is the
 * desk's own UI.
 */

/** scheme, host, port, path: what a platform address may be (no query, no fragment, no credentials in it). */
const URL_SHAPE = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/;

/** The platform's address: https, except on this computer itself (a pilot, a test). */
export const platformUrl = z
  .string({ message: 'sync.enrol.badUrl' })
  .trim()
  .max(300)
  .refine((u) => URL_SHAPE.test(u), { message: 'sync.enrol.badUrl' })
  .refine(
    (u) => {
      const m = URL_SHAPE.exec(u);
      return !m || m[1] === 'https' || m[2] === '127.0.0.1';
    },
    { message: 'sync.enrol.httpsRequired' },
  )
  .transform((u) => u.replace(/\/+$/, ''));

/** As the platform prints it (K7Q2-9XPM-4DHR); spaces and lower case forgiven. */
export const enrolmentCode = z
  .string({ message: 'sync.enrol.codeFormat' })
  .transform((c) => c.replace(/[\s-]/g, '').toUpperCase())
  .refine((c) => /^[2-9A-Z]{12}$/.test(c), { message: 'sync.enrol.codeFormat' })
  .transform((c) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`);

export const enrolInput = z.strictObject({ url: platformUrl, code: enrolmentCode });
export const leaveInput = z.strictObject({ confirm: z.literal(true, { message: 'sync.enrol.confirmLeave' }) });
export const settingsInput = z.strictObject({
  alertAfterHours: z
    .number({ message: 'sync.settings.hours' })
    .int()
    .min(1, { message: 'sync.settings.hours' })
    .max(720, { message: 'sync.settings.hours' }),
});

export const SYNC_STATES = ['offline', 'never', 'synced', 'pending', 'error', 'stopped', 'halted', 'running'] as const;

export const syncStatus = z.object({
  state: z.enum(SYNC_STATES),
  platform: z
    .object({
      url: z.string(),
      deskId: z.string(),
      deskCode: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      enrolledAt: z.number().int(),
    })
    .nullable(),
  pending: z.number().int(),
  oldestPendingAt: z.number().int().nullable(),
  lastSuccessAt: z.number().int().nullable(),
  lastAttemptAt: z.number().int().nullable(),
  lastError: messageRefSchema.nullable(),
  /** Why the loop waits for a person: a refused credential (admin), the fail-safe (supervisor). */
  stopped: messageRefSchema.nullable(),
  halt: z.object({ message: messageRefSchema, at: z.number().int() }).nullable(),
  alerts: z.array(messageRefSchema),
  conflictsOpen: z.number().int(),
  parked: z.number().int(),
  alertAfterHours: z.number().int(),
  progress: z.object({ phase: z.enum(['push', 'pull', 'resync']), done: z.number().int(), total: z.number().int().nullable() }).nullable(),
  reconcile: z
    .object({
      at: z.number().int(),
      mismatched: z.array(z.object({ entity: z.string(), desk: z.number().int(), platform: z.number().int() })),
      unresolved: z.array(z.string()),
    })
    .nullable(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const rejection = z.object({
  seq: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  /** A name a clerk recognises: an address, a room label, a landlord's name. */
  label: z.string().nullable(),
  fields: z.array(z.string()),
  at: z.number().int(),
  answeredAt: z.number().int(),
  clerkName: z.string().nullable(),
  reason: z.object({ code: z.string(), message: z.object({ zh: z.string(), en: z.string() }) }).nullable(),
});

export const parkedItem = z.object({
  cursor: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  reason: messageRefSchema,
  parkedAt: z.number().int(),
  attempts: z.number().int(),
});

export const CONFLICT_CHOICES = ['accept', 'resubmit', 'escalate'] as const;

export const conflictItem = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  label: z.string().nullable(),
  fields: z.array(z.object({ field: z.string(), desk: z.unknown(), platform: z.unknown() })),
  desk: z.object({ clerkName: z.string().nullable(), at: z.number().int() }),
  platform: z.object({ deskName: z.string().nullable(), clerkName: z.string().nullable(), at: z.number().int() }),
  status: z.enum(['open', 'accepted', 'resubmitted', 'escalated']),
  note: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolvedAt: z.number().int().nullable(),
});

export const resolveInput = z
  .strictObject({
    id: z.string().min(1).max(40),
    choice: z.enum(CONFLICT_CHOICES),
    note: z.string().trim().max(500).optional(),
  })
  .refine((r) => r.choice !== 'escalate' || (r.note ?? '').length >= 4, { message: 'sync.conflict.noteRequired', path: ['note'] });

export const notesForInput = z.strictObject({ ids: z.array(entityId).min(1).max(200) });
