import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCity, type City } from '../support/city';
import { readyDesk } from '../support/desk';
import { ENTITY_FIELDS } from '../../core/sync/entities';
import { compliantProperty } from '../support/front-desk';
import { residentId } from '../support/people';
import { registerProperty } from '../support/register';
import { zh } from '../support/rooms';

/**
 * Two desks and the city platform, all real: the platform is its own process
 * (PGlite in a temp folder, or PostgreSQL when PLATFORM_TEST_DATABASE_URL is
 * set), each desk a real register on its own SQLite file with the sync loop of
 * the hosts. The timer is slow here so each step is driven by "立即同步" as a
 * clerk would; one test lets the timer do it.
 */
const REGION = '331004006056';
const SLOW = {
  intervalMs: 3_600_000,
  afterWriteMs: 3_600_000,
  backoffMs: 3_600_000,
  maxBackoffMs: 3_600_000,
  jitter: 0,
  reconcileEveryMs: 0,
};

type Desk = Awaited<ReturnType<typeof readyDesk>>;
let city: City;
const desks: Desk[] = [];

async function deskOf(name: string, regionCode = REGION) {
  const d = await readyDesk({ desk: { name, regionCode }, services: { syncTiming: SLOW } });
  desks.push(d);
  return d;
}
async function enrolled(name: string, regionCode = REGION) {
  const d = await deskOf(name, regionCode);
  await d.admin.call('sync.enrol', { url: city.url, code: await city.code(regionCode, name) });
  return d;
}
const today = (d: Desk) => new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
const rows = (d: Desk, q: string, ...p: unknown[]) => d.services.sqlite.prepare(q).all(...p) as Record<string, unknown>[];
const one = (d: Desk, q: string, ...p: unknown[]) => d.services.sqlite.prepare(q).get(...p) as Record<string, unknown>;
const syncNow = (d: Desk) => d.admin.call('sync.now', {});

beforeAll(async () => {
  city = await startCity();
}, 120_000);
afterAll(async () => {
  for (const d of desks) d.close();
  await city?.close();
});

describe('enrolment', () => {
  it('refuses an address that is not https, a bad code, a wrong code and another region, and changes nothing', async () => {
    const d = await deskOf('浮排社区服务台');
    const before = {
      state: JSON.stringify(one(d, 'SELECT * FROM sync_state')),
      audit: one(d, 'SELECT count(*) n FROM audit_log').n,
      desk: JSON.stringify(one(d, 'SELECT * FROM desk')),
    };
    const http = await d.admin.refused('sync.enrol', { url: 'http://city.example.cn', code: 'K7Q2-9XPM-4DHR' });
    expect(http.status).toBe(400);
    expect(http.error.issues?.[0]?.message).toMatch(/https/);
    const badCode = await d.admin.refused('sync.enrol', { url: city.url, code: '12' });
    expect(badCode.error.issues?.[0]?.path).toBe('code');
    const wrong = await d.admin.refused('sync.enrol', { url: city.url, code: 'K7Q2-9XPM-4DHR' });
    expect(wrong.error.issues?.[0]).toMatchObject({ path: 'code' });
    expect(wrong.error.message).toMatch(/接入码/);
    const elsewhere = await d.admin.refused('sync.enrol', { url: city.url, code: await city.code('331004001') });
    expect(elsewhere.error.message).toMatch(/区域|region/i);
    const unreachable = await d.admin.refused('sync.enrol', { url: 'http://127.0.0.1:9', code: 'K7Q2-9XPM-4DHR' });
    expect(unreachable.error.message).toMatch(/无法连接/);
    expect(JSON.stringify(one(d, 'SELECT * FROM sync_state'))).toBe(before.state);
    expect(JSON.stringify(one(d, 'SELECT * FROM desk'))).toBe(before.desk);
    expect((await d.admin.call('sync.status', {})).state).toBe('offline');
    expect(d.services.credentials.read()).toBeNull();
  });

  it('enrols with a right code: the desk gets its platform identity, its code is used up, a clerk may not enrol', async () => {
    const d = await deskOf('新河社区服务台');
    await d.admin.call('clerks.create', { username: 'clerk1', displayName: '李文员', role: 'clerk', password: 'clerk-password-1' });
    const clerk = d.caller();
    await clerk.call('session.login', { username: 'clerk1', password: 'clerk-password-1' });
    const code = await city.code(REGION, '新河社区服务台');
    expect((await clerk.refused('sync.enrol', { url: city.url, code })).status).toBe(403);

    const s = await d.admin.call('sync.enrol', { url: `${city.url}/`, code: code.toLowerCase() });
    expect(s.platform).toMatchObject({ url: city.url, regionCode: REGION });
    expect(s.platform!.deskCode).toMatch(new RegExp(`^${REGION}-\\d{2}$`));
    expect(one(d, 'SELECT desk_code FROM desk').desk_code).toBe(s.platform!.deskCode);
    expect(d.services.credentials.read()).toMatch(/.{20,}/);
    expect(JSON.stringify(one(d, 'SELECT * FROM sync_state'))).not.toContain(d.services.credentials.read()!);
    expect(one(d, "SELECT count(*) n FROM audit_log WHERE action = 'sync.enrol' AND entity = 'sync'").n).toBe(1);
    expect((await syncNow(d)).state).toBe('synced');

    const again = await deskOf('又一个服务台');
    const reused = await again.admin.refused('sync.enrol', { url: city.url, code });
    expect(reused.error.issues?.[0]?.path).toBe('code');
  });
});

