import { z } from 'zod';

/**
 * A fire-safety rule set is data (fire-checklist.md): a version, the date it
 * applies from, numeric parameters, and checklist items with when they apply
 * and what failing them does. A supervisor can load a new version as JSON; it
 * is accepted only if this schema and `checkRuleSet` find nothing wrong.
 */
export const EFFECTS = ['letting', 'cooking', 'closure'] as const;
export type Effect = (typeof EFFECTS)[number];

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Facts about a property that decide which items apply. */
export const BOOL_FACTS = ['mixedUse', 'usesSandwichPanels', 'anyWindowBars', 'anyKitchen', 'tenantsOwnEbikes'] as const;
export const NUM_FACTS = ['floors', 'roomCount', 'capacity', 'maxRoomFloor'] as const;
export type BoolFact = (typeof BOOL_FACTS)[number];
export type NumFact = (typeof NUM_FACTS)[number];

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

const threshold = z.union([z.number(), z.strictObject({ param: z.string().min(1) })]);

export type Condition =
  | { always: true }
  | { fact: BoolFact }
  | { fact: NumFact; atLeast: number | { param: string } }
  | { fact: NumFact; above: number | { param: string } }
  | { any: Condition[] }
  | { all: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ fact: z.enum(BOOL_FACTS) }),
    z.strictObject({ fact: z.enum(NUM_FACTS), atLeast: threshold }),
    z.strictObject({ fact: z.enum(NUM_FACTS), above: threshold }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
  ]),
);

export const ruleItemSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2,4}-\d{1,2}$/),
  category: z.string().min(1),
  check: bilingual,
  passRule: bilingual,
  appliesWhen: conditionSchema,
  /** What failing it does; an empty list records the failure without consequences. */
  effects: z.array(z.enum(EFFECTS)),
  /** The default rectification deadline, in days from the inspection. */
  days: z.number().int().min(1).max(365),
  source: z.string().optional(),
});
export type RuleItem = z.infer<typeof ruleItemSchema>;

export const ruleParametersSchema = z.strictObject({
  /** DEN-1: usable m² per person, children under 12 not counted. */
  areaPerPersonM2: z.number().positive().max(100),
  /** DEN-2: persons per room. */
  personsPerRoom: z.number().int().min(1).max(20),
  /** How long a pass stays valid. */
  validityMonths: z.number().int().min(1).max(60),
  /** Thresholds referenced by items' conditions as { param: name }. */
  thresholds: z.record(z.string(), z.number()),
});
export type RuleParameters = z.infer<typeof ruleParametersSchema>;

export const ruleSetSchema = z.strictObject({
  version: z.string().trim().min(1).max(40),
  effectiveFrom: z.iso.date(),
  title: bilingual,
  parameters: ruleParametersSchema,
  categories: z.array(z.strictObject({ code: z.string().min(1), name: bilingual })).min(1),
  items: z.array(ruleItemSchema).min(1),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** What the schema cannot say: unique codes, known categories, known parameters. */
export function checkRuleSet(rs: RuleSet): { path: string; key: string; params?: Record<string, string> }[] {
  const problems: { path: string; key: string; params?: Record<string, string> }[] = [];
  const categories = new Set(rs.categories.map((c) => c.code));
  const seen = new Set<string>();
  rs.items.forEach((item, i) => {
    if (seen.has(item.code)) problems.push({ path: `items.${i}.code`, key: 'rules.duplicateCode', params: { code: item.code } });
    seen.add(item.code);
    if (!categories.has(item.category)) {
      problems.push({ path: `items.${i}.category`, key: 'rules.unknownCategory', params: { code: item.code, category: item.category } });
    }
    for (const name of paramsUsed(item.appliesWhen)) {
      if (!(name in rs.parameters.thresholds)) {
        problems.push({ path: `items.${i}.appliesWhen`, key: 'rules.unknownParameter', params: { code: item.code, name } });
      }
    }
  });
  return problems;
}

function paramsUsed(c: Condition): string[] {
  if ('any' in c) return c.any.flatMap(paramsUsed);
  if ('all' in c) return c.all.flatMap(paramsUsed);
  const t = 'atLeast' in c ? c.atLeast : 'above' in c ? c.above : null;
  return t !== null && typeof t === 'object' ? [t.param] : [];
}
