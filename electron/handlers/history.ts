import { can } from '../../core/roles';
import { maskIdNumber, maskMobile } from '../../core/mask';
import type { HistoryEntry } from '../../core/schemas/history';
import { auditOf } from '../../db/history';
import type { HandlerMap } from './types';

/** Fields a history never shows: bookkeeping and keys the clerk never typed (the address says the region). */
const HIDDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'addressKey',
  'fireStatusUntil',
  'propertyId',
  'landlordId',
  'regionCode',
  'districtCode',
  'streetCode',
  'communityCode',
]);
const MASKS: Record<string, (v: string) => string> = { idNumber: maskIdNumber, mobile: maskMobile };

type Shown = string | number | boolean | null;
const shown = (v: unknown): Shown => (v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as Shown));

export const historyHandlers: HandlerMap<'register.history'> = {
  'register.history': (ctx, input) => {
    const full = can(ctx.clerk!.role, 'pii.view');
    const mask = (field: string, v: Shown): Shown => (!full && typeof v === 'string' && MASKS[field] ? MASKS[field](v) : v);
    const entries: HistoryEntry[] = auditOf(ctx.register, input.entity, input.id, input.limit).map((a) => {
      const before = a.before ? (JSON.parse(a.before) as Record<string, unknown>) : null;
      const after = a.after ? (JSON.parse(a.after) as Record<string, unknown>) : null;
      const kind: HistoryEntry['kind'] = before === null && after && 'version' in after ? 'created' : before === null ? 'event' : 'changed';
      const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((f) => !HIDDEN.has(f));
      return {
        id: a.id,
        at: a.at,
        clerkName: a.clerkName,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        subject: a.subject,
        kind,
        changes: fields
          .map((field) => ({
            field,
            before: mask(field, shown(before?.[field])),
            after: mask(field, shown(after?.[field])),
          }))
          .filter((c) => kind !== 'created' || c.after !== null),
      };
    });
    return { entries };
  },
};
