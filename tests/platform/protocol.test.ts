import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPS } from '../../core/sync/protocol';
import { enforce } from '../../platform/store/city';
import { revokeDesk } from '../../platform/store/enrol';
import { rows as query } from '../../platform/store/tx';
import { newId, rows, ScriptedDesk, startPlatform, type TestPlatform } from '../support/platform';

/**
 * The protocol over real HTTP against a real platform (PGlite here; the same
 * suite on PostgreSQL in CI), driven by scripted desks exactly as a desk's
 * sync client would send and receive.
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
}, 60_000);
afterAll(() => p.stop());

const count = async (table: string) =>
  Number((await query<{ n: number }>(p.store.db, sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`))[0]!.n);
const results = (r: { body: Record<string, unknown> }) =>
  r.body.results as { seq: number; outcome: string; reason: { code: string } | null; conflictId: string | null }[];

describe('health and enrolment', () => {
  it('answers its epoch, schema version and database kind', async () => {
    const res = await fetch(`${p.url}/v1/health`);
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', protocol: 1, database: process.env.PLATFORM_TEST_DATABASE_URL ? 'postgresql' : 'pglite' });
    expect(body.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(body.epoch).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('enrols once with a code; the code is used up, and a made-up one is refused with words', async () => {
    const desk = new ScriptedDesk(p);
    const body = await desk.enrol('331004006');
    expect(body).toMatchObject({ regionCode: '331004006', deskCode: '331004006-01' });
    expect(body.credential.length).toBeGreaterThan(30);
    // The platform keeps only a hash of it.
    expect(await query(p.store.db, sql`SELECT 1 FROM desks WHERE credential_hash = ${body.credential}`)).toEqual([]);
    const again = await new ScriptedDesk(p).post(
      '/v1/enrol',
      { code: 'AAAA-BBBB-CCCC', deskId: newId(), name: 'x', publicKey: 'A'.repeat(43), schemaVersion: 6 },
      false,
    );
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID', message: { zh: expect.stringContaining('接入码无效') } } });
  });

  it('refuses a code after 24 hours', async () => {
    const { issueEnrolmentCode } = await import('../../platform/store/enrol');
    const { code } = await issueEnrolmentCode(p.store.db, { name: 'late', regionCode: '331004006' }, p.now() - 25 * 3600_000);
    const r = await new ScriptedDesk(p).post(
      '/v1/enrol',
      { code, deskId: newId(), name: 'late', publicKey: 'A'.repeat(43), schemaVersion: 6 },
      false,
    );
    expect(r.body).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID' } });
  });
});

describe('push, exactly once', () => {
  it('applies a batch in order, answers the same batch again with the stored outcomes and changes nothing, refuses a gap', async () => {
    const desk = new ScriptedDesk(p);
    await desk.enrol('331004006');
    const landlordId = newId();
    const propertyId = newId();
    const batch = [
      desk.change('landlords', landlordId, 'create', rows.landlord({ idNumber: '331004198001011111' })),
      desk.change('properties', propertyId, 'create', rows.property(landlordId)),
      desk.change('rooms', newId(), 'create', rows.room(propertyId)),
    ];
    const first = await desk.push(batch);
    expect(first.status).toBe(200);
    expect(results(first).map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(first.body.lastSeq).toBe(3);
    const logBefore = await count('change_log');
    const again = await desk.push(batch);
    expect(again.body).toEqual(first.body);
    expect(await count('change_log')).toBe(logBefore);
    // Sequence 5 before 4: refused whole, naming the expected one.
    desk.seq = 4;
    const gap = await desk.push([desk.change('rooms', newId(), 'create', rows.room(propertyId, { label: '102' }))]);
    expect(gap.status).toBe(409);
    expect(gap.body).toMatchObject({ error: { code: 'SEQUENCE_GAP', details: { expected: 4 } } });
    expect(await count('change_log')).toBe(logBefore);
  });

  it('takes a full batch of new landlords in one push (a desk with a backlog sends the cap)', async () => {
    const desk = new ScriptedDesk(p);
    await desk.enrol('331004006');
    const ids = Array.from({ length: CAPS.maxChanges }, () => newId());
    const r = await desk.push(
      ids.map((id, i) => desk.change('landlords', id, 'create', rows.landlord({ idNumber: `3310041990${String(i).padStart(8, '0')}` }))),
    );
    expect(r.status).toBe(200);
    expect(results(r).map((x) => x.outcome)).toEqual(ids.map(() => 'applied'));
    const [held] = await query<{ n: number }>(
      p.store.db,
      sql`SELECT count(*) AS n FROM city_landlords WHERE fields->>'idNumber' LIKE '3310041990%'`,
    );
    expect(Number(held!.n)).toBe(CAPS.maxChanges);
  });

  it('records a poison change in the middle of a batch as rejected and goes on', async () => {
    const desk = new ScriptedDesk(p);
    await desk.enrol('331004006');
    const landlordId = newId();
    const r = await desk.push([
      desk.change('landlords', landlordId, 'create', rows.landlord({ idNumber: '331004198001012222' })),
      desk.change('spaceships', newId(), 'create', { name: 'x' }),
      desk.change('landlords', landlordId, 'update', { colour: 'red' }, 1),
      desk.change('landlords', landlordId, 'update', { mobile: '13905769999' }, 1),
    ]);
    expect(results(r).map((x) => [x.outcome, x.reason?.code ?? null])).toEqual([
      ['applied', null],
      ['rejected', 'unknownEntity'],
      ['rejected', 'badFields'],
      ['applied', null],
    ]);
    expect(r.body.lastSeq).toBe(4);
  });

  it('refuses a forged desk, no credential, and a revoked desk at once', async () => {
    const desk = new ScriptedDesk(p);
    await desk.enrol('331004006');
    const forged = desk.change('landlords', newId(), 'create', rows.landlord({ idNumber: '331004198001013333' }));
    const r = await desk.push([{ ...forged, deskId: newId() }]);
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ error: { code: 'FORGED_DESK' } });
    const anonymous = await desk.post('/v1/push', { epoch: null, changes: [forged] }, false);
    expect(anonymous.status).toBe(401);
    await revokeDesk(p.store.db, desk.deskId, p.now());
    desk.seq = 0;
    const revoked = await desk.push([desk.change('landlords', newId(), 'create', rows.landlord({ idNumber: '331004198001013333' }))]);
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatchObject({ error: { code: 'DESK_REVOKED', message: { zh: '本服务台已被市平台停用，请联系管理员' } } });
  });

  it('rejects a property outside the desk’s region', async () => {
    const desk = new ScriptedDesk(p);
    await desk.enrol('331004006');
    const landlordId = newId();
    const r = await desk.push([
      desk.change('landlords', landlordId, 'create', rows.landlord({ idNumber: '331004198001014444' })),
      desk.change('properties', newId(), 'create', rows.property(landlordId, { regionCode: '331004001001', streetCode: '331004001' })),
    ]);
    expect(results(r).map((x) => x.reason?.code ?? x.outcome)).toEqual(['applied', 'outsideRegion']);
  });
});

describe('authority, conflicts and landlords across desks', () => {
  let a: ScriptedDesk;
  let b: ScriptedDesk;
  let landlordId: string;
  let propertyId: string;
  let roomId: string;

  beforeAll(async () => {
    a = new ScriptedDesk(p);
    b = new ScriptedDesk(p);
    await a.enrol('331004006056', 'A 台');
    await b.enrol('331004006056', 'B 台');
    landlordId = newId();
    propertyId = newId();
    roomId = newId();
    await a.push([
      a.change('landlords', landlordId, 'create', rows.landlord({ idNumber: '331004198001015555' })),
      a.change('properties', propertyId, 'create', rows.property(landlordId)),
      a.change('rooms', roomId, 'create', rows.room(propertyId)),
    ]);
  });

  it('turns a second desk’s edit of a field that moved on into a conflict with both values', async () => {
    const moved = await a.push([a.change('rooms', roomId, 'update', { rentMonthly: 900 }, 1)]);
    expect(results(moved)[0]).toMatchObject({ outcome: 'applied', version: 2 });
    const late = await b.push([b.change('rooms', roomId, 'update', { rentMonthly: 850 }, 1)]);
    const o = (late.body.results as { outcome: string; conflictId: string; platformFields: Record<string, unknown> }[])[0]!;
    expect(o.outcome).toBe('conflict');
    expect(o.platformFields.rentMonthly).toBe(900);
    const [c] = await query<{ fields: unknown; desk_id: string }>(
      p.store.db,
      sql`SELECT fields, desk_id FROM conflicts WHERE id = ${o.conflictId}`,
    );
    expect(c).toMatchObject({ desk_id: b.deskId, fields: [{ field: 'rentMonthly', desk: 850, platform: 900 }] });
    // What the supervisor's inbox shows: both values, and who moved the platform's on.
    expect((o as unknown as { conflict: unknown }).conflict).toMatchObject({
      fields: [{ field: 'rentMonthly', desk: 850, platform: 900 }],
      platformBy: { deskId: a.deskId, clerkName: '李窗口' },
    });
    // The same value, or a field nobody moved, is no conflict.
    const fine = await b.push([b.change('rooms', roomId, 'update', { rentMonthly: 900, hasKitchen: false }, 1)]);
    expect(results(fine)[0]!.outcome).toBe('applied');
    // A desk's second edit from the same old base follows its own first one: no conflict with itself.
    const chain = await a.push([
      a.change('rooms', roomId, 'update', { label: '301' }, 3),
      a.change('rooms', roomId, 'update', { label: '302' }, 3),
    ]);
    expect(results(chain).map((r) => r.outcome)).toEqual(['applied', 'applied']);
  });

  it("takes a supervisor's answer to a conflict once, from the desk whose change it held", async () => {
    await a.push([a.change('rooms', roomId, 'update', { floor: 3 }, 5)]);
    const held = results(await b.push([b.change('rooms', roomId, 'update', { floor: 2 }, 2)]))[0]!;
    expect(held.outcome).toBe('conflict');
    const id = held.conflictId!;
    const answer = { status: 'escalated', note: '请市平台核实楼层' };
    expect(results(await a.push([a.change('conflicts', id, 'update', answer, null)]))[0]).toMatchObject({
      outcome: 'rejected',
      reason: { code: 'notOwner' },
    });
    expect(results(await b.push([b.change('conflicts', id, 'update', { status: 'ignored' }, null)]))[0]!.reason!.code).toBe('badFields');
    expect(results(await b.push([b.change('conflicts', id, 'update', answer, null)]))[0]!.outcome).toBe('applied');
    const [c] = await query<{ status: string; note: string; resolved_by: unknown }>(
      p.store.db,
      sql`SELECT status, note, resolved_by FROM conflicts WHERE id = ${id}`,
    );
    expect(c).toMatchObject({ status: 'escalated', note: '请市平台核实楼层', resolved_by: { name: '李窗口' } });
    expect(results(await b.push([b.change('conflicts', id, 'update', { status: 'accepted' }, null)]))[0]!.reason!.code).toBe(
      'conflictAnswered',
    );
  });

  it('maps a second desk’s landlord of the same ID to the first, and rewrites its property’s reference', async () => {
    const twin = newId();
    const propertyB = newId();
    const r = await b.push([
      b.change('landlords', twin, 'create', rows.landlord({ idNumber: '331004198001015555', name: '陈建國' })),
      b.change('properties', propertyB, 'create', rows.property(twin, { houseNumber: '14号', addressKey: 'k14' })),
    ]);
    expect(results(r)[0]).toMatchObject({ outcome: 'mapped', mappedTo: landlordId });
    expect(results(r)[1]!.outcome).toBe('applied');
    const [row] = await query<{ landlord: string }>(
      p.store.db,
      sql`SELECT fields->>'landlordId' AS landlord FROM city_properties WHERE id = ${propertyB}`,
    );
    expect(row!.landlord).toBe(landlordId);
  });

  it('publishes a city closure that the region’s desks pull; then refuses their edits, check-ins and reopening', async () => {
    const before = (await a.pull(0)).body.next as number;
    expect(
      await enforce(
        p.store.db,
        propertyId,
        { close: true, reason: '三合一场所', authority: '路桥区消防救援大队', on: '2026-12-01' },
        'city-it',
        p.now(),
      ),
    ).toBe('done');
    const page = await a.pull(before);
    const closure = (
      page.body.changes as { entity: string; entityId: string; fields: Record<string, unknown>; origin: { deskId: string | null } }[]
    ).find((c) => c.entity === 'properties' && c.entityId === propertyId);
    expect(closure).toMatchObject({ fields: { status: 'closed', closedAuthority: '路桥区消防救援大队' }, origin: { deskId: null } });
    const refused = await a.push([
      a.change('properties', propertyId, 'update', { floors: 4 }, 1),
      a.change('tenancies', newId(), 'create', {
        roomId,
        propertyId,
        tenantId: newId(),
        status: 'active',
        checkInOn: '2026-12-02',
        adults: 1,
        children: 0,
      }),
      a.change('properties', propertyId, 'update', { status: 'active', closedReason: null, closedAuthority: null, closedOn: null }, 2),
    ]);
    expect(results(refused).map((x) => x.reason?.code)).toEqual(['propertyClosed', 'propertyClosed', 'cityAuthority']);
    expect((refused.body.results as { reason: { message: { zh: string } } }[])[0]!.reason.message.zh).toBe(
      '房屋已被市平台查封，修改未生效',
    );
  });

  it('pulls only the desk’s region and what is city-wide, in one order, in pages', async () => {
    const far = new ScriptedDesk(p);
    await far.enrol('331002001');
    const all = [];
    let after = 0;
    for (;;) {
      const page = await far.pull(after, 3);
      all.push(...(page.body.changes as { entity: string; cursor: number }[]));
      after = page.body.next as number;
      if (!page.body.more) break;
    }
    expect(new Set(all.map((c) => c.entity))).toEqual(new Set(['desks']));
    expect(all.map((c) => c.cursor)).toEqual([...all.map((c) => c.cursor)].sort((x, y) => x - y));
  });
});

describe('bad requests change nothing', () => {
  it('malformed JSON, the wrong content type, an unknown schema version, too many changes, an unknown endpoint', async () => {
    const desk = new ScriptedDesk(p);
    await desk.enrol('331004006');
    const logBefore = await count('change_log');
    const bad = await desk.post('/v1/push', '{"epoch": null, "changes": [', true);
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'BAD_JSON' } } });
    const text = await fetch(`${p.url}/v1/push`, { method: 'POST', headers: { 'content-type': 'text/plain', ...desk.auth() }, body: '{}' });
    expect(text.status).toBe(415);
    const future = desk.change('landlords', newId(), 'create', rows.landlord({ idNumber: '331004198001016666' }));
    const old = await desk.push([{ ...future, schemaVersion: 2 }]);
    expect(old).toMatchObject({ status: 422, body: { error: { code: 'SCHEMA_UNSUPPORTED', details: { supported: { min: 6 } } } } });
    const many = Array.from({ length: CAPS.maxChanges + 1 }, () => desk.change('landlords', newId(), 'create', rows.landlord()));
    const big = await desk.push(many);
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'TOO_LARGE', details: { caps: { maxChanges: CAPS.maxChanges } } } } });
    const shape = await desk.post('/v1/push', { epoch: null, changes: [{ seq: 'one' }] });
    expect(shape).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION' } } });
    const none = await fetch(`${p.url}/v2/anything`);
    expect(none.status).toBe(404);
    expect(await count('change_log')).toBe(logBefore);
  });
});
