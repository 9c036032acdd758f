import type { MessageParam, MessageRef } from '../i18n/types';

/**
 * Something in a sync run that stops it without applying anything: a reply
 * the desk refuses (a cursor going backwards), the network, the platform's
 * refusal. It carries the words for the sync page, and whether waiting helps:
 * `retry` backs off and tries again, `stop` waits for a person (a refused
 * credential), `halt` waits for a supervisor (the fail-safe).
 */
export class SyncFault extends Error {
  constructor(
    readonly ref: MessageRef,
    readonly next: 'retry' | 'stop' | 'halt' = 'retry',
  ) {
    super(ref.key);
    this.name = 'SyncFault';
  }
}

export const syncFault = (key: string, params?: Record<string, MessageParam>, next: SyncFault['next'] = 'retry') =>
  new SyncFault(params ? { key, params } : { key }, next);

export const isSyncFault = (e: unknown): e is SyncFault => e instanceof SyncFault;
