import { DomainError } from '../../core/errors';
import { getConflict, listConflicts, resolveConflict } from '../../db/conflicts';
import { recentRejections } from '../../db/sync-outbox';
import { parkedChanges } from '../../db/sync-parked';
import { rowLabel } from '../../db/sync-labels';
import { patchSyncState, readSyncState } from '../../db/sync-state';
import { enrolDesk, leavePlatform } from '../sync/enrol';
import { syncStatusOf } from '../sync/status';
import type { CallContext } from './context';
import type { HandlerMap } from './types';

type Names =
  | 'sync.status'
  | 'sync.enrol'
  | 'sync.leave'
  | 'sync.settings'
  | 'sync.now'
  | 'sync.resume'
  | 'sync.rejections'
  | 'sync.notesFor'
  | 'sync.parked'
  | 'sync.conflicts'
  | 'sync.resolve';

const status = (ctx: CallContext) => syncStatusOf(ctx.register, ctx.sync, ctx.clock.now());

const withLabels = (ctx: CallContext, items: ReturnType<typeof recentRejections>) =>
  items.map((r) => ({ ...r, label: rowLabel(ctx.register, r.entity, r.entityId) }));

export const syncHandlers: HandlerMap<Names> = {
  'sync.status': (ctx) => status(ctx),

  'sync.enrol': async (ctx, input) => {
    await enrolDesk(ctx, input, ctx.clerk!.id);
    ctx.sync.start();
    return status(ctx);
  },

  'sync.leave': (ctx) => {
    leavePlatform(ctx, ctx.clerk!.id);
    return status(ctx);
  },

  'sync.settings': (ctx, input) => {
    if (!readSyncState(ctx.register)) throw new DomainError('CONFLICT', 'setup.notInitialized');
    ctx.write('sync.settings', (w) => {
      patchSyncState(ctx.register, { alertAfterHours: input.alertAfterHours });
      w.audit('sync', ctx.clerk!.id, { alertAfterHours: input.alertAfterHours });
    });
    return status(ctx);
  },

  'sync.now': async (ctx) => {
    const state = readSyncState(ctx.register);
    if (!state?.platformUrl) throw new DomainError('CONFLICT', 'sync.enrol.notEnrolled');
    // The run sets the timer's next run itself (and restarts it, had it stopped).
    await ctx.sync.now();
    return status(ctx);
  },

  'sync.resume': async (ctx) => {
    const state = readSyncState(ctx.register);
    if (!state?.halt) throw new DomainError('CONFLICT', 'sync.halt.none');
    ctx.write('sync.resume', (w) => {
      patchSyncState(ctx.register, { haltOverride: true });
      w.audit('sync', ctx.clerk!.id, { released: state.halt });
    });
    await ctx.sync.now();
    return status(ctx);
  },

  'sync.rejections': (ctx) => ({ items: withLabels(ctx, recentRejections(ctx.register, 100)) }),

  'sync.notesFor': (ctx, input) => ({ items: withLabels(ctx, recentRejections(ctx.register, 50, input.ids)) }),

  'sync.parked': (ctx) => ({ items: parkedChanges(ctx.register, 200) }),

  'sync.conflicts': (ctx, input) => ({ items: listConflicts(ctx.register, input.status) }),

  'sync.resolve': (ctx, input) => {
    ctx.write('sync.resolve', (w) => resolveConflict(w, input, ctx.clerk!.displayName));
    return getConflict(ctx.register, input.id)!;
  },
};
