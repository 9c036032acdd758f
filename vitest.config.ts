import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,db,electron,renderer,tests}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'tests/e2e/**', 'dist/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
