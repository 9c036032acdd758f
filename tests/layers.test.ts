import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layer check must be able to fail: run our dependency-cruiser config on
 * a small tree that breaks each rule and read the verdicts.
 */
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'layers-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(files: Record<string, string>): string[] {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), body);
  }
  cpSync(join(root, '.dependency-cruiser.cjs'), join(work, '.dependency-cruiser.cjs'));
  cpSync(join(root, 'tsconfig.base.json'), join(work, 'tsconfig.base.json'));
  try {
    execFileSync(
      join(root, 'node_modules/.bin/depcruise'),
      ['--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'core', 'db', 'electron', 'renderer'],
      {
        cwd: work,
        encoding: 'utf8',
      },
    );
    return [];
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '');
    return [...out.matchAll(/error ([\w-]+):/g)].map((m) => m[1]!);
  }
}

describe('the layer check', () => {
  it('fails on Node in core, a renderer reaching into db, electron outside main, main reaching the register, and a cycle', () => {
    const rules = tree({
      'core/pure.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'db/register.ts': 'export const register = 1;\n',
      'renderer/page.ts': "import { register } from '../db/register';\nexport const y = register;\n",
      'electron/handlers/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'electron/handlers/b.ts':
        "import { a } from './a';\nimport type { BrowserWindow } from " +
        "'electron';\nexport const b = () => a;\nexport type W = BrowserWindow;\n",
      // Indirectly: main's code reaches the register through a module of its own.
      'electron/main/host.ts': "import { opened } from './opens';\nexport const h = opened;\n",
      'electron/main/opens.ts': "import { register } from '../../db/register';\nexport const opened = register;\n",
    });
    expect(rules).toEqual(
      expect.arrayContaining([
        'core-is-pure',
        'renderer-sees-core-only',
        'no-circular',
        'only-main-and-preload-import-electron',
        'main-process-relays-only',
      ]),
    );
  }, 60_000);

  it('passes a tree that keeps the table', () => {
    rmSync(join(work, 'core'), { recursive: true, force: true });
    rmSync(join(work, 'renderer'), { recursive: true, force: true });
    rmSync(join(work, 'electron'), { recursive: true, force: true });
    expect(
      tree({
        'core/rule.ts': 'export const rule = 1;\n',
        'renderer/page.ts': "import { rule } from '../core/rule';\nexport const y = rule;\n",
        'electron/handlers/a.ts': "import { register } from '../../db/register';\nexport const a = register;\n",
      }),
    ).toEqual([]);
  }, 60_000);
});
