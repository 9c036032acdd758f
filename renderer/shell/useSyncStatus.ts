import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../core/dates';
import type { SyncStatus } from '../../core/sync/schemas';
import { useProcedure } from '../api/queries';
import { useSay } from '../i18n/say';
import { useDeskToday } from './useDeskToday';

/** While a run is under way its progress moves quickly; otherwise the state changes on the loop's timer. */
const POLL_RUNNING_MS = 1_000;
const POLL_MS = 5_000;

/**
 * The desk's sync state, as the header and the sync page show it: one query
 * (`sync.status` is cheap and never writes), polled, and read again after
 * every write by INVALIDATES (a write adds to what waits to upload).
 */
export function useSyncStatus() {
  return useProcedure('sync.status', {}, { refetchInterval: (q) => (q.state.data?.state === 'running' ? POLL_RUNNING_MS : POLL_MS) });
}

/** How the sync state reads: a few words for the header, the full reason for a tooltip or the page. */
export function useSyncWords() {
  const { t } = useTranslation();
  const say = useSay();
  const today = useDeskToday();

  /** A moment by the desk's calendar: today's as HH:mm, another day's with its date. */
  const when = useCallback(
    (at: number | null) => {
      if (at === null) return '—';
      const s = chinaDateTime(at);
      return s.startsWith(today) ? s.slice(11) : s;
    },
    [today],
  );

  return useMemo(() => {
    const progress = (p: SyncStatus['progress']) => {
      if (!p) return '';
      const phase = t(`syncPage.phase.${p.phase}`);
      return p.total === null
        ? t('syncPage.progressOpen', { phase, done: p.done })
        : t('syncPage.progress', { phase, done: p.done, total: p.total });
    };
    const short = (s: SyncStatus): string => {
      switch (s.state) {
        case 'synced':
          return say({ key: 'sync.state.synced', params: { time: when(s.lastSuccessAt) } });
        case 'pending':
          return say({ key: 'sync.state.pending', params: { count: s.pending } });
        case 'running':
          return `${say({ key: 'sync.state.running' })} ${progress(s.progress)}`.trim();
        case 'error':
        case 'stopped':
        case 'halted':
          return t(`syncPage.badge.${s.state}`);
        default:
          return say({ key: `sync.state.${s.state}` });
      }
    };
    /** Why the loop is not syncing, in full: null when the short words say it all. */
    const why = (s: SyncStatus): string | null => {
      if (s.state === 'error' && s.lastError) return say({ key: 'sync.state.error', params: { reason: s.lastError } });
      if (s.state === 'stopped' && s.stopped) return say(s.stopped);
      if (s.state === 'halted' && s.halt) return say(s.halt.message);
      return null;
    };
    return { short, why, when, progress };
  }, [t, say, when]);
}
