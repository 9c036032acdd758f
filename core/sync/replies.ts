import type { ChangeOutcome } from './protocol';

/**
 * What the desk does with the platform's answer to one of its changes — pure.
 * The outbox row is closed in the transaction that stores the answer, and the
 * desk's row follows the platform wherever the platform did not take the
 * desk's value, so the two never disagree:
 * - applied: the platform's new version is the base of the next edit;
 * - rejected: the fields the desk sent go back to the platform's values (the
 *   reason stays on the outbox row, shown on the entity and the sync page);
 * - conflict: likewise, and the conflict with both values goes to the inbox;
 * - mapped: the landlord is the city's one; references follow it.
 */
export interface SentChange {
  entity: string;
  entityId: string;
  intent: 'create' | 'update' | 'event';
  fields: Record<string, unknown>;
}

export interface ReplyPlan {
  status: 'done' | 'rejected';
  /** The platform's version of the row after the answer (null: the platform has no such row). */
  version: number | null;
  /** Fields to set back to the platform's values, or null. */
  revert: Record<string, unknown> | null;
  conflict: ChangeOutcome['conflict'] | null;
  /** The surviving landlord's id and fields. */
  mappedTo: { id: string; fields: Record<string, unknown> | null } | null;
}

export function planReply(sent: SentChange, outcome: ChangeOutcome): ReplyPlan {
  const back = (keys: string[]) => {
    if (!outcome.platformFields || !keys.length) return null;
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = outcome.platformFields[k] ?? null;
    return out;
  };
  switch (outcome.outcome) {
    case 'applied':
      return { status: 'done', version: outcome.version, revert: null, conflict: null, mappedTo: null };
    case 'mapped':
      return {
        status: 'done',
        version: outcome.version,
        revert: null,
        conflict: null,
        mappedTo: outcome.mappedTo ? { id: outcome.mappedTo, fields: outcome.platformFields } : null,
      };
    case 'conflict':
      return {
        status: 'done',
        version: outcome.version,
        revert: back(outcome.conflict ? outcome.conflict.fields.map((f) => f.field) : Object.keys(sent.fields)),
        conflict: outcome.conflict,
        mappedTo: null,
      };
    case 'rejected':
      // A rejected create has no platform row to return to: the row stays on this desk, marked by the reason.
      return {
        status: 'rejected',
        version: outcome.version,
        revert: sent.intent === 'create' ? null : back(Object.keys(sent.fields)),
        conflict: null,
        mappedTo: null,
      };
  }
}
