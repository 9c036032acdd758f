import { defineConfig } from 'drizzle-kit';

// The city platform's migrations: one set for PGlite and PostgreSQL alike, append-only, named by time.
export default defineConfig({
  dialect: 'postgresql',
  schema: './platform/store/schema.ts',
  out: './platform/store/migrations',
  migrations: { prefix: 'timestamp' },
});
