import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { readyDesk } from '../support/desk';
import { boID, compliantProperty, familyOfThree } from '../support/front-desk';
import { registerProperty } from '../support/register';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
beforeEach(async () => {
  d = await readyDesk();
  d.clock.setNow(Date.UTC(2026, 5, 15, 2)); // 2026-06-15 10:00 in China
});
afterEach(() => d.close());

const today = () => new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
const count = (table: string) => (d.services.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const snapshot = () => ['tenants', 'tenancies', 'household_members', 'audit_log', 'sync_outbox'].map(count);
const roomStatus = (id: string) =>
  (d.services.sqlite.prepare('SELECT status FROM rooms WHERE id = ?').get(id) as { status: string }).status;

describe('check-in', () => {
  it('checks in the family of three, finds them by ID, prints their receipt, checks them out', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const r101 = room('101');
    const family = familyOfThree();
    const outbox = count('sync_outbox');

    const t = await d.admin.call('tenancies.checkIn', {
      roomId: r101.id,
      ...family,
      checkInOn: today(),
      expectedEndOn: addDays(today(), 180),
    });
    expect(t.status).toBe('active');
    // 14 m²: two adults counted, the six-year-old not (DEN-1), two persons per room (DEN-2).
    expect([t.adults, t.children, t.persons]).toEqual([2, 1, 3]);
    expect(t.household.map((p) => [p.name, p.role, p.relation, p.guardianName])).toEqual([
      ['张伟', 'tenant', null, null],
      ['李娜', 'member', 'spouse', null],
      ['张小宝', 'member', 'child', '张伟'],
    ]);
    expect(t.household[0]!.idNumberMasked).toMatch(/^341602\*{8}\d{3}[\dX]$/);
    expect(t.household[0]!.originName).toBe('安徽省亳州市谯城区');
    expect(roomStatus(r101.id)).toBe('occupied');
    // tenants, the tenancy, two members, the room: all queued for sync in the same transaction.
    expect(count('sync_outbox') - outbox).toBe(3 + 1 + 2 + 1);

    // Typing the tenant's ID anywhere finds where they live.
    const found = await d.admin.call('tenants.lookup', { idNumber: family.tenant.idNumber });
    expect(found.tenant?.name).toBe('张伟');
    expect(found.current).toEqual([expect.objectContaining({ status: 'active', role: 'tenant', roomLabel: '101' })]);
    const wife = await d.admin.call('tenants.lookup', { idNumber: family.members[0]!.idNumber! });
    expect(wife.current[0]).toMatchObject({ role: 'member', roomLabel: '101' });
    expect((await d.admin.call('tenants.lookup', { idNumber: boID() })).tenant).toBeNull();

    // Lists mask the ID; showing it in full needs pii.view and is itself audited.
    const audits = count("audit_log WHERE action = 'tenants.reveal'");
    expect(await d.admin.call('tenants.reveal', { id: t.tenantId })).toEqual({
      idNumber: family.tenant.idNumber,
      mobile: family.tenant.mobile,
    });
    expect(count("audit_log WHERE action = 'tenants.reveal'")).toBe(audits + 1);

    const receipt = await d.admin.call('tenancies.receipt', { id: t.id });
    expect(receipt.room).toMatchObject({ label: '101', cookingPermitted: true, maxOccupants: 2 });
    expect(receipt.property.fireStatus).toBe('compliant');
    expect(receipt.landlord.mobile).toMatch(/^138\d{8}$/);
    expect(receipt.desk.name).toBe('峰江街道浮排社区服务总台');

    const daily = await d.admin.call('tenancies.daily', {});
    expect(daily.arrivals.map((a) => a.id)).toEqual([t.id]);

    const out = await d.admin.call('tenancies.checkOut', { id: t.id });
    expect(out).toMatchObject({ status: 'ended', checkedOutOn: today() });
    expect(roomStatus(r101.id)).toBe('vacant');
    expect((await d.admin.call('tenants.lookup', { idNumber: family.tenant.idNumber })).current).toEqual([]);
    expect((await d.admin.call('tenancies.daily', {})).departures.map((x) => x.id)).toEqual([t.id]);

    // Back a week later: the same tenant row is found and reused.
    const again = await d.admin.call('tenancies.checkIn', { roomId: room('102').id, tenant: family.tenant, checkInOn: today() });
    expect(again.tenantId).toBe(t.tenantId);
  });

  it('refuses a household over the room’s limits, with the rule, and saves nothing', async () => {
    const { room } = await compliantProperty(d.admin, today(), {
      rooms: [
        { label: '101', floor: 1, areaM2: 10, hasKitchen: true },
        { label: '102', floor: 1, areaM2: 30, hasKitchen: false },
      ],
    });
    const before = snapshot();
    const family = familyOfThree();
    let r = await d.admin.refused('tenancies.checkIn', { roomId: room('101').id, ...family, checkInOn: today() });
    expect(r.status).toBe(422);
    expect(r.error.code).toBe('RULE_VIOLATION');
    expect(r.error.message).toBe('超过最多可住人数：面积 10 m² 只能住 1 人，本户计 2 人（DEN-1 人均不少于 6 m²，12 岁以下儿童不计）');

    // Three adults in 30 m²: enough area, but at most two per room.
    const threeAdults = {
      ...family,
      members: [family.members[0]!, { name: '张强', idNumber: boID('19950101'), relation: 'sibling' as const }],
    };
    r = await d.admin.refused('tenancies.checkIn', { roomId: room('102').id, ...threeAdults, checkInOn: today() });
    expect(r.error.message).toContain('每个房间最多居住人数：最多 2 人，本户计 3 人');
    // In English too.
    const en = d.caller('en');
    en.token = d.admin.token;
    r = await en.refused('tenancies.checkIn', { roomId: room('101').id, ...family, checkInOn: today() });
    expect(r.error.message).toBe(
      'Too many occupants: 10 m² is room for 1, this household counts 2 (DEN-1: 6 m² each, children under 12 not counted)',
    );
    expect(snapshot()).toEqual(before);
    expect(roomStatus(room('101').id)).toBe('vacant');
  });

  it('counts a 15-year-old against the area but not against the per-room cap', async () => {
    const { room } = await compliantProperty(d.admin, today(), { rooms: [{ label: '201', floor: 2, areaM2: 18, hasKitchen: false }] });
    const family = familyOfThree();
    const teen = { ...family, members: [family.members[0]!, { name: '张小明', birthDate: '2011-01-01', relation: 'child' as const }] };
    const t = await d.admin.call('tenancies.checkIn', { roomId: room('201').id, ...teen, checkInOn: today() });
    expect([t.adults, t.children]).toEqual([3, 0]);
  });

  it('refuses rooms of uninspected, rectifying and closed properties, naming why', async () => {
    const { property } = await registerProperty(d.admin);
    let r = await d.admin.refused('tenancies.checkIn', { roomId: property.rooms[0]!.id, ...familyOfThree(), checkInOn: today() });
    expect(r.status).toBe(422);
    expect(r.error.message).toBe('该房屋消防状态为“未检查”，不是“合格”，不得出租：尚未进行消防安全检查');

    const rect = await compliantProperty(d.admin, today(), { failures: { 'ESC-1': {} } });
    r = await d.admin.refused('tenancies.checkIn', { roomId: rect.room('101').id, ...familyOfThree(), checkInOn: today() });
    expect(r.error.message).toContain('“限期整改”');
    expect(r.error.message).toContain('ESC-1');

    const ok = await compliantProperty(d.admin, today());
    const p = await d.admin.call('properties.get', { id: ok.property.id });
    await d.admin.call('properties.close', {
      id: p.id,
      baseVersion: p.version,
      reason: '三合一场所',
      authority: '路桥区消防救援大队',
      closedOn: today(),
    });
    r = await d.admin.refused('tenancies.checkIn', { roomId: ok.room('101').id, ...familyOfThree(), checkInOn: today() });
    expect(r.error.message).toBe('该房屋已被查封关停（路桥区消防救援大队：三合一场所），不得入住');
    const en = d.caller('en');
    en.token = d.admin.token;
    r = await en.refused('tenancies.checkIn', { roomId: ok.room('101').id, ...familyOfThree(), checkInOn: today() });
    expect(r.error.message).toBe('The property is closed by order (路桥区消防救援大队: 三合一场所); no one may move in');
  });

  it('gives the second of two racing clerks 409 CONFLICT, never a double booking', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const other = d.caller();
    await other.call('session.login', { username: 'admin', password: 'correct horse 1' });
    const a = familyOfThree();
    const b = { tenant: { ...familyOfThree().tenant, name: '王芳', idNumber: boID('19920202') }, members: [] };
    const [x, y] = await Promise.all([
      d.admin.raw('tenancies.checkIn', { roomId: room('301').id, ...a, checkInOn: today() }),
      other.raw('tenancies.checkIn', { roomId: room('301').id, ...b, checkInOn: today() }),
    ]);
    const outcomes = [x, y].map((o) => (o.ok ? 'ok' : `${o.status} ${o.error.code}`)).sort();
    expect(outcomes).toEqual(['409 CONFLICT', 'ok']);
    const lost = [x, y].find((o) => !o.ok) as { error: { message: string } };
    expect(lost.error.message).toContain('刚刚已被工作人员王站长办理入住');
    expect(count("tenancies WHERE status = 'active'")).toBe(1);

    // Even a write that skipped the check could not double-book: the partial unique index refuses it.
    const t = d.services.sqlite.prepare("SELECT tenant_id FROM tenancies WHERE status = 'active'").get() as { tenant_id: string };
    const write = () =>
      d.services.register.write({ clerkId: null, action: 'test', at: d.clock.now() }, (w) =>
        w.insert('tenancies', {
          roomId: room('301').id,
          propertyId: room('301').propertyId,
          tenantId: t.tenant_id,
          status: 'reserved',
          checkInOn: today(),
          adults: 1,
        }),
      );
    expect(write).toThrow(/UNIQUE constraint failed: tenancies.room_id/);
  });

  it('refuses bad input with the field’s message and changes nothing', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const before = snapshot();
    const family = familyOfThree();
    const cases: [unknown, string, string][] = [
      [
        {
          roomId: room('101').id,
          ...family,
          tenant: { ...family.tenant, idNumber: family.tenant.idNumber.slice(0, 17) + (family.tenant.idNumber.endsWith('1') ? '2' : '1') },
          checkInOn: today(),
        },
        'tenant.idNumber',
        '身份证号码校验位不正确，请核对最后一位',
      ],
      [
        { roomId: room('101').id, ...family, tenant: { ...family.tenant, mobile: '1234' }, checkInOn: today() },
        'tenant.mobile',
        '手机号码应为1开头的11位数字，请核对',
      ],
      [
        { roomId: room('101').id, ...family, tenant: { ...family.tenant, originCode: '999999' }, checkInOn: today() },
        'tenant.originCode',
        '籍贯不在全国行政区划表中，请从列表中选择',
      ],
      [
        { roomId: room('101').id, ...family, tenant: { ...family.tenant, originCode: '' }, checkInOn: today() },
        'tenant.originCode',
        '请选择籍贯',
      ],
      [
        { roomId: room('101').id, tenant: family.tenant, members: [{ name: '张小宝', relation: 'child' }], checkInOn: today() },
        'members.0.birthDate',
        '没有证件时请填写出生日期',
      ],
      [
        {
          roomId: room('101').id,
          tenant: family.tenant,
          members: [{ name: '张大宝', birthDate: '2000-01-01', relation: 'child' }],
          checkInOn: today(),
        },
        'members.0.idNumber',
        '张大宝 已满 18 周岁，须登记证件号码',
      ],
      [{ roomId: room('101').id, ...family, checkInOn: addDays(today(), 1) }, 'checkInOn', '入住日期不能晚于今天；以后入住请先预订'],
      [
        { roomId: room('101').id, tenant: { ...family.tenant, idNumber: boID('20270101') }, checkInOn: today() },
        'tenant.idNumber',
        '身份证号码中的出生日期晚于今天，请核对',
      ],
      [{ roomId: room('101').id, ...family, checkInOn: today(), expectedEndOn: today() }, 'expectedEndOn', '预计退租日期须晚于入住日期'],
      [
        {
          roomId: room('101').id,
          tenant: family.tenant,
          members: [{ ...family.members[0]!, idNumber: family.tenant.idNumber }],
          checkInOn: today(),
        },
        'members.0.idNumber',
        '同一证件号码在本户中出现了两次',
      ],
    ];
    for (const [input, path, message] of cases) {
      const r = await d.admin.refused('tenancies.checkIn', input);
      expect(r.status, path).toBe(400);
      expect(r.error.issues, path).toContainEqual({ path, message });
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses to place someone who already lives in another room, and says where', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const family = familyOfThree();
    await d.admin.call('tenancies.checkIn', { roomId: room('101').id, ...family, checkInOn: today() });
    const r = await d.admin.refused('tenancies.checkIn', {
      roomId: room('102').id,
      tenant: { ...family.tenant, name: '王芳', idNumber: boID() },
      members: [family.members[0]!],
      checkInOn: today(),
    });
    expect(r.status).toBe(422);
    expect(r.error.issues[0]!.path).toBe('members.0.idNumber');
    expect(r.error.message).toMatch(/^李娜 已在 .*浮排村东路 \d+ 号 101 室入住（2026-06-15 起），请先办理退房或换房$/);
  });
});

