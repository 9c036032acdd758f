import { describe, expect, it } from 'vitest';
import { applicableItems, ruleSetInForce, type PropertyFacts } from './applicability';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { checkRuleSet, ruleSetSchema } from './rule-set';

const facts = (over: Partial<PropertyFacts> = {}): PropertyFacts => ({
  mixedUse: false,
  usesSandwichPanels: false,
  anyWindowBars: false,
  anyKitchen: false,
  tenantsOwnEbikes: false,
  floors: 1,
  roomCount: 2,
  capacity: 4,
  maxRoomFloor: 1,
  ...over,
});

describe('the default rule set', () => {
  it('is valid data: the schema and the semantic checks pass', () => {
    expect(ruleSetSchema.safeParse(DEFAULT_RULE_SET).success).toBe(true);
    expect(checkRuleSet(DEFAULT_RULE_SET)).toEqual([]);
  });

  it('holds all 29 items of fire-checklist.md', () => {
    expect(DEFAULT_RULE_SET.items.map((i) => i.code)).toEqual([
      'LOC-1',
      'LOC-2',
      'MIX-1',
      'DEN-1',
      'DEN-2',
      'DEN-3',
      'STR-1',
      'STR-2',
      'STR-3',
      'STR-4',
      'ESC-1',
      'ESC-2',
      'ESC-3',
      'ESC-4',
      'ESC-5',
      'EQP-1',
      'EQP-2',
      'EQP-3',
      'ELE-1',
      'ELE-2',
      'ELE-3',
      'EBK-1',
      'EBK-2',
      'EBK-3',
      'GAS-1',
      'GAS-2',
      'GAS-3',
      'MGT-1',
      'MGT-2',
    ]);
  });

  it('applies only what fits the property', () => {
    const small = applicableItems(DEFAULT_RULE_SET, facts()).map((i) => i.code);
    expect(small).not.toContain('MIX-1');
    expect(small).not.toContain('STR-3');
    expect(small).not.toContain('GAS-2');
    expect(small).not.toContain('EQP-3');
    expect(small).toContain('LOC-1');
    const big = applicableItems(
      DEFAULT_RULE_SET,
      facts({
        mixedUse: true,
        floors: 4,
        maxRoomFloor: 3,
        anyKitchen: true,
        anyWindowBars: true,
        roomCount: 11,
        capacity: 15,
        usesSandwichPanels: true,
        tenantsOwnEbikes: true,
      }),
    ).map((i) => i.code);
    expect(big).toHaveLength(29);
    // MGT-2 needs more than 10 rooms, or at least 10 occupants.
    expect(applicableItems(DEFAULT_RULE_SET, facts({ roomCount: 10, capacity: 9 })).map((i) => i.code)).not.toContain('MGT-2');
    expect(applicableItems(DEFAULT_RULE_SET, facts({ roomCount: 10, capacity: 10 })).map((i) => i.code)).toContain('MGT-2');
  });

  it('refuses broken rule sets with the reason', () => {
    const dup = { ...DEFAULT_RULE_SET, items: [...DEFAULT_RULE_SET.items, DEFAULT_RULE_SET.items[0]!] };
    expect(checkRuleSet(dup)).toEqual([{ path: 'items.29.code', key: 'rules.duplicateCode', params: { code: 'LOC-1' } }]);
    const badParam = {
      ...DEFAULT_RULE_SET,
      items: [{ ...DEFAULT_RULE_SET.items[0]!, appliesWhen: { fact: 'floors' as const, atLeast: { param: 'nope' } } }],
    };
    expect(checkRuleSet(badParam)[0]!.key).toBe('rules.unknownParameter');
    expect(ruleSetSchema.safeParse({ ...DEFAULT_RULE_SET, effectiveFrom: '2026-02-30' }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ ...DEFAULT_RULE_SET, items: [{ ...DEFAULT_RULE_SET.items[0]!, effects: ['burn'] }] }).success).toBe(
      false,
    );
  });

  it('picks the version in force on a date', () => {
    const next = { ...DEFAULT_RULE_SET, version: 'ZJ-2027.1', effectiveFrom: '2027-01-01' };
    expect(ruleSetInForce([DEFAULT_RULE_SET, next], '2026-12-31').version).toBe('ZJ-2022.1');
    expect(ruleSetInForce([DEFAULT_RULE_SET, next], '2027-01-01').version).toBe('ZJ-2027.1');
    expect(ruleSetInForce([next, DEFAULT_RULE_SET], '2020-01-01').version).toBe('ZJ-2022.1');
  });
});
