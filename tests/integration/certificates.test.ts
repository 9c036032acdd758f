import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { encodeCertificate } from '../../core/certificates/payload';
import { DEFAULT_RULE_SET } from '../../core/rules/default-rule-set';
import { KEY_FILE, KEYS_DIR, SEALED_KEY_FILE } from '../../electron/keys/key-store';
import { FACTS, deskKeys } from '../support/certificates';
import { ADMIN, readyDesk } from '../support/desk';
import { findingsFor, registerProperty } from '../support/register';
import { withText, zh } from '../support/rooms';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
beforeEach(async () => {
  d = await readyDesk();
  d.clock.setNow(Date.UTC(2026, 5, 15, 2)); // 2026-06-15 10:00 in China
});
afterEach(() => d.close());

const today = () => new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
const sql = (q: string, ...p: unknown[]) => d.services.sqlite.prepare(q).get(...p) as Record<string, unknown>;
const count = (table: string) => sql(`SELECT count(*) AS n FROM ${table}`).n as number;
/** Everything a refused call must leave untouched. */
const snapshot = () => ({
  certificates: count('certificates'),
  counters: JSON.stringify(d.services.sqlite.prepare('SELECT * FROM counters').all()),
  audit: count('audit_log'),
  outbox: count('sync_outbox'),
  rows: JSON.stringify(d.services.sqlite.prepare('SELECT id, status, prints, version FROM certificates ORDER BY id').all()),
  desk: JSON.stringify(sql('SELECT public_key, version FROM desk')),
  known: count('known_desks'),
});

/** A property made compliant the way an inspector does it: a first inspection in which every item passes. */
async function compliantProperty(opts: Parameters<typeof registerProperty>[1] = {}) {
  const { property, landlord } = await registerProperty(d.admin, opts);
  await d.admin.call('inspections.record', {
    propertyId: property.id,
    inspectedOn: today(),
    kind: 'first',
    findings: await findingsFor(d.admin, property.id),
  });
  return { property, landlord };
}

async function clerk(role: 'clerk' | 'supervisor' | 'inspector', lang: 'zh' | 'en' = 'zh') {
  const username = `${role}_${lang}`;
  await d.admin.call('clerks.create', { username, displayName: `${role}${lang}`, role, password: 'clerk-password-1' });
  const c = d.caller(lang);
  await c.call('session.login', { username, password: 'clerk-password-1' });
  return c;
}

