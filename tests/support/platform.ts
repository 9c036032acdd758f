import { serve, type ServerType } from '@hono/node-server';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ulid } from '../../core/ids';
import type { DeskChange } from '../../core/sync/protocol';
import { silentLogger } from '../../platform/log';
import { createApp } from '../../platform/server/app';
import { issueEnrolmentCode } from '../../platform/store/enrol';
import { openStore, type Store } from '../../platform/store/open';
import { randomBytes } from 'node:crypto';

/**
 * A real platform for a test file: the HTTP server on 127.0.0.1 over embedded
 * PGlite in a temp folder — or, when PLATFORM_TEST_DATABASE_URL names a
 * PostgreSQL server, over a fresh database of its own there (`.ci/run` runs
 * the platform suites both ways).
 */
export const PG_URL = process.env.PLATFORM_TEST_DATABASE_URL;

export async function freshDatabaseUrl(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `platform_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestPlatform {
  url: string;
  store: Store;
  now: () => number;
  setNow(ms: number): void;
  stop(): Promise<void>;
}

export async function startPlatform(): Promise<TestPlatform> {
  let offset = 0;
  const now = () => Date.now() + offset;
  let dir: string | null = null;
  let drop: (() => Promise<void>) | null = null;
  let store: Store;
  if (PG_URL) {
    const fresh = await freshDatabaseUrl(PG_URL);
    drop = fresh.drop;
    store = await openStore({ databaseUrl: fresh.url, now });
  } else {
    dir = mkdtempSync(join(tmpdir(), 'platform-test-'));
    store = await openStore({ dataDir: dir, now });
  }
  const app = createApp(store, silentLogger, now);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const addr = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${addr.port}`,
    store,
    now,
    setNow: (ms) => {
      offset = ms - Date.now();
    },
    stop: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
      if (drop) await drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The base64url of an Ed25519 public key's 32 raw bytes, as a desk sends it. */
export function deskPublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  return (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32).toString('base64url');
}

export const newId = () => ulid(Date.now(), randomBytes(10));

/**
 * A desk as the protocol sees it: its id, its credential after enrolment, its
 * sequence, and the calls it makes. Tests script it change by change.
 */
export class ScriptedDesk {
  readonly deskId = newId();
  credential: string | null = null;
  regionCode = '';
  deskCode = '';
  epoch: string | null = null;
  seq = 0;
  readonly clerk = { id: newId(), name: '李窗口' };

  constructor(private readonly platform: { url: string; store?: Store; now?: () => number }) {}

  /** Enrols with a code issued straight into the platform's store (the platform runs in this process). */
  async enrol(regionCode: string, name = '浮排社区服务总台') {
    const { code } = await issueEnrolmentCode(this.platform.store!.db, { name, regionCode }, (this.platform.now ?? Date.now)());
    return this.enrolWith(code, name);
  }

  /** Enrols with a code an administrator gave (`admin desks add`). */
  async enrolWith(code: string, name = '浮排社区服务总台') {
    const r = await this.post('/v1/enrol', { code, deskId: this.deskId, name, publicKey: deskPublicKey(), schemaVersion: 6 }, false);
    if (r.status !== 200) throw new Error(`enrol: ${r.status} ${JSON.stringify(r.body)}`);
    const body = r.body as { credential: string; regionCode: string; deskCode: string; epoch: string };
    this.credential = body.credential;
    this.regionCode = body.regionCode;
    this.deskCode = body.deskCode;
    this.epoch = body.epoch;
    return body;
  }

  /** The next outbox row of this desk. */
  change(
    entity: string,
    entityId: string,
    intent: 'create' | 'update',
    fields: Record<string, unknown>,
    baseVersion: number | null = null,
  ): DeskChange {
    return {
      seq: ++this.seq,
      changeId: newId(),
      deskId: this.deskId,
      clerk: this.clerk,
      schemaVersion: 6,
      entity,
      entityId,
      intent,
      fields,
      baseVersion,
      at: Date.now(),
    };
  }

  /** Pushes and pulls are safe to repeat (exactly once by sequence; a pull reads): a dropped keep-alive socket is retried once. */
  push(changes: DeskChange[], epoch: string | null = this.epoch) {
    return once(() => this.post('/v1/push', { epoch, changes }));
  }

  pull(after: number, limit?: number) {
    const q = new URLSearchParams({ after: String(after), ...(limit ? { limit: String(limit) } : {}) });
    return once(async () => {
      const res = await fetch(`${this.platform.url}/v1/pull?${q}`, { headers: this.auth() });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    });
  }

  async post(path: string, body: unknown, auth = true, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.platform.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? this.auth() : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  auth(): Record<string, string> {
    return this.credential ? { authorization: `Bearer ${this.credential}` } : {};
  }
}

async function once<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return call();
  }
}

/** Fields of register rows as a desk's outbox carries them. */
export const rows = {
  landlord: (over: Record<string, unknown> = {}) => ({
    kind: 'person',
    name: '陈建国',
    idType: 'resident_id',
    idNumber: '331004198003071234',
    mobile: '13805761234',
    address: null,
    contactName: null,
    letterSigned: true,
    letterSignedOn: '2026-06-01',
    ...over,
  }),
  property: (landlordId: string, over: Record<string, unknown> = {}) => ({
    landlordId,
    regionCode: '331004006056',
    districtCode: '331004',
    streetCode: '331004006',
    communityCode: '331004006056',
    grid: '浮排一网格',
    road: '浮排村东路',
    houseNumber: '12号',
    detail: '浮排村东路12号',
    address: '台州市路桥区峰江街道浮排居委会浮排村东路12号',
    addressKey: '331004006056|浮排村东路|12',
    buildingType: 'self_built',
    floors: 3,
    mixedUse: false,
    ebikeArrangement: 'central_outdoor',
    usesSandwichPanels: false,
    status: 'active',
    closedReason: null,
    closedAuthority: null,
    closedOn: null,
    ...over,
  }),
  room: (propertyId: string, over: Record<string, unknown> = {}) => ({
    propertyId,
    label: '101',
    floor: 1,
    areaM2: 14,
    hasKitchen: true,
    privateBathroom: false,
    windowBars: false,
    rentMonthly: 800,
    maxOccupants: 2,
    status: 'vacant',
    ...over,
  }),
};
