import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../core/dates';
import { readyDesk } from '../support/desk';
import { residentId } from '../support/people';
import { creditCode, walkIn } from '../support/walk-in';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

describe('search.query', () => {
  let d: Desk;
  let today: string;
  const ids: Record<string, string> = {};
  const chen = residentId('331004', '19700312', 21);

  beforeAll(async () => {
    d = await readyDesk();
    today = chinaDate(d.clock.now());
    const base = walkIn(today);
    const a = await d.admin.call('walkIns.register', {
      ...base,
      landlord: { name: '陈建国', idType: 'resident_id', idNumber: chen, mobile: '13805761234' },
      property: { ...base.property, address: { regionCode: '331004006056', road: '浮排村东路', houseNumber: '12' } },
    });
    ids.chen = a.landlord.id;
    ids.chenProperty = a.property.id;
    const b = await d.admin.call('walkIns.register', {
      ...walkIn(today),
      landlord: { name: '王建国', idType: 'resident_id', idNumber: residentId('331004', '19680101', 22), mobile: '13905769999' },
      property: { ...base.property, address: { regionCode: '331004006056', road: '新桥路', houseNumber: '7' } },
    });
    ids.wang = b.landlord.id;
    const c = await d.admin.call('walkIns.register', {
      ...walkIn(today),
      landlord: {
        kind: 'organisation',
        name: '台州浮排物业有限公司',
        idType: 'credit_code',
        idNumber: creditCode(),
        mobile: '13705760000',
        contactName: '刘经理',
      },
      property: { ...base.property, address: { regionCode: '331004006056', road: '浮排村西路', houseNumber: '3' } },
    });
    ids.org = c.landlord.id;
  });
  afterAll(() => d.close());

  const q = (text: string, limit = 10) => d.admin.call('search.query', { q: text, limit });

  it('finds Chinese substrings of names and addresses (trigram)', async () => {
    const r = await q('陈建国');
    expect(r.mode).toBe('substring');
    expect(r.landlords.map((l) => l.id)).toEqual([ids.chen]);
    const road = await q('浮排村东');
    expect(road.properties.map((p) => p.id)).toEqual([ids.chenProperty]);
    expect(road.properties[0]).toMatchObject({ landlordName: '陈建国', roomCount: 3 });
    const both = await q('浮排村');
    expect(both.properties).toHaveLength(2);
    expect((await q('物业有限')).landlords.map((l) => l.id)).toEqual([ids.org]);
    // A contact person of an organisation is found too.
    expect((await q('刘经理')).landlords.map((l) => l.id)).toEqual([ids.org]);
  });

  it('reads short queries by prefix and given name, and room labels exactly', async () => {
    const surname = await q('王建');
    expect(surname.mode).toBe('short');
    expect(surname.landlords.map((l) => l.id)).toEqual([ids.wang]);
    // A given name inside the name (below the trigram's three characters).
    expect((await q('建国')).landlords.map((l) => l.id).sort()).toEqual([ids.chen, ids.wang].sort());
    expect((await q('新桥')).properties).toHaveLength(1);
    const room = await q('101');
    expect(room.rooms).toHaveLength(3);
    const there = await q('浮排村东路12号 101');
    expect(there.rooms.map((r) => [r.label, r.propertyId])).toEqual([['101', ids.chenProperty]]);
    expect(there.rooms[0]!.address).toContain('浮排村东路12号');
  });

  it('finds ID numbers and mobiles whole, never by a fragment, and masks them', async () => {
    const byId = await q(chen.toLowerCase());
    expect(byId.mode).toBe('exact');
    expect(byId.landlords.map((l) => l.id)).toEqual([ids.chen]);
    expect(byId.landlords[0]!.idNumberMasked).toBe(`${chen.slice(0, 6)}********${chen.slice(-4)}`);
    expect(byId.properties.map((p) => p.id)).toEqual([ids.chenProperty]);
    expect(JSON.stringify(byId)).not.toContain(chen);
    expect((await q(creditCode())).landlords.map((l) => l.id)).toEqual([ids.org]);
    const byMobile = await q('+86 139-0576-9999');
    expect(byMobile.landlords.map((l) => l.id)).toEqual([ids.wang]);
    expect(byMobile.landlords[0]!.mobileMasked).toBe('139****9999');
    for (const fragment of [chen.slice(0, 10), chen.slice(4, 16), '1380576', '05761234']) {
      const r = await q(fragment);
      expect(r.landlords, fragment).toEqual([]);
    }
  });

  it('keeps the index in step with edits, in the same transaction', async () => {
    const l = await d.admin.call('landlords.get', { id: ids.wang! });
    await d.admin.call('landlords.update', { id: l.id, baseVersion: l.version, name: '王国庆', letter: { signed: false } });
    expect((await q('王建国')).landlords).toEqual([]);
    expect((await q('王国庆')).landlords.map((x) => x.id)).toEqual([ids.wang]);
  });

  it('takes any text literally and says when there are more hits', async () => {
    for (const odd of ['"', "'; DROP TABLE landlords; --", 'a OR b', '%_%', '*', 'NEAR(x y)']) {
      await expect(q(odd)).resolves.toBeDefined();
    }
    const few = await q('浮排村', 1);
    expect(few.properties).toHaveLength(1);
    expect(few.more.properties).toBe(true);
    const r = await d.admin.refused('search.query', { q: '   ' });
    expect(r.status).toBe(400);
  });
});
