import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What a handler is allowed to be: it loads facts through db/, asks core,
 * applies the plan, and answers with data and message keys. So a handler file
 * never imports another handler, never translates, never holds Chinese text
 * (texts live in core's catalogue) and never holds SQL (that is db/'s). The
 * dispatcher and its plumbing in this folder are not handlers.
 */
const HERE = import.meta.dirname;
const PLUMBING = new Set(['dispatch.ts', 'context.ts', 'types.ts', 'index.ts', 'wire-error.ts']);
const handlerFiles = readdirSync(HERE).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !PLUMBING.has(f));

export function problemsOf(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const m of source.matchAll(/from '\.\/([\w-]+)'/g)) {
    if (m[1] !== 'types' && m[1] !== 'context') problems.push(`${file} imports the handler ./${m[1]}`);
  }
  if (/\btranslate\(|\bsay\(|i18n\/catalog/.test(source)) problems.push(`${file} translates`);
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  if (/[\u4e00-\u9fff]/.test(code)) problems.push(`${file} holds Chinese text`);
  if (/\bSELECT\b|\bINSERT INTO\b|\bDELETE FROM\b|\bUPDATE \w+ SET\b|\.statement\(/.test(code)) problems.push(`${file} holds SQL`);
  return problems;
}

describe('handler files', () => {
  it('exist', () => expect(handlerFiles.length).toBeGreaterThan(10));

  it('import no other handler, translate nothing, hold no Chinese text and no SQL', () => {
    const problems = handlerFiles.flatMap((f) => problemsOf(f, readFileSync(join(HERE, f), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('would be caught doing any of it', () => {
    const bad =
      "import { x } from './landlords';\nimport { translate } from " +
      "'../../core/i18n/catalog';\nconst q = 'SELECT id FROM rooms';\nconst m = '不可出租';\n";
    expect(problemsOf('bad.ts', bad)).toEqual([
      'bad.ts imports the handler ./landlords',
      'bad.ts translates',
      'bad.ts holds Chinese text',
      'bad.ts holds SQL',
    ]);
    // Comments may say why in Chinese terms.
    expect(problemsOf('ok.ts', "// 查封关停: closed\nimport type { HandlerMap } from './types';\n")).toEqual([]);
  });
});
