import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../core/dates';
import { readyDesk } from '../support/desk';
import { residentId } from '../support/people';
import { callerWithRole, creditCode, registerCounts, walkIn } from '../support/walk-in';
import { roomRows } from '../support/rooms';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
let today: string;
beforeEach(async () => {
  d = await readyDesk();
  today = chinaDate(d.clock.now());
});
afterEach(() => d.close());

const auditRows = (action: string) =>
  d.services.sqlite.prepare('SELECT entity, entity_id, before, after FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    entity: string;
    entity_id: string;
    before: string | null;
    after: string | null;
  }[];

describe('landlord edits', () => {
  it('saves an edit with before/after in the audit, and refuses a stale version with 409', async () => {
    const { landlord } = await d.admin.call('walkIns.register', walkIn(today));
    const edit = {
      id: landlord.id,
      baseVersion: landlord.version,
      name: '陈建国',
      address: '路桥区浮排村 8 号',
      letter: { signed: true, signedOn: today },
    };
    const saved = await d.admin.call('landlords.update', { ...edit, mobile: '139 0576 2222' });
    expect(saved).toMatchObject({ address: '路桥区浮排村 8 号', mobileMasked: '139****2222', version: landlord.version + 1 });
    const [audit] = auditRows('landlords.update');
    expect(JSON.parse(audit!.before!)).toEqual({ mobile: '13805761234', address: null });
    expect(JSON.parse(audit!.after!)).toEqual({ mobile: '13905762222', address: '路桥区浮排村 8 号' });

    // Someone else saved meanwhile: the second clerk's edit from the old version is refused.
    const before = registerCounts(d);
    const stale = await d.admin.refused('landlords.update', { ...edit, name: '陈建军' });
    expect(stale.status).toBe(409);
    expect(stale.error.message).toContain('已被他人修改');
    expect(registerCounts(d)).toEqual(before);
  });

  it('keeps the ID and mobile unless typed anew, and refuses an ID another landlord holds', async () => {
    const a = (await d.admin.call('walkIns.register', walkIn(today))).landlord;
    const b = (await d.admin.call('walkIns.register', walkIn(today))).landlord;
    const kept = await d.admin.call('landlords.update', { id: a.id, baseVersion: a.version, name: '陈建国', letter: { signed: false } });
    expect(kept.idNumberMasked).toBe(`${a.idNumber.slice(0, 6)}********${a.idNumber.slice(-4)}`);
    expect(kept.letterSigned).toBe(false);
    expect(kept.letterSignedOn).toBeNull();
    const before = registerCounts(d);
    const dup = await d.admin.refused('landlords.update', {
      id: a.id,
      baseVersion: kept.version,
      name: '陈建国',
      identity: { idType: 'resident_id', idNumber: b.idNumber },
      letter: { signed: false },
    });
    expect(dup.status).toBe(409);
    expect(dup.error.details).toMatchObject({ existingId: b.id });
    const kind = await d.admin.refused('landlords.update', {
      id: a.id,
      baseVersion: kept.version,
      name: '陈建国',
      identity: { idType: 'credit_code', idNumber: creditCode() },
      letter: { signed: false },
    });
    expect(kind.error.issues).toEqual([{ path: 'identity.idType', message: expect.stringContaining('不符') }]);
    const future = await d.admin.refused('landlords.update', {
      id: a.id,
      baseVersion: kept.version,
      name: '陈建国',
      letter: { signed: true, signedOn: addDays(today, 2) },
    });
    expect(future.error.issues[0]!.path).toBe('letter.signedOn');
    expect(registerCounts(d)).toEqual(before);
  });

  it('finds a landlord by the ID typed at the counter, whatever its spacing or case', async () => {
    const { landlord } = await d.admin.call('walkIns.register', walkIn(today));
    const found = await d.admin.call('landlords.findByIdNumber', {
      idType: 'resident_id',
      idNumber: ` ${landlord.idNumber.slice(0, 6)} ${landlord.idNumber.slice(6)} `,
    });
    expect(found.landlord).toMatchObject({ id: landlord.id, name: '陈建国', propertyCount: 1, mobileMasked: '138****1234' });
    expect(JSON.stringify(found)).not.toContain(landlord.idNumber);
    expect(
      (await d.admin.call('landlords.findByIdNumber', { idType: 'resident_id', idNumber: residentId('331004', '19990101', 1) })).landlord,
    ).toBeNull();
  });

  it('shows full numbers only to a role allowed to, and logs the look', async () => {
    const { landlord } = await d.admin.call('walkIns.register', walkIn(today));
    const clerk = await callerWithRole(d, 'clerk');
    expect((await clerk.refused('landlords.reveal', { id: landlord.id })).status).toBe(403);
    const shown = await d.admin.call('landlords.reveal', { id: landlord.id });
    expect(shown).toEqual({ idNumber: landlord.idNumber, mobile: '13805761234' });
    expect(auditRows('landlords.reveal')).toHaveLength(1);
    // The history masks personal data for a clerk and not for the admin.
    await d.admin.call('landlords.update', {
      id: landlord.id,
      baseVersion: landlord.version,
      name: '陈建国',
      mobile: '13905762222',
      letter: { signed: true, signedOn: today },
    });
    const forClerk = await clerk.call('register.history', { entity: 'landlords', id: landlord.id });
    expect(forClerk.entries[0]).toMatchObject({ kind: 'changed', clerkName: '王站长', action: 'landlords.update' });
    expect(forClerk.entries[0]!.changes).toEqual([{ field: 'mobile', before: '138****1234', after: '139****2222' }]);
    const forAdmin = await d.admin.call('register.history', { entity: 'landlords', id: landlord.id });
    expect(forAdmin.entries[0]!.changes).toEqual([{ field: 'mobile', before: '13805761234', after: '13905762222' }]);
    expect(forAdmin.entries.at(-1)!.kind).toBe('created');
  });
});

