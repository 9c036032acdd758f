import { z } from 'zod';
import { entityId } from './common';

/** The entities whose history (the audit log's before/after) the register pages show. */
export const HISTORY_ENTITIES = ['landlords', 'properties', 'rooms'] as const;

export const historyInput = z.strictObject({
  entity: z.enum(HISTORY_ENTITIES),
  id: entityId,
  limit: z.number().int().min(1).max(200).default(50),
});

const shown = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const historyEntry = z.object({
  id: z.number().int(),
  at: z.number().int(),
  clerkName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** A room's label when a property's history includes its rooms. */
  subject: z.string().nullable(),
  kind: z.enum(['created', 'changed', 'event']),
  /** Field by field; personal data masked unless the clerk may see it in full. */
  changes: z.array(z.object({ field: z.string(), before: shown, after: shown })),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const historyOutput = z.object({ entries: z.array(historyEntry) });
