// Bundles the two hosts, the Electron host's backend (its utility process) and
// the preload into dist/electron/ (the renderer is built by `vite build` into
// dist/renderer/). Run by `npm run build`.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// DESK_DIST lets two builds (two developers' test runs on one machine) keep apart.
const dist = process.env.DESK_DIST ?? 'dist';
const out = join(root, dist, 'electron');
const started = Date.now();

// Bundled CommonJS dependencies call `require`, which an ES module lacks.
const requireBanner = {
  js: ["import { createRequire as __deskCreateRequire } from 'node:module';", 'const require = __deskCreateRequire(import.meta.url);'].join(
    ' ',
  ),
};

const common = {
  bundle: true,
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

const esm = {
  ...common,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: requireBanner,
  // better-sqlite3 loads a native .node file, which cannot be bundled.
  external: ['electron', 'better-sqlite3'],
};

/**
 * The preload may not import the contract (it would carry zod and the region
 * tables into every window), so the names are read here and baked in.
 */
async function contractNames() {
  const result = await esbuild.build({
    ...common,
    sourcemap: false,
    entryPoints: ['core/api/contract.ts'],
    platform: 'neutral',
    format: 'esm',
    mainFields: ['module', 'main'],
    write: false,
  });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { procedures: [...mod.PROCEDURE_NAMES], events: Object.keys(mod.events) };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const names = await contractNames();

await Promise.all([
  esbuild.build({ ...esm, entryPoints: ['electron/main/index.ts'], outfile: join(out, 'main.mjs') }),
  // The register and the handlers, run by main in a utility process (electron/backend/).
  esbuild.build({ ...esm, entryPoints: ['electron/backend/main.ts'], outfile: join(out, 'backend.mjs') }),
  esbuild.build({ ...esm, entryPoints: ['electron/serve.ts'], outfile: join(out, 'serve.mjs') }),
  esbuild.build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(out, 'preload.cjs'),
    // A sandboxed preload is one CommonJS file that may require only 'electron'.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
    define: {
      __DESK_PROCEDURES__: JSON.stringify(names.procedures),
      __DESK_EVENTS__: JSON.stringify(names.events),
    },
  }),
]);

// A sandboxed preload fails at load time, silently, if it requires anything else.
const preload = readFileSync(join(out, 'preload.cjs'), 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
const stray = required.filter((r) => r !== 'electron');
if (stray.length > 0) {
  console.error(`preload.cjs requires ${stray.join(', ')}: a sandboxed preload may only require 'electron'.`);
  process.exit(1);
}

// db/open.ts finds migrations at new URL('./migrations', import.meta.url): beside the bundles.
cpSync(join(root, 'db', 'migrations'), join(out, 'migrations'), { recursive: true });

const took = Date.now() - started;
const procedures = `${names.procedures.length} procedures`;
console.log(`built ${dist}/electron: main.mjs, backend.mjs, preload.cjs (${procedures}), serve.mjs, migrations in ${took} ms`);