describe('property and room edits', () => {
  it('edits a property and keeps its rooms within its floors', async () => {
    const { property } = await d.admin.call('walkIns.register', walkIn(today));
    const edit = {
      id: property.id,
      baseVersion: property.version,
      address: { regionCode: property.regionCode, road: '浮排村东路', houseNumber: property.houseNumber!, detail: '2幢' },
      buildingType: 'apartment' as const,
      floors: 4,
      mixedUse: true,
      ebikeArrangement: 'central_indoor_isolated' as const,
      usesSandwichPanels: true,
    };
    const saved = await d.admin.call('properties.update', edit);
    expect(saved).toMatchObject({
      address: `${property.address}2幢`,
      detailRest: '2幢',
      floors: 4,
      mixedUse: true,
      version: property.version + 1,
    });
    const before = registerCounts(d);
    const low = await d.admin.refused('properties.update', { ...edit, baseVersion: saved.version, floors: 2 });
    expect(low.error.issues).toEqual([{ path: 'floors', message: expect.stringContaining('房间“301”在 3 层') }]);
    const stale = await d.admin.refused('properties.update', { ...edit, floors: 5 });
    expect(stale.status).toBe(409);
    expect(registerCounts(d)).toEqual(before);
  });

  it('warns before moving a property onto another registered address', async () => {
    const a = (await d.admin.call('walkIns.register', walkIn(today))).property;
    const b = (await d.admin.call('walkIns.register', walkIn(today))).property;
    const move = {
      id: b.id,
      baseVersion: b.version,
      address: { regionCode: a.regionCode, road: a.road!, houseNumber: a.houseNumber! },
      buildingType: 'self_built' as const,
      floors: 3,
      mixedUse: false,
      ebikeArrangement: 'none' as const,
      usesSandwichPanels: false,
    };
    const r = await d.admin.refused('properties.update', move);
    expect(r.status).toBe(409);
    expect(r.error.message).toContain(a.address);
    const moved = await d.admin.call('properties.update', { ...move, acknowledgeAddressDuplicate: true });
    expect(moved.address).toBe(a.address);
  });

  it('recomputes a room’s maximum occupants from its area, and audits before/after', async () => {
    const { property } = await d.admin.call('walkIns.register', walkIn(today));
    const room = property.rooms.find((r) => r.label === '201')!;
    expect(room.maxOccupants).toBe(1);
    const edit = {
      id: room.id,
      baseVersion: room.version,
      label: '201',
      floor: 2,
      areaM2: 15.04,
      hasKitchen: true,
      privateBathroom: false,
      windowBars: true,
      rentMonthly: 650,
    };
    const saved = await d.admin.call('rooms.update', edit);
    expect(saved).toMatchObject({ areaM2: 15, maxOccupants: 2, rentMonthly: 650, version: room.version + 1 });
    const [audit] = auditRows('rooms.update');
    expect(JSON.parse(audit!.before!)).toMatchObject({ areaM2: 10, maxOccupants: 1, hasKitchen: false, rentMonthly: 500 });
    expect(JSON.parse(audit!.after!)).toMatchObject({ areaM2: 15, maxOccupants: 2, hasKitchen: true, rentMonthly: 650 });
    const history = await d.admin.call('register.history', { entity: 'properties', id: property.id });
    expect(history.entries[0]).toMatchObject({ subject: '201', action: 'rooms.update', kind: 'changed' });

    const before = registerCounts(d);
    for (const [patch, path, text] of [
      [{ label: '101' }, 'label', '重复'],
      [{ floor: 4 }, 'floor', '高于房屋总层数'],
      [{ areaM2: 0.5 }, 'areaM2', '1 到 500'],
      [{ rentMonthly: 12.5 }, 'rentMonthly', '整数'],
      [{ maxOccupants: 9 }, 'maxOccupants', '不认识的字段'],
    ] as const) {
      const r = await d.admin.refused('rooms.update', { ...edit, baseVersion: saved.version, ...patch });
      expect(r.error.issues.find((i) => i.path === path)?.message, path).toContain(text);
    }
    expect((await d.admin.refused('rooms.update', edit)).status).toBe(409);
    expect(registerCounts(d)).toEqual(before);
  });

  it('refuses to shrink a room below the people living in it', async () => {
    const { property } = await d.admin.call('walkIns.register', walkIn(today));
    const room = property.rooms.find((r) => r.label === '101')!;
    moveIn(property.id, room.id, 2, 'active');
    const before = registerCounts(d);
    const r = await d.admin.refused('rooms.update', {
      id: room.id,
      baseVersion: room.version,
      label: '101',
      floor: 1,
      areaM2: 8,
      hasKitchen: true,
      privateBathroom: true,
      windowBars: false,
      rentMonthly: 800,
    });
    expect(r.status).toBe(422);
    expect(r.error.message).toContain('现住 2 人');
    expect(registerCounts(d)).toEqual(before);
  });

  it('adds a room to a registered property', async () => {
    const { property } = await d.admin.call('walkIns.register', walkIn(today));
    const room = await d.admin.call('rooms.add', {
      propertyId: property.id,
      room: { label: '302', floor: 3, areaM2: 18, hasKitchen: false, privateBathroom: true, rentMonthly: 700 },
    });
    expect(room).toMatchObject({ label: '302', maxOccupants: 2, windowBars: false, status: 'vacant' });
    const dup = await d.admin.refused('rooms.add', {
      propertyId: property.id,
      room: { label: '302', floor: 3, areaM2: 18, hasKitchen: false, privateBathroom: true, rentMonthly: 700 },
    });
    expect(dup.error.issues[0]!.path).toBe('room.label');
  });
});

