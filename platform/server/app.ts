import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { CAPS, DESK_SCHEMA_VERSIONS, PROTOCOL_VERSION } from '../../core/sync/protocol';
import { PlatformRefusal, refusals } from '../refusal';
import { deskOfCredential, enrolDesk } from '../store/enrol';
import { ingest } from '../store/ingest';
import type { Store } from '../store/open';
import { pull, reconcile } from '../store/pull';
import type { desks } from '../store/schema';
import { platformEpoch } from '../store/tx';
import { describeError, type Logger } from '../log';
import { enrolRoute, healthRoute, pullRoute, pushRoute, reconcileRoute } from './routes';

type Desk = typeof desks.$inferSelect;
type Env = { Variables: { desk: Desk | null } };

/** Bodies other than a push are small: an enrolment, a reconciliation digest. */
const SMALL_BODY = 64 * 1024;

/**
 * The platform's HTTP API. Stateless: every fact lives in the database, so
 * any number of these can serve one PostgreSQL. Each request is logged in one
 * JSON line (desk, route, status, duration) — never a credential or an ID number.
 */
export function createApp(store: Store, log: Logger, clock: () => number = Date.now) {
  const app = new OpenAPIHono<Env>({
    // A request that does not fit the contract answers in the platform's error shape, never zod's own.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
          .join('; ');
        return c.json(refusals.validation(issues).body(), 400);
      }
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('desk', null);
    await next();
    log.info('request', {
      method: c.req.method,
      route: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      desk: c.get('desk')?.id ?? null,
    });
  });
  app.use('/v1/*', readBody);

  const authed: MiddlewareHandler<Env> = async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
    if (!m) throw refusals.unauthenticated();
    c.set('desk', await deskOfCredential(store.db, m[1]!));
    await next();
  };
  app.use('/v1/push', authed);
  app.use('/v1/pull', authed);
  app.use('/v1/reconcile', authed);

  app.openapi(healthRoute, async (c) => {
    const { epoch } = await platformEpoch(store.db);
    return c.json(
      {
        status: 'ok' as const,
        protocol: PROTOCOL_VERSION,
        epoch,
        schemaVersion: store.schemaVersion,
        deskSchemaVersions: { ...DESK_SCHEMA_VERSIONS },
        database: store.kind,
        caps: { ...CAPS },
      },
      200,
    );
  });

  app.openapi(enrolRoute, async (c) => {
    const req = c.req.valid('json');
    if (req.schemaVersion < DESK_SCHEMA_VERSIONS.min || req.schemaVersion > DESK_SCHEMA_VERSIONS.max) {
      throw refusals.schema(req.schemaVersion, DESK_SCHEMA_VERSIONS.min, DESK_SCHEMA_VERSIONS.max);
    }
    return c.json(await enrolDesk(store.db, req, clock()), 200);
  });

  app.openapi(pushRoute, async (c) => c.json(await ingest(store.db, c.get('desk')!, c.req.valid('json'), clock()), 200));
  app.openapi(pullRoute, async (c) => c.json(await pull(store.db, c.get('desk')!, c.req.valid('query'), clock()), 200));
  app.openapi(reconcileRoute, async (c) => c.json(await reconcile(store.db, c.get('desk')!, c.req.valid('json')), 200));

  app.notFound((c) => c.json(refusals.notFound().body(), 404));
  app.onError((e, c) => {
    if (e instanceof PlatformRefusal) return c.json(e.body(), e.status as 400);
    log.error('request failed', { route: c.req.path, error: describeError(e) });
    return c.json(refusals.internal().body(), 500);
  });
  return app;
}

/**
 * Reads a POST body once, within its cap, before anything parses it: the
 * wrong content type is 415, an oversized body 413 (with the caps), malformed
 * JSON 400. The parsed body is left where the route's validator reads it.
 */
const readBody: MiddlewareHandler<Env> = async (c, next) => {
  if (c.req.method !== 'POST') return next();
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json(\s*;|$)/i.test(type)) throw refusals.contentType();
  const cap = c.req.path === '/v1/push' ? CAPS.maxBytes : SMALL_BODY;
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > cap) throw refusals.tooLarge({ ...CAPS });
  const text = await readCapped(c, cap);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refusals.badJson();
  }
  // Too many changes is the caps' business (413 with the caps), not a schema mistake.
  const changes = (parsed as { changes?: unknown } | null)?.changes;
  if (c.req.path === '/v1/push' && Array.isArray(changes) && changes.length > CAPS.maxChanges) throw refusals.tooLarge({ ...CAPS });
  (c.req as unknown as { bodyCache: Record<string, Promise<unknown>> }).bodyCache.json = Promise.resolve(parsed);
  return next();
};

async function readCapped(c: Context<Env>, cap: number): Promise<string> {
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw refusals.tooLarge({ ...CAPS });
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