describe('issuing a certificate', () => {
  it('signs the facts of a compliant property, with a serial per desk and year, audited and queued in one transaction', async () => {
    const { property, landlord } = await compliantProperty();
    const before = snapshot();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });

    expect(c.serial).toBe('331004006056-2026-000001');
    expect(c.status).toBe('valid');
    expect(c.prints).toBe(0);
    expect(c.facts).toEqual({
      serial: c.serial,
      deskId: (await d.admin.call('session.me', {})).desk.id,
      issuedOn: '2026-06-15',
      validUntil: addDays('2027-06-15', -1),
      inspectedOn: '2026-06-15',
      ruleVersion: DEFAULT_RULE_SET.version,
      address: property.address,
      landlord: landlord.name,
      rooms: [
        { label: '101', maxOccupants: 2, cookingPermitted: true },
        { label: '102', maxOccupants: 2, cookingPermitted: false },
        { label: '301', maxOccupants: 2, cookingPermitted: true },
      ],
    });
    expect(c.deskName).toBe('峰江街道浮排社区服务总台');
    expect(c.clerkName).toBe(ADMIN.displayName);
    expect(c.payload).toMatch(/^RSDC1:[A-Z2-7]+:[A-Z2-7]+$/);

    // The certificate row, its audit row and its outbox row: one transaction, one of each.
    const after = snapshot();
    expect(after.certificates - before.certificates).toBe(1);
    const audit = sql(
      "SELECT count(*) AS n, max(change_id) AS change FROM audit_log WHERE action = 'certificates.issue' AND entity = 'certificates'",
    );
    expect(audit.n).toBe(1);
    expect(sql('SELECT entity, intent FROM sync_outbox WHERE change_id = ?', audit.change)).toEqual({
      entity: 'certificates',
      intent: 'create',
    });

    const v = await d.admin.call('certificates.verify', { payload: c.payload });
    expect(v).toMatchObject({ verdict: 'valid', issuer: '峰江街道浮排社区服务总台', certificateId: c.id, void: null });
    expect(zh(v.message)).toBe('有效：证明真实，在有效期内（至 2027-06-14）');
    expect(v.facts).toEqual(c.facts);

    // The next one takes the next number.
    const { property: second } = await compliantProperty();
    expect((await d.admin.call('certificates.issue', { propertyId: second.id })).serial).toBe('331004006056-2026-000002');
  });

  it('replaces a certificate when a later full inspection moved the validity on', async () => {
    const { property } = await compliantProperty();
    const first = await d.admin.call('certificates.issue', { propertyId: property.id });
    await d.advanceDays(90);
    // Same pass: still the same certificate.
    expect((await d.admin.refused('certificates.issue', { propertyId: property.id })).status).toBe(409);
    await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'routine',
      findings: await findingsFor(d.admin, property.id),
    });
    const second = await d.admin.call('certificates.issue', { propertyId: property.id });
    expect(second.facts.inspectedOn).toBe(today());
    expect(second.facts.validUntil).toBe(addDays('2027-09-13', -1));
    const old = await d.admin.call('certificates.get', { id: first.id });
    expect(withText(old.void)).toMatchObject({ reason: 'auto:superseded', text: '房屋经新一次检查合格，已换发新证明，本证明作废' });
    expect((await d.admin.call('certificates.verify', { payload: first.payload })).verdict).toBe('void');
    expect(
      (await d.admin.call('certificates.list', { propertyId: property.id, state: 'valid' })).certificates.map((c) => c.serial),
    ).toEqual([second.serial]);
  });

  it('counts every print in the audit log, and refuses to print a void certificate', async () => {
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    expect(await d.admin.call('certificates.print', { id: c.id })).toEqual({ prints: 1 });
    expect(await d.admin.call('certificates.print', { id: c.id })).toEqual({ prints: 2 });
    const prints = d.services.sqlite
      .prepare("SELECT before, after FROM audit_log WHERE action = 'certificates.print' AND entity_id = ? ORDER BY id")
      .all(c.id) as { before: string; after: string }[];
    expect(prints.map((p) => [JSON.parse(p.before).prints, JSON.parse(p.after).prints])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect((await d.admin.call('certificates.get', { id: c.id })).prints).toBe(2);

    await d.admin.call('certificates.void', { id: c.id, reason: '房东申请注销' });
    const before = snapshot();
    const r = await d.admin.refused('certificates.print', { id: c.id });
    expect(r).toMatchObject({ status: 422, error: { code: 'RULE_VIOLATION', message: '已作废的合格证明不能打印' } });
    expect(snapshot()).toEqual(before);
  });
});

