import { z } from 'zod';
import type { MessageRef } from '../i18n/types';
import { ruleSetSchema } from '../rules/rule-set';
import { fieldsSchema, isSyncEntity, type SyncEntity } from './entities';
import type { PulledChange } from './protocol';

/**
 * The desk's decision on one change pulled from the platform — pure, like the
 * platform's decision on a pushed one. The desk loads what it holds of the row
 * (whether it exists, which of its fields this desk has edited and not yet
 * pushed), asks here, and applies the plan through the register's write path.
 */

/** A desk's public key, its code and its revocation, as the platform sends them (entity `desks`). */
export const DESK_KEY_ENTITY = 'desks';
export const deskKeyFields = z.object({
  name: z.string().min(1).max(200),
  regionCode: z.string().max(20).nullable().optional(),
  deskCode: z.string().max(40).nullable().optional(),
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  revokedAt: z.number().int().nullable().optional(),
});
const deskKeyUpdate = deskKeyFields.partial();

export interface PulledFacts {
  /** This desk's own id: its own key comes back too, and is not a key of another desk. */
  deskId: string;
  /** Whether the desk holds the row (by entity and id). */
  exists: boolean;
  /** Fields of the row this desk changed and has not had answered yet: its pending edit decides them. */
  pendingFields: ReadonlySet<string>;
}

export type PulledPlan =
  | { kind: 'insert'; entity: SyncEntity; fields: Record<string, unknown> }
  | { kind: 'update'; entity: SyncEntity; fields: Record<string, unknown> }
  | { kind: 'deskKey'; fields: Record<string, unknown>; create: boolean }
  | { kind: 'skip'; why: 'ownKey' | 'pendingLocal' | 'notHeld' }
  | { kind: 'park'; reason: MessageRef };

const META = new Set(['id', 'createdAt', 'updatedAt', 'version']);

export function planPulled(change: PulledChange, facts: PulledFacts): PulledPlan {
  if (change.entity === DESK_KEY_ENTITY) {
    if (change.entityId === facts.deskId) return { kind: 'skip', why: 'ownKey' };
    const parsed = (facts.exists ? deskKeyUpdate : deskKeyFields).safeParse(change.fields);
    if (!parsed.success) return park('sync.parked.fields', { entity: change.entity, fields: issueFields(parsed.error) });
    if (!facts.exists && change.intent === 'update') return park('sync.parked.missingRow', { entity: change.entity });
    return { kind: 'deskKey', fields: parsed.data, create: !facts.exists };
  }
  // A newer platform's kind of record, or field: kept until this desk is updated, never dropped or guessed at.
  if (!isSyncEntity(change.entity)) return park('sync.parked.entity', { entity: change.entity });
  const entity = change.entity;
  const create = !facts.exists;
  const schema = fieldsSchema(entity, create ? 'create' : 'update');
  const parsed = schema.safeParse(change.fields);
  if (!parsed.success) {
    // An update of a row this desk lacks carries only some fields: it is waiting for the row, not unreadable.
    if (create && change.intent === 'update') {
      return entity === 'certificates' ? { kind: 'skip', why: 'notHeld' } : park('sync.parked.missingRow', { entity });
    }
    return park('sync.parked.fields', { entity, fields: issueFields(parsed.error) });
  }
  // A checklist must be one core can run before it is stored: a damaged one would stop every derivation.
  if (
    entity === 'ruleSets' &&
    'body' in (parsed.data as object) &&
    !ruleSetSchema.safeParse((parsed.data as { body: unknown }).body).success
  ) {
    return park('sync.parked.fields', { entity, fields: 'body' });
  }
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed.data as Record<string, unknown>)) {
    if (META.has(k)) continue;
    // The desk's own edit not yet answered wins here: the platform will answer it (applied, or a conflict with both values).
    if (!create && facts.pendingFields.has(k)) continue;
    fields[k] = v;
  }
  if (create) return { kind: 'insert', entity, fields };
  if (!Object.keys(fields).length) return { kind: 'skip', why: 'pendingLocal' };
  return { kind: 'update', entity, fields };
}

const park = (key: string, params: Record<string, string>): PulledPlan => ({ kind: 'park', reason: { key, params } });

function issueFields(error: z.ZodError): string {
  const names = error.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys.join('、') : String(i.path[0] ?? '')));
  return [...new Set(names)].join('、');
}

/** The property a pulled row belongs to, so the derived caches of what it touches are recomputed. */
export function propertyOfPulled(entity: string, entityId: string, fields: Record<string, unknown>): string | null {
  if (entity === 'properties') return entityId;
  return typeof fields.propertyId === 'string' ? fields.propertyId : null;
}