describe('two desks of one region agree', () => {
  let a: Desk;
  let b: Desk;
  let registered: Awaited<ReturnType<typeof compliantProperty>>;
  let certificate: { payload: string; id: string };

  beforeAll(async () => {
    a = await enrolled('浮排社区服务台甲');
    registered = await compliantProperty(a.admin, today(a));
    certificate = await a.admin.call('certificates.issue', { propertyId: registered.property.id });
    const s = await syncNow(a);
    expect(s.state, JSON.stringify(s)).toBe('synced');
    expect(s.pending).toBe(0);
    b = await enrolled('浮排社区服务台乙');
    expect((await syncNow(b)).state).toBe('synced');
  }, 120_000);

  it("a new desk's first pull fills its register: property, rooms, landlord, inspection and fire status", async () => {
    const id = registered.property.id;
    const onB = await b.admin.call('properties.get', { id });
    const onA = await a.admin.call('properties.get', { id });
    expect(onB.address).toEqual(onA.address);
    expect(onB.rooms.map((r) => r.label).sort()).toEqual(['101', '102', '301']);
    expect(onB.fireStatus).toBe(onA.fireStatus);
    expect(onB.fireStatus).toBe('compliant');
    expect(one(b, 'SELECT name FROM landlords WHERE id = ?', registered.landlord.id).name).toBe(registered.landlord.name);
    // Nothing pulled goes back out: B's outbox is empty, its audit names A's clerk and origin.
    expect(one(b, 'SELECT count(*) n FROM sync_outbox').n).toBe(0);
    const audit = one(b, 'SELECT origin FROM audit_log WHERE entity_id = ? AND origin IS NOT NULL LIMIT 1', id);
    expect(JSON.parse(String(audit.origin))).toMatchObject({ deskName: '浮排社区服务台甲', clerkName: '王站长' });
  });

  it("A's certificate verifies on B with A's key", async () => {
    const v = await b.admin.call('certificates.verify', { payload: certificate.payload });
    expect(v.verdict).toBe('valid');
  });

  it("the city's closure reaches both desks and wins: rooms not offered, certificate void, check-in refused", async () => {
    const id = registered.property.id;
    const r = await city.admin('properties', 'close', id, '--reason', '消防通道堵塞', '--authority', '路桥区消防救援大队');
    expect(r.code, r.stderr).toBe(0);
    await syncNow(a);
    await syncNow(b);
    for (const d of [a, b]) {
      const p = await d.admin.call('properties.get', { id });
      expect(p.status).toBe('closed');
      const v = await d.admin.call('certificates.verify', { payload: certificate.payload });
      expect(v.verdict).toBe('void');
      // The closure came from the city: nothing of it goes back out.
      expect(one(d, "SELECT count(*) n FROM sync_outbox WHERE entity_id = ? AND status = 'pending'", id).n).toBe(0);
    }
    const room = registered.room('101');
    const refused = await a.admin.refused('tenancies.checkIn', {
      roomId: room.id,
      startDate: today(a),
      tenant: { name: '张伟', idNumber: '341602198803040013', mobile: '13905761234', originCode: '341602' },
      members: [],
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(zh(refused.error as never) || refused.error.message).toBeTruthy();
  });
});

const roomEdit = (
  room: { id: string; version: number; label: string; floor: number; areaM2: number; hasKitchen: boolean; privateBathroom: boolean },
  rentMonthly: number,
) => ({
  id: room.id,
  baseVersion: room.version,
  label: room.label,
  floor: room.floor,
  areaM2: room.areaM2,
  hasKitchen: room.hasKitchen,
  privateBathroom: room.privateBathroom,
  rentMonthly,
});
const roomOn = async (d: Desk, propertyId: string, label: string) =>
  (await d.admin.call('properties.get', { id: propertyId })).rooms.find((r) => r.label === label)!;

describe('conflicts, rejections and the city’s word', () => {
  let a: Desk;
  let b: Desk;
  beforeAll(async () => {
    a = await enrolled('新桥社区服务台甲', '331004006059');
    b = await enrolled('新桥社区服务台乙', '331004006059');
  }, 120_000);

  it('two desks change one rent: the second gets a conflict with both values; resubmitting makes both agree on its value', async () => {
    const { property } = await compliantProperty(a.admin, today(a), { regionCode: '331004006059' });
    await syncNow(a);
    await syncNow(b);
    await a.admin.call('rooms.update', roomEdit(await roomOn(a, property.id, '101'), 800));
    await b.admin.call('rooms.update', roomEdit(await roomOn(b, property.id, '101'), 750));
    await syncNow(a);
    const s = await syncNow(b);
    expect(s.conflictsOpen).toBe(1);
    const [conflict] = (await b.admin.call('sync.conflicts', { status: 'open' })).items;
    expect(conflict!.fields).toEqual([{ field: 'rentMonthly', desk: 750, platform: 800 }]);
    expect(conflict!.platform).toMatchObject({ deskName: '新桥社区服务台甲', clerkName: '王站长' });
    expect(conflict!.label).toContain('101');
    // Until a supervisor answers, the desk shows the platform's value: the two never disagree unseen.
    expect((await roomOn(b, property.id, '101')).rentMonthly).toBe(800);

    // A clerk may not answer it; a note-less escalation is refused; nothing changed by either.
    await b.admin.call('clerks.create', { username: 'clerk2', displayName: '周文员', role: 'clerk', password: 'clerk-password-1' });
    const clerk = b.caller();
    await clerk.call('session.login', { username: 'clerk2', password: 'clerk-password-1' });
    expect((await clerk.refused('sync.resolve', { id: conflict!.id, choice: 'resubmit' })).status).toBe(403);
    const noNote = await b.admin.refused('sync.resolve', { id: conflict!.id, choice: 'escalate' });
    expect(noNote.error.issues?.[0]?.path).toBe('note');
    expect((await b.admin.call('sync.conflicts', { status: 'open' })).items).toHaveLength(1);

    const resolved = await b.admin.call('sync.resolve', { id: conflict!.id, choice: 'resubmit', note: '房东当面确认 750 元' });
    expect(resolved).toMatchObject({ status: 'resubmitted', resolvedByName: '王站长' });
    expect((await b.admin.refused('sync.resolve', { id: conflict!.id, choice: 'accept' })).status).toBe(409);
    await syncNow(b);
    await syncNow(a);
    expect((await roomOn(a, property.id, '101')).rentMonthly).toBe(750);
    expect((await roomOn(b, property.id, '101')).rentMonthly).toBe(750);
    expect((await syncNow(b)).conflictsOpen).toBe(0);
  });

  it('an offline edit of a property the city then closed is rejected with its reason; the desk takes the platform’s value', async () => {
    const { property } = await compliantProperty(a.admin, today(a), { regionCode: '331004006059' });
    await syncNow(a);
    const p = await a.admin.call('properties.get', { id: property.id });
    await a.admin.call('rooms.update', roomEdit(await roomOn(a, p.id, '102'), 999));
    expect(await city.admin('properties', 'close', p.id, '--reason', '违规住人', '--authority', '路桥区住建局')).toMatchObject({ code: 0 });
    const s = await syncNow(a);
    expect(s.state).toBe('synced');
    const room = await roomOn(a, p.id, '102');
    const notes = await a.admin.call('sync.notesFor', { ids: [room.id] });
    expect(notes.items).toHaveLength(1);
    expect(notes.items[0]!.reason!.message.zh).toBe('房屋已被市平台查封，修改未生效');
    expect(notes.items[0]!.label).toContain('102');
    expect(room.rentMonthly).toBe(600);
    expect((await a.admin.call('properties.get', { id: p.id })).status).toBe('closed');
    const audit = rows(a, 'SELECT action, after FROM audit_log WHERE entity_id = ? ORDER BY id', room.id).map((r) => r.action);
    expect(audit.slice(-2)).toEqual(['rooms.update', 'sync.reply']);
    expect((await a.admin.call('sync.rejections', {})).items.map((r) => r.entityId)).toContain(room.id);
    // The next edit of the closed property's room is refused at the desk itself.
    const refused = await a.admin.refused('rooms.update', roomEdit(room, 1200));
    expect(refused.status).toBe(409);
  });
});

/** Waits for a condition the loop brings about on its own timer. */
async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the loop on its own, and when it must stop', () => {
  it('keeps changes while the platform is down, says so, and drains them by its timer when it is back', async () => {
    const fast = { intervalMs: 400, afterWriteMs: 100, backoffMs: 200, maxBackoffMs: 800, jitter: 0.2, reconcileEveryMs: 3_600_000 };
    const d = await readyDesk({ desk: { name: '山后许服务台', regionCode: '331004006055' }, services: { syncTiming: fast } });
    desks.push(d);
    await d.admin.call('sync.enrol', { url: city.url, code: await city.code('331004006055') });
    await until(
      'the first sync',
      () => d.admin.call('sync.status', {}),
      (s) => s.state === 'synced',
    );
    await city.stop();
    const { property } = await compliantProperty(d.admin, today(d), { regionCode: '331004006055' });
    const down = await until(
      'the outage to show',
      () => d.admin.call('sync.status', {}),
      (s) => s.state === 'error',
    );
    expect(down.pending).toBeGreaterThan(0);
    expect(zh(down.lastError!)).toMatch(/无法连接市平台.*自动重试/);
    // The register keeps working for the clerk meanwhile.
    expect((await d.admin.call('properties.get', { id: property.id })).rooms).toHaveLength(3);
    await city.start();
    const back = await until(
      'the backlog to drain',
      () => d.admin.call('sync.status', {}),
      (s) => s.state === 'synced' && s.pending === 0,
    );
    expect(back.lastError).toBeNull();
    const listed = await city.admin('properties', 'list', '--region', '331004006055', '--json');
    expect(listed.stdout).toContain(property.id);
  }, 120_000);

  it('stops when the city revokes the desk: 请联系管理员重新接入平台, and the desk keeps working offline', async () => {
    const d = await enrolled('兴峰社区服务台', '331004006060');
    await syncNow(d);
    const deskId = String(one(d, 'SELECT id FROM desk').id);
    expect(await city.admin('desks', 'revoke', deskId)).toMatchObject({ code: 0 });
    await compliantProperty(d.admin, today(d), { regionCode: '331004006060' });
    const s = await syncNow(d);
    expect(s.state).toBe('stopped');
    expect(zh(s.stopped!)).toContain('请联系管理员重新接入平台');
    expect(s.pending).toBeGreaterThan(0);
    // Stopped means stopped: "立即同步" does not knock again with a refused credential.
    expect((await syncNow(d)).state).toBe('stopped');
    const left = await d.admin.call('sync.leave', { confirm: true });
    expect(left.state).toBe('offline');
    expect(d.services.credentials.read()).toBeNull();
    expect(left.pending).toBe(s.pending);
    expect(one(d, "SELECT count(*) n FROM audit_log WHERE action = 'sync.leave'").n).toBe(1);
    expect((await d.admin.refused('sync.leave', { confirm: true })).status).toBe(409);
  });

  it('halts before a pull that would close most of the register, until a supervisor lets it through', async () => {
    const region = '331004006055';
    const d = await enrolled('山后许服务台二', region);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await compliantProperty(d.admin, today(d), { regionCode: region })).property.id);
    await syncNow(d);
    const open = Number(one(d, "SELECT count(*) n FROM properties WHERE status = 'active'").n);
    const toClose = ids.slice(0, Math.floor(open / 2) + 1);
    for (const id of toClose) await city.admin('properties', 'close', id, '--reason', '整治', '--authority', '路桥区住建局');
    const s = await syncNow(d);
    expect(s.state).toBe('halted');
    expect(zh(s.halt!.message)).toMatch(/同步已暂停，未做任何修改/);
    expect(Number(one(d, "SELECT count(*) n FROM properties WHERE status = 'active'").n)).toBe(open);
    // A clerk cannot let it through.
    await d.admin.call('clerks.create', { username: 'clerk3', displayName: '钱文员', role: 'clerk', password: 'clerk-password-1' });
    const clerk = d.caller();
    await clerk.call('session.login', { username: 'clerk3', password: 'clerk-password-1' });
    expect((await clerk.refused('sync.resume', { confirm: true })).status).toBe(403);
    const resumed = await d.admin.call('sync.resume', { confirm: true });
    expect(resumed.state).toBe('synced');
    for (const id of toClose) expect((await d.admin.call('properties.get', { id })).status).toBe('closed');
    expect(one(d, "SELECT count(*) n FROM audit_log WHERE action = 'sync.resume'").n).toBe(1);
  });

  it('reconciles counts and hashes: a table that differs is pulled again and reported', async () => {
    const d = await enrolled('白枫桥服务台三', '331004006059');
    await compliantProperty(d.admin, today(d), { regionCode: '331004006059' });
    await syncNow(d);
    expect((await syncNow(d)).reconcile).toMatchObject({ mismatched: [], unresolved: [] });
    // A row's version lost on the desk (a damaged file, a bug): the hashes no longer match.
    d.services.sqlite
      .prepare("UPDATE sync_rows SET version = version + 7 WHERE rowid = (SELECT min(rowid) FROM sync_rows WHERE entity = 'rooms')")
      .run();
    const s = await syncNow(d);
    expect(s.reconcile!.mismatched.map((m) => m.entity)).toEqual(['rooms']);
    expect(s.reconcile!.unresolved).toEqual([]);
    expect(s.alerts.map((a) => a.key)).toContain('sync.alert.reconcile');
    expect((await syncNow(d)).reconcile!.mismatched).toEqual([]);
  });
});

