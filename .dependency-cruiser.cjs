/**
 * The import table of docs/architecture.md, enforced in `npm test`.
 * Type-only imports count too (tsPreCompilationDeps). Unit tests beside the
 * code (*.test.ts) may also import test tools.
 */
const TEST = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles hide layering mistakes.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'core/ imports only core/ and zod (plus small pure libraries: @noble ' +
        'for Ed25519 verification): no Node, no DOM hosts, no other layer.',
      from: { path: '^core/', pathNot: TEST },
      to: { pathNot: ['^core/', '^node_modules/zod/', '^node_modules/@noble/'] },
    },
    {
      name: 'db-below-electron',
      severity: 'error',
      comment: 'db/ imports core/, drizzle-orm, better-sqlite3 and Node built-ins.',
      from: { path: '^db/', pathNot: TEST },
      to: { path: '^(electron|renderer|platform|tests)/' },
    },
    {
      name: 'db-libraries',
      severity: 'error',
      from: { path: '^db/', pathNot: TEST },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/(drizzle-orm|better-sqlite3|zod)/',
      },
    },
    {
      name: 'electron-below-renderer',
      severity: 'error',
      comment: 'electron/ imports core/ and db/, never the renderer or the platform.',
      from: { path: '^electron/', pathNot: TEST },
      to: { path: '^(renderer|platform|tests)/' },
    },
    {
      name: 'only-main-and-preload-import-electron',
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: ['(^|/)node_modules/electron/', '^electron$'] },
    },
    {
      name: 'main-process-relays-only',
      severity: 'error',
      comment:
        'The Electron main process only relays: the register, the handlers and the dispatcher run in the backend ' +
        'utility process (electron/backend/), so nothing main loads, however indirectly, may open the register.',
      from: { path: '^electron/main/', pathNot: TEST },
      to: {
        path: ['^db/', '^electron/(services|handlers/(dispatch|index))\\.ts$', '(^|/)node_modules/(better-sqlite3|drizzle-orm)/'],
        reachable: true,
      },
    },
    {
      name: 'renderer-sees-core-only',
      severity: 'error',
      comment: 'The renderer reaches the register only through the contract (renderer/api/client.ts).',
      from: { path: '^renderer/' },
      to: { path: ['^(db|electron|platform|tests)/', '^node_modules/(electron|better-sqlite3|drizzle-orm)/'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'platform-sees-core-only',
      severity: 'error',
      from: { path: '^platform/' },
      to: { path: '^(db|electron|renderer|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^\\.tsbuild/|\\.json$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
