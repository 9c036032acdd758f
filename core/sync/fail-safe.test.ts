import { describe, expect, it } from 'vitest';
import { MASS_CLOSURE_FLOOR, pullGuard, type PullFacts } from './fail-safe';

/** Facts of an ordinary page; the counts are functions so a test can see which the rule read. */
function facts(over: Partial<Omit<PullFacts, 'heldRows' | 'openProperties'>> & { held?: number; open?: number } = {}) {
  const read: string[] = [];
  const f: PullFacts = {
    fromStart: over.fromStart ?? false,
    changes: over.changes ?? 10,
    more: over.more ?? false,
    closures: over.closures ?? 0,
    heldRows: () => (read.push('heldRows'), over.held ?? 0),
    openProperties: () => (read.push('openProperties'), over.open ?? 0),
  };
  return { f, read };
}

describe('the fail-safe before a pulled page', () => {
  it('stops an empty answer from the start where the desk holds properties', () => {
    expect(pullGuard(facts({ fromStart: true, changes: 0, held: 12 }).f)).toEqual({ key: 'sync.halt.emptyScope', params: { held: 12 } });
  });

  it('lets an empty answer through for an empty desk, after the start, or when more pages follow', () => {
    expect(pullGuard(facts({ fromStart: true, changes: 0, held: 0 }).f)).toBeNull();
    expect(pullGuard(facts({ fromStart: false, changes: 0, held: 12 }).f)).toBeNull();
    expect(pullGuard(facts({ fromStart: true, changes: 0, more: true, held: 12 }).f)).toBeNull();
  });

  it('stops a run that would close more than half of the open properties', () => {
    expect(pullGuard(facts({ closures: 6, open: 10 }).f)).toEqual({ key: 'sync.halt.massClosure', params: { closures: 6, open: 10 } });
    expect(pullGuard(facts({ closures: 5, open: 10 }).f)).toBeNull();
  });

  it('lets a few closures through on a small register: an ordinary day of enforcement', () => {
    expect(pullGuard(facts({ closures: 4, open: MASS_CLOSURE_FLOOR - 1 }).f)).toBeNull();
  });

  it('reads no count it does not need: an ordinary page of a first fill costs no scan of the register', () => {
    const ordinary = facts({ fromStart: true, changes: 2000, more: true });
    expect(pullGuard(ordinary.f)).toBeNull();
    expect(ordinary.read).toEqual([]);
    const closing = facts({ closures: 1, open: 100 });
    pullGuard(closing.f);
    expect(closing.read).toEqual(['openProperties']);
  });
});
