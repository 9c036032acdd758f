import type { BoolFact, Condition, NumFact, RuleItem, RuleSet } from './rule-set';

/** The property facts the checklist's conditions read (fire-checklist.md "applies when"). */
export type PropertyFacts = Record<BoolFact, boolean> & Record<NumFact, number>;

export function applies(c: Condition, facts: PropertyFacts, thresholds: Record<string, number>): boolean {
  if ('always' in c) return true;
  if ('any' in c) return c.any.some((x) => applies(x, facts, thresholds));
  if ('all' in c) return c.all.every((x) => applies(x, facts, thresholds));
  if ('atLeast' in c) return (facts[c.fact] as number) >= value(c.atLeast, thresholds);
  if ('above' in c) return (facts[c.fact] as number) > value(c.above, thresholds);
  return facts[c.fact] === true;
}

function value(t: number | { param: string }, thresholds: Record<string, number>): number {
  if (typeof t === 'number') return t;
  const v = thresholds[t.param];
  // checkRuleSet refuses unknown parameters before a rule set is accepted.
  if (v === undefined) throw new Error(`unknown rule parameter ${t.param}`);
  return v;
}

/** The items an inspector walks for this property, in the rule set's order. */
export function applicableItems(rs: RuleSet, facts: PropertyFacts): RuleItem[] {
  return rs.items.filter((i) => applies(i.appliesWhen, facts, rs.parameters.thresholds));
}

/** The rule set in force on a date: the latest effective on or before it; the oldest otherwise. */
export function ruleSetInForce(sets: readonly RuleSet[], date: string): RuleSet {
  if (sets.length === 0) throw new Error('no rule sets');
  const sorted = [...sets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  let chosen = sorted[0]!;
  for (const s of sorted) if (s.effectiveFrom <= date) chosen = s;
  return chosen;
}