describe('closing and reopening a property', () => {
  it('closes with reason, authority and date; its rooms leave the available view; tenants are listed', async () => {
    const { property } = await d.admin.call('walkIns.register', walkIn(today));
    d.services.register.write({ clerkId: null, action: 'test.compliant', at: d.clock.now() }, (w) =>
      w.update('properties', property.id, { fireStatus: 'compliant' }),
    );
    const available = async () => (await roomRows(d.admin, { offerable: true })).length;
    expect(await available()).toBe(3);
    const [r101, r201] = property.rooms;
    moveIn(property.id, r101!.id, 2, 'active', '张三', '13700001111');
    moveIn(property.id, r201!.id, 1, 'reserved', '李四', null);

    const inspector = await callerWithRole(d, 'inspector');
    const closed = await inspector.call('properties.close', {
      id: property.id,
      baseVersion: (await d.admin.call('properties.get', { id: property.id })).version,
      reason: '违规使用彩钢夹芯板隔断',
      authority: '路桥区消防救援大队',
      closedOn: today,
    });
    expect(closed.property).toMatchObject({
      status: 'closed',
      fireStatus: 'closed',
      closedReason: '违规使用彩钢夹芯板隔断',
      closedAuthority: '路桥区消防救援大队',
      closedOn: today,
    });
    expect(closed.followUp.map((f) => [f.roomLabel, f.tenantName, f.status, f.mobileMasked, f.persons])).toEqual([
      ['101', '张三', 'active', '137****1111', 2],
      ['201', '李四', 'reserved', null, 1],
    ]);
    expect(await available()).toBe(0);
    expect(await roomRows(d.admin, { fireStatus: 'closed' })).toHaveLength(3);

    // Closing twice, a date ahead, a stale version: refused, nothing changed.
    const clerk = await callerWithRole(d, 'clerk');
    const before = registerCounts(d);
    const version = closed.property.version;
    const again = await inspector.refused('properties.close', {
      id: property.id,
      baseVersion: version,
      reason: 'x',
      authority: 'y',
      closedOn: today,
    });
    expect(again.error.message).toContain('已经查封');
    const ahead = await inspector.refused('properties.close', {
      id: property.id,
      baseVersion: version,
      reason: 'x',
      authority: 'y',
      closedOn: addDays(today, 1),
    });
    expect(ahead.error.issues[0]!.path).toBe('closedOn');
    const missing = await inspector.refused('properties.close', {
      id: property.id,
      baseVersion: version,
      reason: ' ',
      authority: '',
      closedOn: today,
    });
    expect(missing.error.issues.map((i) => i.path).sort()).toEqual(['authority', 'reason']);

    // Reopening is a supervisor's action.
    const reopenInput = { id: property.id, baseVersion: version, note: '整改完毕，经复查解除' };
    expect((await inspector.refused('properties.reopen', reopenInput)).status).toBe(403);
    expect((await clerk.refused('properties.reopen', reopenInput)).status).toBe(403);
    expect(registerCounts(d)).toEqual(before);
    const supervisor = await callerWithRole(d, 'supervisor');
    const reopened = await supervisor.call('properties.reopen', reopenInput);
    expect(reopened).toMatchObject({ status: 'active', closedReason: null, closedOn: null });
    expect(reopened.fireStatus).not.toBe('closed');
    expect((await supervisor.refused('properties.reopen', { ...reopenInput, baseVersion: reopened.version })).error.message).toContain(
      '没有查封',
    );
    const history = await d.admin.call('register.history', { entity: 'properties', id: property.id });
    expect(history.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['properties.close', 'properties.reopen']));
    expect(history.entries.find((e) => e.kind === 'event')!.changes).toEqual(
      expect.arrayContaining([{ field: 'note', before: null, after: '整改完毕，经复查解除' }]),
    );
  });
});