describe('reservations', () => {
  it('holds a room for a set time, then releases it by the clock', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const family = familyOfThree();
    const res = await d.admin.call('tenancies.reserve', {
      roomId: room('101').id,
      tenant: family.tenant,
      adults: 2,
      children: 1,
      checkInOn: addDays(today(), 1),
      holdHours: 24,
    });
    expect(res.status).toBe('reserved');
    expect(roomStatus(room('101').id)).toBe('reserved');

    // Someone else is refused while it is held.
    const r = await d.admin.refused('tenancies.checkIn', {
      roomId: room('101').id,
      tenant: { ...family.tenant, idNumber: boID() },
      checkInOn: today(),
    });
    expect(r.status).toBe(409);
    expect(r.error.message).toMatch(/^该房间已被预订，保留到 2026-06-16 10:00/);
    expect((await d.admin.call('tenancies.daily', {})).reservations.map((x) => x.id)).toEqual([res.id]);
    // Too many for the room: refused at reservation already.
    expect(
      (
        await d.admin.refused('tenancies.reserve', {
          roomId: room('102').id,
          tenant: { ...family.tenant, idNumber: boID() },
          adults: 3,
          checkInOn: today(),
        })
      ).error.message,
    ).toContain('DEN-2');

    // 25 hours later the hold is gone: the room is vacant again, the reservation cancelled.
    d.clock.setNow(d.clock.now() + 25 * 3600_000);
    expect((await d.admin.call('rooms.detail', { id: room('101').id })).room.status).toBe('vacant');
    expect((await d.admin.call('tenancies.get', { id: res.id })).status).toBe('cancelled');
    expect(
      (await d.admin.refused('tenancies.checkIn', { roomId: room('101').id, reservationId: res.id, ...family, checkInOn: today() })).error
        .message,
    ).toBe('该预订已失效（已入住、已取消或已过期）');
  });

  it('turns a reservation into the tenancy', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const family = familyOfThree();
    const res = await d.admin.call('tenancies.reserve', {
      roomId: room('101').id,
      tenant: family.tenant,
      adults: 2,
      children: 1,
      checkInOn: today(),
    });
    expect((await d.admin.call('tenancies.daily', {})).arrivals.map((a) => [a.id, a.status])).toEqual([[res.id, 'reserved']]);
    const t = await d.admin.call('tenancies.checkIn', { roomId: room('101').id, reservationId: res.id, ...family, checkInOn: today() });
    expect(t.id).toBe(res.id);
    expect(t.status).toBe('active');
    expect(t.reservedUntil).toBeNull();
    expect(roomStatus(room('101').id)).toBe('occupied');
  });

  it('cancels a reservation and frees the room', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const res = await d.admin.call('tenancies.reserve', {
      roomId: room('101').id,
      tenant: familyOfThree().tenant,
      adults: 1,
      checkInOn: today(),
    });
    await d.admin.call('tenancies.cancel', { id: res.id });
    expect(roomStatus(room('101').id)).toBe('vacant');
    expect((await d.admin.refused('tenancies.cancel', { id: res.id })).status).toBe(409);
  });
});