describe('refusals change nothing', () => {
  it('refuses a property that is not compliant by the live derivation, with the reason', async () => {
    const english = await clerk('clerk', 'en');
    const { property: uninspected } = await registerProperty(d.admin);
    let before = snapshot();
    let r = await d.admin.refused('certificates.issue', { propertyId: uninspected.id });
    expect(r.status).toBe(422);
    expect(r.error.message).toBe('该房屋消防状态为“未检查”，不能签发合格证明：尚未进行消防安全检查');
    expect(r.error.issues).toEqual([{ path: 'propertyId', message: r.error.message }]);
    expect(snapshot()).toEqual(before);

    const { property: failing } = await registerProperty(d.admin);
    await d.admin.call('inspections.record', {
      propertyId: failing.id,
      inspectedOn: today(),
      kind: 'first',
      findings: await findingsFor(d.admin, failing.id, { 'ESC-1': {} }),
    });
    before = snapshot();
    r = await d.admin.refused('certificates.issue', { propertyId: failing.id });
    expect(r.error.message).toBe(`该房屋消防状态为“限期整改”，不能签发合格证明：隐患 ESC-1 限期整改，期限 ${addDays(today(), 3)}`);
    expect(snapshot()).toEqual(before);

    // In English when the clerk switched.
    r = await english.refused('certificates.issue', { propertyId: uninspected.id });
    expect(r.error.message).toBe('The property is "Not inspected", so no certificate can be issued: Not inspected yet');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a property whose cached status still says compliant but whose pass ran out today', async () => {
    const { property } = await compliantProperty();
    // A cache that will not refresh itself (as if its refresh date were lost): the derivation, not the cache, decides.
    d.services.sqlite.prepare('UPDATE properties SET fire_status_until = NULL WHERE id = ?').run(property.id);
    await d.advanceDays(366);
    expect(sql('SELECT fire_status FROM properties WHERE id = ?', property.id).fire_status).toBe('compliant');
    const r = await d.admin.refused('certificates.issue', { propertyId: property.id });
    expect(r.error.message).toBe('该房屋消防状态为“已过期”，不能签发合格证明：检查合格已过有效期（至 2027-06-14）');
  });

  it('refuses a closed property, an unknown one, a second valid certificate, and bad input', async () => {
    const { property } = await compliantProperty();
    const first = await d.admin.call('certificates.issue', { propertyId: property.id });
    const before = snapshot();

    let r = await d.admin.refused('certificates.issue', { propertyId: property.id });
    expect(r).toMatchObject({
      status: 409,
      error: { code: 'CONFLICT', message: `该房屋已有有效的合格证明 ${first.serial}，如需再打印请使用“补打”` },
    });
    expect(r.error.details).toEqual({ certificateId: first.id });

    r = await d.admin.refused('certificates.issue', { propertyId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(r).toMatchObject({ status: 404, error: { message: '没有找到该出租房屋' } });
    r = await d.admin.refused('certificates.issue', { propertyId: 'not-an-id' });
    expect(r).toMatchObject({ status: 400, error: { issues: [{ path: 'propertyId', message: '格式不正确' }] } });
    r = await d.admin.refused('certificates.issue', {});
    expect(r.error.issues).toEqual([{ path: 'propertyId', message: '此项必填' }]);
    r = await d.admin.refused('certificates.issue', { propertyId: property.id, serial: 'X' });
    expect(r.status).toBe(400);
    expect(snapshot()).toEqual(before);

    const { property: closed } = await compliantProperty();
    const version = (await d.admin.call('properties.get', { id: closed.id })).version;
    await d.admin.call('properties.close', {
      id: closed.id,
      baseVersion: version,
      reason: '违规群租',
      authority: '路桥区消防救援大队',
      closedOn: today(),
    });
    const beforeClosed = snapshot();
    r = await d.admin.refused('certificates.issue', { propertyId: closed.id });
    expect(r.error.message).toBe('该房屋消防状态为“查封关停”，不能签发合格证明：已查封关停');
    expect(snapshot()).toEqual(beforeClosed);
  });

  it('refuses a void without a reason, by a clerk, twice, or of an unknown certificate', async () => {
    const window = await clerk('clerk');
    const inspector = await clerk('inspector');
    const supervisor = await clerk('supervisor');
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    const before = snapshot();

    let r = await d.admin.refused('certificates.void', { id: c.id });
    expect(r.error.issues).toEqual([{ path: 'reason', message: '作废须填写原因（至少 4 个字）' }]);
    r = await d.admin.refused('certificates.void', { id: c.id, reason: '  错 ' });
    expect(r.error.issues).toEqual([{ path: 'reason', message: '作废须填写原因（至少 4 个字）' }]);
    r = await d.admin.refused('certificates.void', { id: c.id, reason: 'auto:closed' });
    expect(r.error.issues[0]!.message).toContain('auto:');

    r = await window.refused('certificates.void', { id: c.id, reason: '房东申请注销' });
    expect(r).toMatchObject({ status: 403, error: { code: 'FORBIDDEN', message: '您的账号没有执行此操作的权限' } });
    expect((await inspector.refused('certificates.issue', { propertyId: property.id })).status).toBe(403);
    r = await d.admin.refused('certificates.void', { id: '01JZZZZZZZZZZZZZZZZZZZZZZZ', reason: '房东申请注销' });
    expect(r).toMatchObject({ status: 404, error: { message: '没有找到该合格证明' } });
    expect(snapshot()).toEqual(before);

    const voided = await supervisor.call('certificates.void', { id: c.id, reason: '房东申请注销' });
    expect(voided.status).toBe('void');
    expect(withText(voided.void)).toMatchObject({
      reason: '房东申请注销',
      text: '经站长作废，原因：房东申请注销',
      voidedBy: 'supervisorzh',
    });
    const afterVoid = snapshot();
    r = await supervisor.refused('certificates.void', { id: c.id, reason: '再次作废试试' });
    expect(r).toMatchObject({ status: 409, error: { message: '该合格证明已作废' } });
    expect(snapshot()).toEqual(afterVoid);

    const v = await window.call('certificates.verify', { payload: c.payload });
    expect(withText(v)).toMatchObject({ verdict: 'void', text: '已作废：经站长作废，原因：房东申请注销' });

    // Voided, the property may have a new one; numbers keep counting.
    expect((await window.call('certificates.issue', { propertyId: property.id })).serial).toBe('331004006056-2026-000002');
  });
});

describe('automatic void', () => {
  it('voids the certificate when a new inspection finds a hazard, and verification says so', async () => {
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    await d.advanceDays(30);
    const routine = await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'routine',
      findings: await findingsFor(d.admin, property.id, { 'ELE-3': {} }),
    });
    expect(routine.fireStatus).toBe('rectifying');
    const now = await d.admin.call('certificates.get', { id: c.id });
    expect(now.status).toBe('void');
    expect(now.void).toMatchObject({ reason: 'auto:rectifying', voidedBy: null });
    expect(zh(now.void!.message)).toBe('房屋检查发现隐患，限期整改中，证明自动作废');
    const v = await d.admin.call('certificates.verify', { payload: c.payload });
    expect(v.verdict).toBe('void');
    expect(zh(v.message)).toBe('已作废：房屋检查发现隐患，限期整改中，证明自动作废');
    // The void went through the write path: audited as part of the inspection, queued for the platform.
    expect(sql("SELECT action FROM audit_log WHERE entity = 'certificates' AND entity_id = ? ORDER BY id DESC LIMIT 1", c.id)).toEqual({
      action: 'inspections.record',
    });
  });

  it('voids the certificate when the property is closed', async () => {
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    const version = (await d.admin.call('properties.get', { id: property.id })).version;
    await d.admin.call('properties.close', {
      id: property.id,
      baseVersion: version,
      reason: '三合一场所',
      authority: '峰江街道',
      closedOn: today(),
    });
    expect((await d.admin.call('certificates.get', { id: c.id })).void?.reason).toBe('auto:closed');
    expect(zh((await d.admin.call('certificates.verify', { payload: c.payload })).message)).toBe('已作废：房屋已被查封关停，证明自动作废');
  });

  it('lets the pass run out: expiring in the supervisor list first, then expired', async () => {
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    expect((await d.admin.call('certificates.list', { state: 'expiring' })).total).toBe(0);

    await d.advanceDays(350); // 15 days before the last day
    const expiring = await d.admin.call('certificates.list', { state: 'expiring', withinDays: 30 });
    expect(expiring.certificates.map((x) => [x.serial, x.daysLeft])).toEqual([[c.serial, 14]]);
    expect((await d.admin.call('certificates.list', { state: 'expiring', withinDays: 7 })).total).toBe(0);
    expect((await d.admin.call('certificates.verify', { payload: c.payload })).verdict).toBe('valid');

    await d.advanceDays(20);
    const v = await d.admin.call('certificates.verify', { payload: c.payload });
    expect(withText(v)).toMatchObject({ verdict: 'expired', text: '已过期：有效期至 2027-06-14' });
    expect((await d.admin.call('certificates.get', { id: c.id })).void?.reason).toBe('auto:expired');
    expect((await d.admin.call('certificates.list', { state: 'expiring' })).total).toBe(0);
    expect((await d.admin.call('certificates.list', { state: 'void', q: '浮排村' })).total).toBe(1);
  });
});

