import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readyDesk } from '../support/desk';
import { boID, compliantProperty, familyOfThree } from '../support/front-desk';
import { bringToLife } from '../support/occupancy';
import { registerProperty } from '../support/register';
import { seedRegister } from '../support/seed';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
beforeEach(async () => {
  d = await readyDesk();
  d.clock.setNow(Date.UTC(2026, 5, 15, 2));
});
afterEach(() => d.close());
const today = () => new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** What offer_index must hold: computed from the register itself. */
const SHOULD = `SELECT r.id AS room_id, r.property_id, r.max_occupants, r.cooking_permitted, r.rent_monthly, r.floor, r.area_m2,
   r.has_kitchen,
       r.private_bathroom, p.community_code, p.grid, p.ebike_arrangement IN ('central_outdoor', 'central_indoor_isolated') AS ebike_parking,
       p.fire_status_until AS pass_ends_on
  FROM rooms r JOIN properties p ON p.id = r.property_id
 WHERE r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active' ORDER BY r.id`;
const inSync = () => {
  const is = d.services.sqlite.prepare('SELECT * FROM offer_index ORDER BY room_id').all();
  expect(is).toEqual(d.services.sqlite.prepare(SHOULD).all());
  return is.length;
};

describe('offer_index, the table matching reads', () => {
  it('follows every kind of change: inspections, hazards, check-in and out, reservations, room edits, closures, expiry', async () => {
    await registerProperty(d.admin);
    expect(inSync()).toBe(0); // uninspected: nothing to offer
    const a = await compliantProperty(d.admin, today(), { failRoom: 'GAS-2@101' });
    expect(inSync()).toBe(3);
    const t = await d.admin.call('tenancies.checkIn', { roomId: a.room('101').id, ...familyOfThree(), checkInOn: today() });
    expect(inSync()).toBe(2);
    const res = await d.admin.call('tenancies.reserve', {
      roomId: a.room('102').id,
      tenant: { ...familyOfThree().tenant, name: '王芳', idNumber: boID('19920202') },
      adults: 1,
      checkInOn: today(),
    });
    expect(inSync()).toBe(1);
    await d.admin.call('tenancies.cancel', { id: res.id });
    await d.admin.call('tenancies.checkOut', { id: t.id });
    expect(inSync()).toBe(3);

    const p = await d.admin.call('properties.get', { id: a.property.id });
    const r301 = p.rooms.find((r) => r.label === '301')!;
    await d.admin.call('rooms.update', {
      id: r301.id,
      baseVersion: r301.version,
      label: '301',
      floor: 3,
      areaM2: 13,
      hasKitchen: true,
      privateBathroom: true,
      rentMonthly: 900,
    });
    expect(inSync()).toBe(3);
    await d.admin.call('properties.close', {
      id: p.id,
      baseVersion: p.version,
      reason: '三合一场所',
      authority: '路桥区消防救援大队',
      closedOn: today(),
    });
    expect(inSync()).toBe(0);
    const closed = await d.admin.call('properties.get', { id: p.id });
    await d.admin.call('properties.reopen', { id: p.id, baseVersion: closed.version });
    inSync();

    await compliantProperty(d.admin, today());
    await d.advanceDays(400); // every pass has expired: the first clerk's call of the day re-derives the statuses
    await d.admin.call('match.rooms', { adults: 1, moveInOn: today() });
    expect(inSync()).toBe(0);
  });

  it('holds on a register brought to life in bulk', async () => {
    seedRegister(d.services.register, { rooms: 2000, seed: 3 });
    bringToLife(d.services.register, { today: today(), at: d.clock.now() });
    expect(inSync()).toBeGreaterThan(100);
  });
});