describe('lists', () => {
  it('lists properties newest first, by landlord or status', async () => {
    const a = await d.admin.call('walkIns.register', walkIn(today));
    await d.admin.call('walkIns.register', walkIn(today));
    const all = await d.admin.call('properties.list', {});
    expect(all.total).toBe(2);
    const mine = await d.admin.call('properties.list', { landlordId: a.landlord.id });
    expect(mine.properties.map((p) => p.id)).toEqual([a.property.id]);
    expect(mine.properties[0]).toMatchObject({ roomCount: 3, landlordName: '陈建国', status: 'active' });
    expect((await d.admin.call('properties.list', { status: 'closed' })).total).toBe(0);
    const detail = await d.admin.call('landlords.get', { id: a.landlord.id });
    expect(detail.properties).toEqual([expect.objectContaining({ id: a.property.id, roomCount: 3 })]);
    const prop = await d.admin.call('properties.get', { id: a.property.id });
    expect(prop.scheduledInspections).toEqual([expect.objectContaining({ kind: 'first', dueOn: today, done: false })]);
    expect(prop.landlord).toMatchObject({ name: '陈建国', letterSigned: true });
  });
});

let tenantSeq = 0;
function moveIn(
  propertyId: string,
  roomId: string,
  adults: number,
  status: 'active' | 'reserved',
  name = '租客',
  mobile: string | null = null,
) {
  tenantSeq++;
  d.services.register.write({ clerkId: null, action: 'test.moveIn', at: d.clock.now() }, (w) => {
    const tenant = w.insert('tenants', { name, idType: 'resident_id', idNumber: residentId('341602', '19900101', tenantSeq), mobile });
    w.insert('tenancies', { roomId, propertyId, tenantId: tenant.id, status, checkInOn: today, adults, children: 0 });
  });
}