describe('verification', () => {
  it('tells tampered, unreadable and unknown-desk payloads apart', async () => {
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    const i = c.payload.length - 10;
    const tampered = c.payload.slice(0, i) + (c.payload[i] === 'A' ? 'B' : 'A') + c.payload.slice(i + 1);
    expect(withText(await d.admin.call('certificates.verify', { payload: tampered }))).toMatchObject({
      verdict: 'tampered',
      facts: null,
      text: '无效：内容被改动或二维码损坏，签名核验不通过',
    });
    expect((await d.admin.call('certificates.verify', { payload: 'hello' })).verdict).toBe('unreadable');
    const stranger = encodeCertificate(FACTS, deskKeys().sign);
    expect(withText(await d.admin.call('certificates.verify', { payload: stranger }))).toMatchObject({
      verdict: 'unknownDesk',
      text: `无法核验：未导入签发服务台（${FACTS.deskId}）的公钥`,
    });
    expect((await d.admin.refused('certificates.verify', { payload: '' })).status).toBe(400);
    expect((await d.admin.refused('certificates.verify', { payload: 'A'.repeat(9000) })).status).toBe(400);
  });

  it("verifies another desk's certificate once its public key file is imported", async () => {
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    const exported = await d.admin.call('keys.exportOwn', {});
    expect(JSON.parse(exported.file)).toMatchObject({ format: 'rsd-desk-public-key-v1', jwk: { kty: 'OKP', crv: 'Ed25519' } });

    const other = await readyDesk();
    try {
      other.clock.setNow(d.clock.now());
      await other.admin.call('session.login', { username: ADMIN.username, password: ADMIN.password });
      expect((await other.admin.call('certificates.verify', { payload: c.payload })).verdict).toBe('unknownDesk');
      const imported = await other.admin.call('keys.import', { file: exported.file });
      expect(imported).toMatchObject({ name: '峰江街道浮排社区服务总台', fingerprint: exported.fingerprint });
      const v = await other.admin.call('certificates.verify', { payload: c.payload });
      expect(v).toMatchObject({ verdict: 'valid', issuer: '峰江街道浮排社区服务总台', certificateId: null });
      // The other desk cannot know of a void until sync: it says what its own keys and register know.
      await d.admin.call('certificates.void', { id: c.id, reason: '房东申请注销' });
      expect((await other.admin.call('certificates.verify', { payload: c.payload })).verdict).toBe('valid');
      expect((await other.admin.call('keys.list', {})).known.map((k) => k.fingerprint)).toEqual([exported.fingerprint]);

      // Importing the same file again is harmless; a different key for that desk needs "replace".
      await other.admin.call('keys.import', { file: exported.file });
      const swapped = JSON.parse(exported.file);
      swapped.jwk.x = deskKeys().publicKey;
      const before = JSON.stringify(other.services.sqlite.prepare('SELECT * FROM known_desks').all());
      const r = await other.admin.refused('keys.import', { file: JSON.stringify(swapped) });
      expect(r.status).toBe(409);
      expect(r.error.message).toContain(exported.fingerprint);
      expect(JSON.stringify(other.services.sqlite.prepare('SELECT * FROM known_desks').all())).toBe(before);
      await other.admin.call('keys.import', { file: JSON.stringify(swapped), replace: true });
      expect((await other.admin.call('certificates.verify', { payload: c.payload })).verdict).toBe('tampered');

      // A desk's own key, a broken file and a clerk are refused.
      const own = await other.admin.call('keys.exportOwn', {});
      expect((await other.admin.refused('keys.import', { file: own.file })).error.message).toBe('这是本服务台自己的公钥，无需导入');
      expect((await other.admin.refused('keys.import', { file: '{"format":1}' })).error.issues[0]!.path).toBe('file');
      expect((await other.admin.refused('keys.import', { file: 'not json' })).status).toBe(400);
      const notOnCurve = { ...swapped, jwk: { ...swapped.jwk, x: 'A'.repeat(42) + 'E' } };
      const bad = await other.admin.refused('keys.import', { file: JSON.stringify(notOnCurve), replace: true });
      expect(bad.error.message).toMatch(/公钥/);
    } finally {
      other.close();
    }
    const window = await clerk('clerk');
    expect((await window.refused('keys.import', { file: exported.file })).status).toBe(403);
  });
});

