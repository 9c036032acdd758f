import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Checks 7 and 8 as a lint: Electron's dangerous entry points each have one
 * home, and the page's code cannot reach Electron at all. Read from the
 * syntax tree, so a comment that merely mentions a name does not count.
 * Test files are not shipped and are left out.
 */
const repo = join(import.meta.dirname, '..', '..');

const IPC_MAIN_HOME = 'electron/main/ipc.ts';
const WINDOW_HOME = 'electron/main/window.ts';
const ELECTRON_IMPORTERS = ['electron/main/', 'electron/preload/'];

function violations(file: string, source: string): string[] {
  const found = new Set<string>();
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const mayImportElectron = ELECTRON_IMPORTERS.some((dir) => file.startsWith(dir));

  const checkSpecifier = (node: ts.Node, specifier: string) => {
    if ((specifier === 'electron' || specifier.startsWith('electron/')) && !mayImportElectron) {
      found.add(`${at(node)} imports electron outside electron/main and electron/preload`);
    }
  };
  const calleeName = (callee: ts.Expression) =>
    ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';

  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === 'ipcMain' && file !== IPC_MAIN_HOME) {
      found.add(`${at(node)} uses ipcMain outside ${IPC_MAIN_HOME}`);
    }
    if (ts.isNewExpression(node) && calleeName(node.expression) === 'BrowserWindow' && file !== WINDOW_HOME) {
      found.add(`${at(node)} creates a BrowserWindow outside ${WINDOW_HOME}`);
    }
    // Every way a module is named: import/export ... from, import x = require(), require(), import(), import('x').T
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) checkSpecifier(node, node.moduleSpecifier.text);
    }
    if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      checkSpecifier(node, node.expression.text);
    }
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isImport) checkSpecifier(node, node.arguments[0].text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      if (ts.isStringLiteral(node.argument.literal)) checkSpecifier(node, node.argument.literal.text);
    }
    // Banned however it reaches a module load: import, require, a variable.
    if (ts.isStringLiteralLike(node) && node.text.startsWith('@electron/remote')) {
      found.add(`${at(node)} uses @electron/remote`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...found].sort();
}

function sourceFiles(dir: string, pattern: RegExp): string[] {
  let entries: string[];
  try {
    entries = readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((e) => `${dir}/${e.split(sep).join('/')}`)
    .filter((f) => pattern.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .filter((f) => !f.includes('/node_modules/'));
}

describe('Electron bans (checks 7 and 8)', () => {
  it('hold across electron/ and renderer/', () => {
    const files = [...sourceFiles('electron', /\.ts$/), ...sourceFiles('renderer', /\.tsx?$/)];
    expect(files).toContain(IPC_MAIN_HOME);
    expect(files).toContain(WINDOW_HOME);
    const found = files.flatMap((f) => violations(f, readFileSync(join(repo, f), 'utf8')));
    expect(found).toEqual([]);
  });

  describe('the scanner itself', () => {
    const check = violations;

    it('catches raw ipcMain and electron imports outside their homes', () => {
      expect(check('electron/handlers/x.ts', "import { ipcMain } from 'electron';\nipcMain.on('x', f);")).toEqual([
        'electron/handlers/x.ts:1 imports electron outside electron/main and electron/preload',
        'electron/handlers/x.ts:1 uses ipcMain outside electron/main/ipc.ts',
        'electron/handlers/x.ts:2 uses ipcMain outside electron/main/ipc.ts',
      ]);
      expect(check('renderer/api/client.ts', "const e = await import('electron');")).toHaveLength(1);
      expect(check('renderer/types.ts', "type W = import('electron').BrowserWindow;")).toHaveLength(1);
      expect(check('electron/serve.ts', "import e = require('electron');")).toHaveLength(1);
    });

    it('catches a BrowserWindow made outside window.ts, however it is reached', () => {
      expect(check('electron/main/index.ts', "import * as e from 'electron';\nnew e.BrowserWindow({});")).toEqual([
        'electron/main/index.ts:2 creates a BrowserWindow outside electron/main/window.ts',
      ]);
    });

    it('catches @electron/remote anywhere', () => {
      expect(check('renderer/App.tsx', "const r = require('@electron/remote'); const v = <div />;")).toEqual([
        'renderer/App.tsx:1 uses @electron/remote',
      ]);
      expect(check('electron/main/index.ts', "import '@electron/remote/main';")).toEqual([
        'electron/main/index.ts:1 uses @electron/remote',
      ]);
    });

    it('allows each thing in its home', () => {
      expect(check('electron/main/ipc.ts', "const e = require('electron'); e.ipcMain.handle('x', f);")).toEqual([]);
      expect(check('electron/preload/index.ts', "import { ipcRenderer } from 'electron';")).toEqual([]);
      expect(check('electron/main/window.ts', "import { BrowserWindow } from 'electron'; new BrowserWindow({});")).toEqual([]);
    });

    it('ignores comments and strings that only mention a name', () => {
      const source = "// never use ipcMain or new BrowserWindow here\n/* from 'electron' */\nconst s = 'ipcMain';";
      expect(check('electron/handlers/x.ts', source)).toEqual([]);
    });
  });
});
