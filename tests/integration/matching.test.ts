import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readyDesk } from '../support/desk';
import { compliantProperty, familyOfThree } from '../support/front-desk';
import { zh } from '../support/rooms';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
beforeEach(async () => {
  d = await readyDesk();
  d.clock.setNow(Date.UTC(2026, 5, 15, 2));
});
afterEach(() => d.close());
const today = () => new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('matching on the register', () => {
  it(
    'the family of three needing a kitchen gets only compliant rooms where cooking is permitted; a near miss ' + 'names its failed item',
    async () => {
      const good = await compliantProperty(d.admin, today());
      const gas = await compliantProperty(d.admin, today(), {
        rooms: [{ label: 'A1', floor: 1, areaM2: 16, hasKitchen: true, rentMonthly: 700 }],
        failRoom: 'GAS-2@A1',
      });
      const rect = await compliantProperty(d.admin, today(), { failures: { 'ESC-1': {} } });
      const pricey = await compliantProperty(d.admin, today(), {
        rooms: [{ label: 'B1', floor: 1, areaM2: 15, hasKitchen: true, rentMonthly: 1100 }],
      });

      const r = await d.admin.call('match.rooms', { adults: 2, children: 1, cooking: true, budget: 1000, moveInOn: today() });
      // 101 (14 m², kitchen) and 301 (12 m², kitchen); 102 has no kitchen.
      expect(r.matches.map((m) => m.label).sort()).toEqual(['101', '301']);
      expect(r.matches.every((m) => m.cookingPermitted && m.propertyId === good.property.id)).toBe(true);
      expect(r.matches[0]!.reasons.map(zh)).toContain('可以做饭：有厨房，厨房检查合格');
      expect(r.household).toEqual({ persons: 3, areaCounted: 2, roomCounted: 2 });

      const misses = Object.fromEntries(r.nearMisses.map((n) => [n.label, zh(n.failed.message)]));
      expect(misses['A1']).toBe('不能做饭：厨房检查项 GAS-2 未通过（厨房与居住空间分隔；软管、阀门完好；气瓶直立，高层不用瓶装气）');
      expect(misses['B1']).toBe('超出预算 100 元（月租 1100 元）');
      expect(misses['102']).toBe('不能做饭：没有厨房');
      // The rectifying property is neither offered nor a near miss.
      const shown = [...r.matches, ...r.nearMisses].map((m) => m.propertyId);
      expect(shown).not.toContain(rect.property.id);
      void gas;
      void pricey;

      // Once 101 is taken it is no longer offered.
      await d.admin.call('tenancies.checkIn', { roomId: good.room('101').id, ...familyOfThree(), checkInOn: today() });
      const after = await d.admin.call('match.rooms', { adults: 2, children: 1, cooking: true, budget: 1000, moveInOn: today() });
      expect(after.matches.map((m) => m.label)).toEqual(['301']);
    },
  );

  it('refuses a bad request with field messages', async () => {
    const r = await d.admin.refused('match.rooms', { adults: 0, children: -1, moveInOn: '2026-13-01', budget: 'cheap' });
    expect(r.status).toBe(400);
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'adults', message: '不能小于 1' },
        { path: 'children', message: '不能小于 0' },
        { path: 'moveInOn', message: '日期格式应为 年-月-日' },
        { path: 'budget', message: '格式不正确' },
      ]),
    );
  });
});

