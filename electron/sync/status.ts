import type { MessageRef } from '../../core/i18n/types';
import { regionFullName } from '../../core/regions';
import type { SyncStatus } from '../../core/sync/schemas';
import { readDesk } from '../../db/desk';
import { readSyncState, syncCounts } from '../../db/sync-state';
import type { Register } from '../../db/write';
import type { SyncLoop } from './loop';

const HOUR = 60 * 60 * 1000;

/**
 * What the header and the sync page show, read in a few indexed statements
 * (the header polls it): the state in one word, what waits and for how long,
 * the last success and the last error, and the alerts a supervisor should see.
 */
export function syncStatusOf(reg: Register, loop: SyncLoop, now: number): SyncStatus {
  const state = readSyncState(reg);
  const desk = readDesk(reg);
  const counts = state ? syncCounts(reg) : { pending: 0, oldestPendingAt: null, conflicts: 0, parked: 0 };
  const enrolled = !!state?.platformUrl;
  const alerts: MessageRef[] = [];
  if (state && enrolled) {
    if (counts.oldestPendingAt !== null && now - counts.oldestPendingAt > state.alertAfterHours * HOUR) {
      alerts.push({ key: 'sync.alert.stale', params: { hours: state.alertAfterHours } });
    }
    if (state.reconcile?.unresolved.length) {
      alerts.push({
        key: 'sync.alert.unresolved',
        params: { tables: state.reconcile.unresolved.map((e) => ({ key: `sync.entity.${e}` })) },
      });
    } else if (state.reconcile?.mismatched.length) {
      alerts.push({
        key: 'sync.alert.reconcile',
        params: { tables: state.reconcile.mismatched.map((m) => ({ key: `sync.entity.${m.entity}` })) },
      });
    }
    if (counts.parked) alerts.push({ key: 'sync.alert.parked', params: { count: counts.parked } });
    if (counts.conflicts) alerts.push({ key: 'sync.alert.conflicts', params: { count: counts.conflicts } });
  }
  const word: SyncStatus['state'] =
    !state || !enrolled
      ? 'offline'
      : loop.running()
        ? 'running'
        : state.stopped
          ? 'stopped'
          : state.halt && !state.haltOverride
            ? 'halted'
            : state.lastError
              ? 'error'
              : counts.pending
                ? 'pending'
                : state.lastSuccessAt
                  ? 'synced'
                  : 'never';
  return {
    state: word,
    platform:
      enrolled && desk && state
        ? {
            url: state.platformUrl!,
            deskId: desk.id,
            deskCode: desk.deskCode,
            regionCode: state.platformRegion ?? desk.regionCode,
            regionName: regionFullName(state.platformRegion ?? desk.regionCode) ?? desk.regionCode,
            enrolledAt: state.enrolledAt ?? 0,
          }
        : null,
    pending: counts.pending,
    oldestPendingAt: counts.oldestPendingAt,
    lastSuccessAt: state?.lastSuccessAt ?? null,
    lastAttemptAt: state?.lastAttemptAt ?? null,
    lastError: state?.lastError ?? null,
    stopped: state?.stopped ?? null,
    halt: state?.halt
      ? { message: { key: state.halt.key, ...(state.halt.params ? { params: state.halt.params } : {}) }, at: state.halt.at }
      : null,
    alerts,
    conflictsOpen: counts.conflicts,
    parked: counts.parked,
    alertAfterHours: state?.alertAfterHours ?? 24,
    progress: loop.progress(),
    reconcile: state?.reconcile ?? null,
  };
}