describe('what the desk cannot use yet, one landlord at two desks, a platform restored from a backup', () => {
  it('parks a change of an unknown kind and one whose row is not here yet, and replays the latter once it can', async () => {
    const { applyPage } = await import('../../db/sync-pull');
    const d = await enrolled('白枫桥服务台四', '331004006059');
    await syncNow(d);
    const origin = { deskId: null, clerk: { id: null, name: '市平台' } };
    const at = d.clock.now();
    const propertyId = '01M8ZZZZZZZZZZZZZZZZZZZZZZ';
    const roomId = '01M8ZZZZZZZZZZZZZZZZZZZZZY';
    const page = (changes: object[]) => ({ changes: changes as never, next: 0, more: false });
    const opts = { at, today: today(d), keepCursor: true };
    applyPage(
      d.services.register,
      page([{ cursor: 1, entity: 'parkingSpaces', entityId: 'P1', intent: 'create', fields: { spaces: 3 }, version: 1, origin, at }]),
      opts,
    );
    const room = {
      propertyId,
      label: '201',
      floor: 2,
      areaM2: 12,
      hasKitchen: false,
      privateBathroom: false,
      windowBars: false,
      rentMonthly: 500,
      maxOccupants: 1,
      status: 'vacant',
    };
    applyPage(
      d.services.register,
      page([{ cursor: 2, entity: 'rooms', entityId: roomId, intent: 'create', fields: room, version: 1, origin, at }]),
      opts,
    );
    const parked = (await d.admin.call('sync.parked', {})).items;
    expect(parked.map((p) => p.entity)).toEqual(['parkingSpaces', 'rooms']);
    expect(zh(parked[0]!.reason)).toContain('本程序版本不认识这类记录');
    expect(one(d, 'SELECT count(*) n FROM rooms WHERE id = ?', roomId).n).toBe(0);
    expect((await d.admin.call('sync.status', {})).parked).toBe(2);
    // The room's property arrives; the next run replays what now applies and keeps the rest.
    const { property: real } = await registerProperty(d.admin, { regionCode: '331004006059' });
    const held = d.services.register.get('properties', real.id) as unknown as Record<string, unknown>;
    const property = {
      ...Object.fromEntries(Object.keys(ENTITY_FIELDS.properties).map((k) => [k, held[k] ?? null])),
      detail: '白枫桥 9 号',
      address: '白枫桥 9 号',
      addressKey: 'test-parked-9',
    };
    applyPage(
      d.services.register,
      page([{ cursor: 3, entity: 'properties', entityId: propertyId, intent: 'create', fields: property, version: 1, origin, at }]),
      opts,
    );
    await syncNow(d);
    expect((await d.admin.call('sync.parked', {})).items.map((p) => p.entity)).toEqual(['parkingSpaces']);
    expect(one(d, 'SELECT label FROM rooms WHERE id = ?', roomId).label).toBe('201');
  });

  it('applies the rest of a page around a change that cannot apply yet, and indexes its new rows for search', async () => {
    const { applyPage } = await import('../../db/sync-pull');
    const d = await enrolled('白枫桥服务台六', '331004006059');
    await syncNow(d);
    const origin = { deskId: null, clerk: { id: null, name: '市平台' } };
    const at = d.clock.now();
    const { property: real } = await registerProperty(d.admin, { regionCode: '331004006059' });
    const held = d.services.register.get('properties', real.id) as unknown as Record<string, unknown>;
    const propertyId = '01M8ZZZZZZZZZZZZZZZZZZZZZX';
    const property = {
      ...Object.fromEntries(Object.keys(ENTITY_FIELDS.properties).map((k) => [k, held[k] ?? null])),
      detail: '白枫桥 11 号',
      address: '白枫桥 11 号 翠柏苑',
      addressKey: 'test-page-11',
    };
    const room = (propertyOf: string, label: string) => ({
      propertyId: propertyOf,
      label,
      floor: 1,
      areaM2: 14,
      hasKitchen: false,
      privateBathroom: false,
      windowBars: false,
      rentMonthly: 600,
      maxOccupants: 1,
      status: 'vacant',
    });
    const change = (cursor: number, entity: string, entityId: string, fields: object) => ({
      cursor,
      entity,
      entityId,
      intent: 'create',
      fields,
      version: 1,
      origin,
      at,
    });
    const result = applyPage(
      d.services.register,
      {
        changes: [
          change(1, 'properties', propertyId, property),
          change(2, 'rooms', '01M8ZZZZZZZZZZZZZZZZZZZZZW', room('01M8ZZZZZZZZZZZZZZZZZZZZZV', '101')),
          change(3, 'rooms', '01M8ZZZZZZZZZZZZZZZZZZZZZT', room(propertyId, '102')),
        ] as never,
        next: 0,
      },
      { at, today: today(d), keepCursor: true },
    );
    expect(result).toMatchObject({ applied: 2, parked: 1 });
    expect((await d.admin.call('sync.parked', {})).items.map((p) => p.entity)).toEqual(['rooms']);
    expect(one(d, 'SELECT label FROM rooms WHERE id = ?', '01M8ZZZZZZZZZZZZZZZZZZZZZT').label).toBe('102');
    // Each applied row is audited once, with who made it on the platform.
    expect(one(d, "SELECT count(*) n FROM audit_log WHERE action = 'sync.pull' AND entity_id = ?", propertyId).n).toBe(1);
    const found = await d.admin.call('search.query', { q: '翠柏苑' });
    expect(JSON.stringify(found)).toContain(propertyId);
  });

  it('one landlord registered at desks of two regions becomes one: the second desk takes the platform’s id everywhere', async () => {
    const a = await enrolled('白枫桥服务台五', '331004006059');
    const c = await enrolled('兴峰社区服务台二', '331004006060');
    const idNumber = residentId('331004', '19650312', 77);
    const person = { name: '陈国强', idType: 'resident_id' as const, idNumber, mobile: '13857600077' };
    const first = await a.admin.call('landlords.create', person);
    await syncNow(a);
    const second = await c.admin.call('landlords.create', { ...person, mobile: '13857600078' });
    const onC = await c.admin.call('properties.create', {
      landlordId: second.id,
      address: { regionCode: '331004006060', road: '兴峰路', houseNumber: '77号' },
      buildingType: 'self_built',
      floors: 2,
      mixedUse: false,
      rooms: [{ label: '101', floor: 1, areaM2: 12, hasKitchen: false, privateBathroom: false, rentMonthly: 500 }],
    });
    expect((await syncNow(c)).state).toBe('synced');
    expect(one(c, 'SELECT landlord_id FROM properties WHERE id = ?', onC.id).landlord_id).toBe(first.id);
    expect(one(c, 'SELECT count(*) n FROM landlords WHERE id = ?', second.id).n).toBe(0);
    expect(one(c, 'SELECT name FROM landlords WHERE id = ?', first.id).name).toBe('陈国强');
    expect(one(c, "SELECT count(*) n FROM audit_log WHERE entity_id = ? AND action = 'sync.reply'", second.id).n).toBeGreaterThan(0);
    // The desk's later edits of the landlord go out under the surviving id.
    expect((await syncNow(c)).pending).toBe(0);
  });

  it('a platform restored from an older backup gets back what it lost from the desk (a new epoch)', async () => {
    const d = await enrolled('白枫桥服务台六', '331004006059');
    await syncNow(d);
    const file = `${d.dataDir}/city-backup.json`;
    const epochBefore = one(d, 'SELECT server_epoch FROM sync_state').server_epoch;
    expect(await city.admin('backup', file)).toMatchObject({ code: 0 });
    const { property } = await compliantProperty(d.admin, today(d), { regionCode: '331004006059' });
    await syncNow(d);
    const restored = await city.admin('restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    const listedBefore = await city.admin('properties', 'list', '--region', '331004006059', '--json');
    expect(listedBefore.stdout).not.toContain(property.id);
    const s = await syncNow(d);
    expect(s.state).toBe('synced');
    const listed = await city.admin('properties', 'list', '--region', '331004006059', '--json');
    expect(listed.stdout).toContain(property.id);
    expect(one(d, 'SELECT server_epoch FROM sync_state').server_epoch).not.toBe(epochBefore);
  });
});