describe('the room rack', () => {
  it('counts and pages rooms grouped by community and property, and opens a room with its reasons and history', async () => {
    const a = await compliantProperty(d.admin, today());
    const b = await compliantProperty(d.admin, today(), { failures: { 'ESC-1': {} }, regionCode: '331004006055' });
    await d.admin.call('tenancies.checkIn', { roomId: a.room('101').id, ...familyOfThree(), checkInOn: today() });

    const s = await d.admin.call('rooms.summary', {});
    expect(s).toMatchObject({ rooms: 6, properties: 2, offerable: 2 });
    expect(s.byStatus).toEqual({ vacant: 5, reserved: 0, occupied: 1, unavailable: 0 });
    expect(s.byFireStatus).toMatchObject({ compliant: 3, rectifying: 3 });
    expect(s.communities.map((c) => [c.name, c.rooms, c.vacant])).toEqual([
      ['山后许居委会', 3, 3],
      ['浮排居委会', 3, 2],
    ]);

    const page = await d.admin.call('rooms.page', { offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.lines.map((p) => p.id)).toEqual([b.property.id, a.property.id]);
    expect((await d.admin.call('rooms.page', { offset: 1, limit: 10 })).total).toBeNull();
    const r101 = page.lines[1]!.rooms.find((r) => r.label === '101')!;
    expect(r101).toMatchObject({ status: 'occupied', occupant: '张*', persons: 3 });

    const vacant = await d.admin.call('rooms.page', { filters: { offerable: true } });
    expect(vacant.lines.map((p) => p.rooms.map((r) => r.label))).toEqual([['102', '301']]);

    const room = await d.admin.call('rooms.detail', { id: b.room('101').id });
    expect(room.property.fireStatus).toBe('rectifying');
    expect(zh(room.property.reasons[0]!)).toContain('ESC-1');
    expect(room.room.offerable).toBe(false);
    expect(room.room.reasons.map(zh)).toContain('房屋消防状态不是“合格”，不得出租');
    const occupied = await d.admin.call('rooms.detail', { id: a.room('101').id });
    expect(occupied.current?.household.map((p) => p.name)).toEqual(['张伟', '李娜', '张小宝']);
  });
});

describe('the SQL preselection', () => {
  it('never changes core’s answer: the same first page as ranking every offerable room in core', async () => {
    const { seedRegister } = await import('../support/seed');
    const { bringToLife } = await import('../support/occupancy');
    const { matchRooms } = await import('../../core/tenancy/matching');
    type Candidate = import('../../core/tenancy/matching').Candidate;
    const { DEFAULT_RULE_SET } = await import('../../core/rules/default-rule-set');
    seedRegister(d.services.register, { rooms: 3000, seed: 9 });
    bringToLife(d.services.register, { today: today(), at: d.clock.now(), occupiedShare: 0.4 });
    const all = (
      d.services.sqlite
        .prepare(
          `SELECT r.id, r.property_id, r.floor, r.area_m2, r.has_kitchen, r.private_bathroom, r.rent_monthly, r.cooking_permitted,
                  p.fire_status, p.status AS pstatus, r.status, p.fire_status_until, p.community_code, p.grid, p.ebike_arrangement
             FROM rooms r JOIN properties p ON p.id = r.property_id`,
        )
        .all() as {
        id: string;
        property_id: string;
        floor: number;
        area_m2: number;
        has_kitchen: number;
        private_bathroom: number;
        rent_monthly: number;
        cooking_permitted: number;
        fire_status: Candidate['fireStatus'];
        pstatus: Candidate['propertyStatus'];
        status: Candidate['roomStatus'];
        fire_status_until: string | null;
        community_code: string | null;
        grid: string | null;
        ebike_arrangement: string;
      }[]
    ).map((r): Candidate => ({
      roomId: r.id,
      propertyId: r.property_id,
      label: '',
      floor: r.floor,
      areaM2: r.area_m2,
      hasKitchen: r.has_kitchen === 1,
      privateBathroom: r.private_bathroom === 1,
      rentMonthly: r.rent_monthly,
      cookingPermitted: r.cooking_permitted === 1,
      cookingHazards: [],
      fireStatus: r.fire_status,
      propertyStatus: r.pstatus,
      roomStatus: r.status,
      passEndsOn: r.fire_status_until,
      communityCode: r.community_code,
      grid: r.grid,
      ebikeParking: ['central_outdoor', 'central_indoor_isolated'].includes(r.ebike_arrangement),
    }));
    const community = all.find((c) => c.fireStatus === 'compliant')!.communityCode;
    type Q = {
      adults: number;
      children: number;
      cooking?: boolean;
      budget?: number;
      privateBathroom?: boolean;
      lowFloor?: boolean;
      ebikeParking?: boolean;
      preferredCommunity?: string;
      preferredGrid?: string;
    };
    const requests: Q[] = [
      { adults: 2, children: 1, cooking: true, budget: 1000 },
      { adults: 1, children: 0, cooking: false, budget: 600, privateBathroom: true },
      { adults: 2, children: 0, cooking: true, lowFloor: true, preferredCommunity: community!, preferredGrid: '网格3' },
      { adults: 1, children: 2, ebikeParking: true },
      { adults: 1, children: 0, budget: 0 },
    ];
    for (const q of requests) {
      const input = { cooking: false, moveInOn: today(), limit: 15, ...q };
      const got = await d.admin.call('match.rooms', input);
      const req = {
        lowFloor: false,
        privateBathroom: false,
        ebikeParking: false,
        ...input,
        budget: q.budget ?? null,
        preferredCommunity: q.preferredCommunity ?? null,
        preferredGrid: q.preferredGrid ?? null,
      };
      const want = matchRooms(req, all, DEFAULT_RULE_SET.parameters, { limit: 15, nearMissesPerRequirement: 1000 });
      expect(
        got.matches.map((m) => m.roomId),
        JSON.stringify(q),
      ).toEqual(want.matches.map((m) => m.candidate.roomId));
      expect(got.moreMatches).toBe(want.totalMatches > 15);
      if (q.budget !== 0) expect(want.matches.length).toBeGreaterThan(0);
      const nearIds = new Map(want.nearMisses.map((n) => [n.candidate.roomId, n.failed!.requirement]));
      for (const n of got.nearMisses) expect(nearIds.get(n.roomId), zh(n.failed.message)).toBe(n.failed.requirement);
    }
  });
});
