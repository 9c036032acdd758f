import { ruleSetInForce } from '../core/rules/applicability';
import { DEFAULT_RULE_SET } from '../core/rules/default-rule-set';
import { ruleSetSchema, type RuleSet } from '../core/rules/rule-set';
import type { Register } from './write';

/**
 * The rule sets this desk knows: the built-in default plus every version a
 * supervisor loaded (rows of rule_sets, validated when they were loaded and
 * again when read, so a damaged row cannot reach the derivation).
 */
const cache = new WeakMap<Register, RuleSet[]>();

export function knownRuleSets(reg: Register): RuleSet[] {
  let sets = cache.get(reg);
  if (!sets) {
    const rows = reg.statement('SELECT body FROM rule_sets ORDER BY effective_from').all() as { body: string }[];
    sets = [DEFAULT_RULE_SET, ...rows.map((r) => ruleSetSchema.parse(JSON.parse(r.body)))];
    cache.set(reg, sets);
  }
  return sets;
}

/** Call after a rule set is written, so the next read sees it. */
export function forgetRuleSets(reg: Register): void {
  cache.delete(reg);
}

export function ruleSetFor(reg: Register, date: string): RuleSet {
  return ruleSetInForce(knownRuleSets(reg), date);
}

export function ruleSetByVersion(reg: Register, version: string): RuleSet | null {
  return knownRuleSets(reg).find((r) => r.version === version) ?? null;
}
