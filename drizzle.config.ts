import { defineConfig } from 'drizzle-kit';

// Migrations are append-only and named by time, so two branches never both add "0002".
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  migrations: { prefix: 'timestamp' },
});
