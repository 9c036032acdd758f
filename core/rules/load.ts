import { issuesFromZod } from '../api/issues';
import { accept, DomainError, refuse, type Decision } from '../errors';
import { checkRuleSet, ruleSetSchema, type RuleSet } from './rule-set';

/**
 * A checklist version a supervisor (or the city) loads: JSON that must be a
 * rule set by the schema, consistent in itself (core/rules/rule-set.ts), and a
 * version this desk does not know yet. Versions are never replaced: an
 * inspection names the version it used.
 */
export function ruleSetFromJson(json: string, knownVersions: readonly string[]): Decision<RuleSet> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse(new DomainError('VALIDATION', 'rules.notJson', { issues: [{ path: 'json', key: 'rules.notJson' }] }));
  }
  const parsed = ruleSetSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return refuse(new DomainError('VALIDATION', 'rules.invalid', { issues: issuesFromZod(parsed.error) }));
  const problems = checkRuleSet(parsed.data);
  if (problems.length) return refuse(new DomainError('VALIDATION', 'rules.invalid', { issues: problems }));
  if (knownVersions.includes(parsed.data.version)) {
    return refuse(new DomainError('CONFLICT', { key: 'rules.versionExists', params: { version: parsed.data.version } }));
  }
  return accept(parsed.data);
}