describe('the desk key', () => {
  const keyFile = () => join(d.dataDir, KEYS_DIR, KEY_FILE);

  it('is made at setup, readable by the owner only, and a second setup cannot replace it', async () => {
    const mode = statSync(keyFile()).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(statSync(join(d.dataDir, KEYS_DIR)).mode & 0o777).toBe(0o700);
    const pem = readFileSync(keyFile(), 'utf8');
    expect(pem).toContain('BEGIN PRIVATE KEY');
    expect(sql('SELECT public_key FROM desk').public_key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const r = await d.caller().refused('setup.initialize', {
      desk: { name: '另一个服务台', regionCode: '331004006056' },
      admin: { username: 'other', displayName: '李四', password: 'another password' },
    });
    expect(r.status).toBe(409);
    expect(readFileSync(keyFile(), 'utf8')).toBe(pem);
  });

  it('is created on first need for a register set up before keys existed', async () => {
    // What a register from before this change looks like: no public key in the profile, no key file.
    d.services.sqlite.prepare('UPDATE desk SET public_key = NULL').run();
    rmSync(join(d.dataDir, KEYS_DIR), { recursive: true });
    expect((await d.admin.call('keys.list', {})).own.fingerprint).toBeNull();
    const { property } = await compliantProperty();
    const c = await d.admin.call('certificates.issue', { propertyId: property.id });
    expect(existsSync(keyFile())).toBe(true);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect((await d.admin.call('keys.list', {})).own.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect((await d.admin.call('certificates.verify', { payload: c.payload })).verdict).toBe('valid');
    // The profile's new key went through the write path.
    expect(sql("SELECT action FROM audit_log WHERE entity = 'desk' ORDER BY id DESC LIMIT 1")).toEqual({ action: 'certificates.issue' });
  });

  it('stops issuing when the key is lost, sealed by the desktop app, or does not match the profile', async () => {
    const { property } = await compliantProperty();
    const pem = readFileSync(keyFile(), 'utf8');
    rmSync(keyFile());
    let before = snapshot();
    let r = await d.admin.refused('certificates.issue', { propertyId: property.id });
    expect(r).toMatchObject({ status: 409, error: { message: expect.stringContaining('签名密钥丢失') } });
    expect(snapshot()).toEqual(before);

    const { writeSecretFile } = await import('../../electron/keys/key-store');
    writeSecretFile(d.dataDir, SEALED_KEY_FILE, Buffer.from('sealed by the OS keychain'));
    r = await d.admin.refused('certificates.issue', { propertyId: property.id });
    expect(r.error.message).toContain('桌面程序');
    rmSync(join(d.dataDir, KEYS_DIR, SEALED_KEY_FILE));

    const { generateDeskKeyPair } = await import('../../electron/keys/desk-key');
    d.services.keys.write(generateDeskKeyPair().privatePem);
    before = snapshot();
    r = await d.admin.refused('certificates.issue', { propertyId: property.id });
    expect(r.error.message).toContain('不一致');
    expect(snapshot()).toEqual(before);

    d.services.keys.write(pem);
    expect((await d.admin.call('certificates.issue', { propertyId: property.id })).serial).toBe('331004006056-2026-000001');
  });
});
