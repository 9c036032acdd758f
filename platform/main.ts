import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';
import { runAdmin, UsageError } from './cli/admin';
import { describeError, jsonLogger } from './log';
import { listenAdmin, sendAdmin } from './server/admin-socket';
import { createApp } from './server/app';
import { openStore } from './store/open';

/**
 * `npm run platform -- --port <n> --data <dir>` serves the city platform on
 * embedded PGlite kept in <dir>; `--database-url postgres://…` (or
 * DATABASE_URL) on a real PostgreSQL. `npm run platform -- admin …` runs the
 * IT office's commands on the same database.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '5180' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    'database-url': { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    json: { type: 'boolean', default: false },
    name: { type: 'string' },
    region: { type: 'string' },
    reason: { type: 'string' },
    authority: { type: 'string' },
    on: { type: 'string' },
    by: { type: 'string' },
    status: { type: 'string' },
  },
});

const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
const log = jsonLogger();

async function main(): Promise<number> {
  if (positionals[0] === 'admin' && !databaseUrl && values.data) {
    // Embedded PGlite is one process's: a platform serving this folder runs the command itself.
    const reply = await sendAdmin(values.data, positionals.slice(1), values);
    if (reply) {
      process.stdout.write(reply.out);
      process.stderr.write(reply.err);
      return reply.code;
    }
  }
  const store = await openStore({ ...(values.data ? { dataDir: values.data } : {}), ...(databaseUrl ? { databaseUrl } : {}) });
  if (positionals[0] === 'admin') {
    try {
      await runAdmin(store, positionals.slice(1), values, { out: (t) => process.stdout.write(`${t}\n`), json: values.json, now: Date.now });
      return 0;
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      process.stderr.write(`${e.message}\n`);
      return 2;
    } finally {
      await store.close();
    }
  }
  if (positionals.length) throw new UsageError(`unknown command: ${positionals.join(' ')} (serve with no command, or admin …)`);

  const app = createApp(store, log);
  const admin = store.kind === 'pglite' && values.data ? listenAdmin(store, values.data, log) : null;
  const tls =
    values['tls-cert'] && values['tls-key'] ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) } : null;
  const server = serve({
    fetch: app.fetch,
    port: Number(values.port),
    hostname: values.host,
    ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
  });
  server.on('listening', () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : values.port;
    console.log(`platform listening on ${tls ? 'https' : 'http'}://${values.host}:${port}`);
    log.info('platform started', { database: store.kind, schemaVersion: store.schemaVersion });
  });
  const stop = () => {
    server.close();
    admin?.close();
    void store.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    // A plain sentence for the IT office; the stack for whoever debugs it.
    process.stderr.write(`the platform could not start: ${e instanceof Error ? e.message : String(e)}\n`);
    log.error('the platform could not start', { error: describeError(e) });
    process.exit(1);
  },
);
