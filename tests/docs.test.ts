import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../core/rules/default-rule-set';
import type { Condition, RuleItem } from '../core/rules/rule-set';

/**
 * The docs describe what is built, so they are held to the code:
 * - docs/fire-checklist.md's tables list every item of the default rule set with
 *   its conditions, effects and default days, and every parameter with its default;
 * - a repository path the docs name exists, unless its line says it is planned;
 * - the repository stands alone: no tracked text file points at a folder outside it.
 */
const repo = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

/** Every markdown table of a document: header cells, then rows of cells. */
function tables(markdown: string): { header: string[]; rows: string[][] }[] {
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const out: { header: string[]; rows: string[][] }[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length >= 2) out.push({ header: cells(block[0]!), rows: block.slice(2).map(cells) });
    block = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.trim().startsWith('|')) block.push(line);
    else flush();
  }
  flush();
  return out;
}

// How the checklist table words an item's condition and effects. If the rule set
// changes, the failing test prints the cell it expected: paste it into the doc.
const BOOL_FACT_WORDS: Record<string, string> = {
  mixedUse: 'property is mixed-use',
  usesSandwichPanels: 'sandwich panels used',
  anyWindowBars: 'a room has window bars',
  anyKitchen: 'a room has a kitchen',
  tenantsOwnEbikes: 'a tenant owns an e-bike',
};
const NUM_FACT_WORDS: Record<string, string> = {
  floors: 'floors',
  roomCount: 'rooms',
  capacity: 'capacity',
  maxRoomFloor: 'highest room floor',
};

function threshold(t: number | { param: string }): string {
  if (typeof t === 'number') return String(t);
  return `\`${t.param}\` (${DEFAULT_RULE_SET.parameters.thresholds[t.param]})`;
}

function appliesWhen(c: Condition): string {
  if ('always' in c) return 'always';
  if ('any' in c) return c.any.map(appliesWhen).join(' or ');
  if ('all' in c) return c.all.map(appliesWhen).join(' and ');
  if ('atLeast' in c) return `${NUM_FACT_WORDS[c.fact]} ≥ ${threshold(c.atLeast)}`;
  if ('above' in c) return `${NUM_FACT_WORDS[c.fact]} > ${threshold(c.above)}`;
  return BOOL_FACT_WORDS[c.fact] ?? c.fact;
}

const effects = (item: RuleItem) => (item.effects.length ? item.effects.join(', ') : '—');

describe('docs/fire-checklist.md', () => {
  const doc = read('docs/fire-checklist.md');
  const all = tables(doc);
  const items = DEFAULT_RULE_SET.items;

  it('lists every item of the default rule set with its condition, effects, default days and source', () => {
    const table = all.find((t) => t.header.includes('code') && t.header.includes('days'));
    expect(table, 'a table with "code" and "days" columns').toBeDefined();
    const col = (name: string) => {
      const i = table!.header.indexOf(name);
      expect(i, `column "${name}"`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const [code, applies, fails, days, source] = ['code', 'applies when', 'effects', 'days', 'source'].map(col) as number[];
    const byCode = new Map(table!.rows.map((r) => [r[code!], r]));
    for (const item of items) {
      const row = byCode.get(item.code);
      expect(row, `a row for ${item.code}`).toBeDefined();
      expect(row![days!], `default days of ${item.code}`).toBe(String(item.days));
      expect(row![fails!], `effects of ${item.code}`).toBe(effects(item));
      expect(row![applies!], `applies-when of ${item.code}`).toBe(appliesWhen(item.appliesWhen));
      expect(row![source!], `source of ${item.code}`).toBe(item.source ?? '—');
    }
    // Nothing the rule set no longer has, and each item once.
    expect(table!.rows.map((r) => r[code!])).toEqual(items.map((i) => i.code));
  });

  it('says what every item checks', () => {
    const table = all.find((t) => t.header.includes('code') && t.header.includes('check'));
    expect(table, 'a table with "code" and "check" columns').toBeDefined();
    const i = table!.header.indexOf('code');
    expect(table!.rows.map((r) => r[i])).toEqual(items.map((it) => it.code));
  });

  it('names every parameter with its default', () => {
    const p = DEFAULT_RULE_SET.parameters;
    const defaults: [string, number][] = [
      ['areaPerPersonM2', p.areaPerPersonM2],
      ['personsPerRoom', p.personsPerRoom],
      ['validityMonths', p.validityMonths],
      ...Object.entries(p.thresholds),
    ];
    const rows = all.flatMap((t) => t.rows);
    for (const [key, value] of defaults) {
      const row = rows.find((r) => r[0] === `\`${key}\``);
      expect(row, `a table row for the parameter ${key}`).toBeDefined();
      expect(row![1], `the default of ${key}`).toBe(String(value));
    }
  });
});

describe('the docs name only paths that exist', () => {
  const TOP = /^(core|db|electron|renderer|tests|docs|build|scripts|platform)\//;
  it('every `path` in docs/*.md exists, unless its line says planned', () => {
    const missing: string[] = [];
    for (const name of readdirSync(join(repo, 'docs')).filter((f) => f.endsWith('.md'))) {
      read(`docs/${name}`)
        .split('\n')
        .forEach((line, n) => {
          if (/planned/i.test(line)) return;
          for (const [, token] of line.matchAll(/`([^`\s]+)`/g)) {
            // Placeholders and patterns (`handlers/<domain>.ts`, `*.test.ts`) name no one file.
            if (!TOP.test(token!) || /[<>*{}]/.test(token!)) continue;
            const path = token!.replace(/[.,:;)]+$/, '');
            if (!existsSync(join(repo, path))) missing.push(`docs/${name}:${n + 1} ${path}`);
          }
        });
    }
    expect(missing).toEqual([]);
  });
});

describe('the repository stands alone', () => {
  // Built from parts, so this file does not match itself.
  const OUTSIDE = ['..' + '/shared', 'shared' + '/spec'];

  it('no tracked text file points outside the repository', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      if (file === 'package-lock.json') continue;
      const path = join(repo, file);
      // A tracked file deleted in this working tree, or a symlink: nothing to read.
      if (!existsSync(path) || !lstatSync(path).isFile()) continue;
      const bytes = readFileSync(path);
      if (bytes.subarray(0, 8000).includes(0)) continue; // binary (PNG and the like)
      bytes
        .toString('utf8')
        .split('\n')
        .forEach((line, n) => {
          if (OUTSIDE.some((s) => line.includes(s))) found.push(`${file}:${n + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
