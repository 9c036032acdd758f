import type { z } from 'zod';
import type { IssueRef } from '../errors';
import { hasMessage } from '../i18n/catalog';

/**
 * Turns zod's issues into message references of our catalogue, so a field
 * error reads in plain Chinese (or English) instead of zod's developer text.
 * Schemas name catalogue keys in their custom messages; zod's own checks are
 * mapped here by their issue code. Parse with `{ reportInput: true }` so a
 * missing field can be told from a wrong one.
 */
export function issuesFromZod(error: z.ZodError): IssueRef[] {
  const out: IssueRef[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: path ? `${path}.${key}` : key, key: 'field.unknownField' });
      }
      continue;
    }
    out.push({ path, ...refFor(issue) });
  }
  return out;
}

type Issue = z.core.$ZodIssue;

function refFor(issue: Issue): { key: string; params?: Record<string, string | number> } {
  if (hasMessage(issue.message)) {
    const params = (issue as { params?: Record<string, string | number> }).params;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined || issue.input === null) {
        return { key: 'field.required' };
      }
      if (issue.expected === 'int') return { key: 'field.notInteger' };
      return { key: 'field.invalidType' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? { key: 'field.required' } : { key: 'field.tooShort', params: { min } };
      }
      if (issue.origin === 'array') return { key: 'field.listTooShort', params: { min } };
      return { key: 'field.tooSmall', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'field.tooLong', params: { max } };
      if (issue.origin === 'array') return { key: 'field.listTooLong', params: { max } };
      return { key: 'field.tooBig', params: { max } };
    }
    case 'invalid_value':
      return { key: 'field.invalidOption' };
    case 'invalid_format':
      return issue.format === 'date' ? { key: 'field.invalidDate' } : { key: 'field.invalidType' };
    default:
      return { key: 'field.invalidType' };
  }
}