describe('moving and ending', () => {
  it('moves a household to another room in one step, and lists tenancies ending soon', async () => {
    const { room } = await compliantProperty(d.admin, today());
    const t = await d.admin.call('tenancies.checkIn', {
      roomId: room('101').id,
      ...familyOfThree(),
      checkInOn: today(),
      expectedEndOn: addDays(today(), 5),
    });
    expect((await d.admin.call('tenancies.daily', { days: 7 })).endingSoon.map((x) => x.id)).toEqual([t.id]);
    const { from, to } = await d.admin.call('tenancies.move', { id: t.id, toRoomId: room('102').id });
    expect(from).toMatchObject({ status: 'ended', checkedOutOn: today() });
    expect(to).toMatchObject({ status: 'active', roomLabel: '102', movedFromId: t.id, persons: 3 });
    expect([roomStatus(room('101').id), roomStatus(room('102').id)]).toEqual(['vacant', 'occupied']);
    const rack = await d.admin.call('rooms.detail', { id: room('101').id });
    expect(rack.history.map((h) => h.status)).toEqual(['ended']);
    expect((await d.admin.refused('tenancies.checkOut', { id: t.id })).error.message).toBe('该入住登记不是“在住”状态，无法退房');
    expect((await d.admin.refused('tenancies.checkOut', { id: to.id, checkedOutOn: addDays(today(), -1) })).error.issues[0]!.message).toBe(
      '退房日期不能早于入住日期 2026-06-15',
    );
  });

  it('needs the capability: an inspector may read but not check in', async () => {
    await d.admin.call('clerks.create', { username: 'jian', displayName: '检查员小李', role: 'inspector', password: 'inspector-pass' });
    const inspector = d.caller();
    await inspector.call('session.login', { username: 'jian', password: 'inspector-pass' });
    const { room } = await compliantProperty(d.admin, today());
    expect((await inspector.refused('tenancies.checkIn', { roomId: room('101').id, ...familyOfThree(), checkInOn: today() })).status).toBe(
      403,
    );
    expect((await inspector.refused('tenants.reveal', { id: room('101').id })).status).toBe(403);
    expect((await inspector.call('rooms.summary', {})).rooms).toBe(3);
  });
});
