import type { MessageRef } from '../i18n/types';

/**
 * The fail-safe before a pulled page is applied (Joplin #6304: a target that
 * looked empty made a client delete everything). A pull cannot delete rows
 * here, but it can close properties, and an empty answer where the desk holds
 * the platform's rows means the platform is not the one the desk knows. Both
 * stop the sync and wait for a supervisor instead of applying.
 */
export interface PullFacts {
  /** The pull started at cursor 0 (a new desk, or after the platform's epoch changed). */
  fromStart: boolean;
  /** Changes in the page, and whether more follow. */
  changes: number;
  more: boolean;
  /**
   * Properties this desk holds: a register with data is not what an empty answer may describe.
   * Read only when the rule needs it (counting a large register for every page of a first fill
   * made the fill slower the larger the region).
   */
  heldRows: () => number;
  /** Properties this run of pulls would close, counting this page, and (read only when there are closures) the desk's open ones. */
  closures: number;
  openProperties: () => number;
}

/** Below this many open properties, a few closures are an ordinary day's enforcement. */
export const MASS_CLOSURE_FLOOR = 5;

export function pullGuard(f: PullFacts): MessageRef | null {
  // From the start the desk's own changes come back too: nothing at all means this is not the platform the desk knows.
  if (f.fromStart && f.changes === 0 && !f.more) {
    const held = f.heldRows();
    if (held > 0) return { key: 'sync.halt.emptyScope', params: { held } };
  }
  if (f.closures === 0) return null;
  const open = f.openProperties();
  if (open >= MASS_CLOSURE_FLOOR && f.closures * 2 > open) {
    return { key: 'sync.halt.massClosure', params: { closures: f.closures, open } };
  }
  return null;
}
