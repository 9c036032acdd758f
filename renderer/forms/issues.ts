import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { issuesFromZod } from '../../core/api/issues';
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/types';

export interface FieldIssue {
  path: string;
  message: string;
}

const toNamePath = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Checks values with the contract's own schema before the round trip, so the
 * clerk sees the same words the register would answer with.
 */
export function checkWith(schema: z.ZodType, values: unknown, lang: Lang): FieldIssue[] {
  const r = schema.safeParse(values, { reportInput: true });
  if (r.success) return [];
  return issuesFromZod(r.error).map((i) => ({ path: i.path, message: translate(i.key, lang, i.params) }));
}

/**
 * Shows each issue beside its field. Returns the messages that belong to no
 * field on this form, for a banner above it.
 */
export function showIssues(form: FormInstance, issues: FieldIssue[]): string[] {
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const issue of issues) {
    if (registered.has(issue.path)) byField.set(issue.path, [...(byField.get(issue.path) ?? []), issue.message]);
    else rest.push(issue.message);
  }
  form.setFields([...byField].map(([path, errors]) => ({ name: toNamePath(path), errors })));
  const first = [...byField.keys()][0];
  if (first) form.scrollToField(toNamePath(first), { block: 'center', focus: true });
  return rest;
}

/**
 * Clears the messages showIssues put beside fields: antd keeps an error set
 * from outside until it is set again, so a corrected field (or a new attempt)
 * would still show the last refusal.
 */
export function clearIssues(form: FormInstance, names?: string[]): void {
  const fields = names ?? form.getFieldsError().map((f) => f.name.join('.'));
  form.setFields(fields.map((path) => ({ name: toNamePath(path), errors: [] })));
}
