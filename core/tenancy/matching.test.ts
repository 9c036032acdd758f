import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityProblem, countFromSizes } from './household';
import { failures, matchRooms, offerable, type Candidate, type MatchRequest } from './matching';

const P = { areaPerPersonM2: 6, personsPerRoom: 2 };
const OPTS = { limit: 1000, nearMissesPerRequirement: 1000 };

const room = (over: Partial<Candidate> = {}): Candidate => ({
  roomId: 'R1',
  propertyId: 'P1',
  label: '101',
  floor: 1,
  areaM2: 14,
  hasKitchen: true,
  privateBathroom: false,
  rentMonthly: 800,
  cookingPermitted: true,
  cookingHazards: [],
  fireStatus: 'compliant',
  propertyStatus: 'active',
  roomStatus: 'vacant',
  passEndsOn: '2027-06-15',
  communityCode: '331004006056',
  grid: '网格1',
  ebikeParking: true,
  ...over,
});

/** The seed's story: a family of three from 安徽亳州, two adults and a child, needing a kitchen. */
const family: MatchRequest = {
  adults: 2,
  children: 1,
  cooking: true,
  budget: 1000,
  moveInOn: '2026-06-16',
  preferredCommunity: null,
  preferredGrid: null,
  lowFloor: false,
  privateBathroom: false,
  ebikeParking: false,
};

describe('matching', () => {
  it('offers the room that fits, with its reasons', () => {
    const r = matchRooms(family, [room()], P, OPTS);
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.fits.map((f) => f.key)).toEqual(['match.fit.capacity', 'match.fit.cooking', 'match.fit.budget', 'match.fit.area']);
    expect(r.nearMisses).toEqual([]);
  });

  it.each([
    [{ hasKitchen: false, cookingPermitted: false }, 'cooking', 'match.miss.noKitchen', {}],
    [{ cookingPermitted: false, cookingHazards: ['GAS-2'] }, 'cooking', 'match.miss.cookingHazard', { code: 'GAS-2' }],
    [{ rentMonthly: 1100 }, 'budget', 'match.miss.budget', { over: 100, rent: 1100 }],
    [{ areaM2: 10 }, 'capacity', 'match.miss.den1', { persons: 3, area: 10, max: 1, perPerson: 6 }],
    [{ passEndsOn: '2026-06-16' }, 'validity', 'match.miss.validity', { validUntil: '2026-06-15' }],
  ] as const)('a room failing one need (%o) is a near miss naming it', (over, requirement, key, params) => {
    const r = matchRooms(family, [room(over)], P, OPTS);
    expect(r.matches).toEqual([]);
    expect(r.nearMisses).toHaveLength(1);
    expect(r.nearMisses[0]!.failed).toEqual({ requirement, reason: Object.keys(params).length ? { key, params } : { key } });
  });

  it('drops rooms failing two needs, and never shows a non-offerable room at all', () => {
    expect(matchRooms(family, [room({ rentMonthly: 1100, hasKitchen: false, cookingPermitted: false })], P, OPTS)).toMatchObject({
      matches: [],
      nearMisses: [],
    });
    for (const over of [{ fireStatus: 'rectifying' }, { propertyStatus: 'closed' }, { roomStatus: 'reserved' }] as const) {
      expect(matchRooms(family, [room(over)], P, OPTS)).toMatchObject({ matches: [], nearMisses: [] });
    }
  });

  it('ranks the preferred community first, then the best fit and the cheaper rent', () => {
    const rooms = [
      room({ roomId: 'far-cheap', communityCode: '331004006001', rentMonthly: 300 }),
      room({ roomId: 'near', rentMonthly: 900 }),
      room({ roomId: 'far-big', communityCode: '331004006001', areaM2: 25, rentMonthly: 300 }),
    ];
    const r = matchRooms({ ...family, preferredCommunity: '331004006056' }, rooms, P, OPTS);
    expect(r.matches[0]!.candidate.roomId).toBe('near');
    // Among the others, the 14 m² room fits two exactly; the 25 m² one has the same cap but more room each.
    expect(
      r.matches
        .map((m) => m.candidate.roomId)
        .slice(1)
        .sort(),
    ).toEqual(['far-big', 'far-cheap']);
    expect(r.matches[0]!.fits[0]!.key).toBe('match.fit.community');
    // Same community: the cheaper of two equal rooms ranks first.
    const same = matchRooms(family, [room({ roomId: 'a', rentMonthly: 900 }), room({ roomId: 'b', rentMonthly: 500 })], P, OPTS);
    expect(same.matches.map((m) => m.candidate.roomId)).toEqual(['b', 'a']);
  });

  it('shows the nearest near misses first and at most the given number per need', () => {
    const rooms = [1300, 1050, 1200].map((rent, i) => room({ roomId: `r${i}`, rentMonthly: rent }));
    const r = matchRooms(family, rooms, P, { limit: 10, nearMissesPerRequirement: 2 });
    expect(r.nearMisses.map((o) => o.candidate.rentMonthly)).toEqual([1050, 1200]);
    expect(r.totalNearMisses).toBe(3);
  });
});

const candidate = fc.record({
  roomId: fc.uuid(),
  propertyId: fc.constant('P'),
  label: fc.constant('x'),
  floor: fc.integer({ min: 1, max: 8 }),
  areaM2: fc.integer({ min: 30, max: 400 }).map((a) => a / 10),
  hasKitchen: fc.boolean(),
  privateBathroom: fc.boolean(),
  rentMonthly: fc.integer({ min: 100, max: 2500 }),
  cookingPermitted: fc.boolean(),
  cookingHazards: fc.constantFrom([], ['GAS-2'], ['GAS-3']),
  fireStatus: fc.constantFrom('compliant', 'compliant', 'rectifying', 'overdue', 'uninspected', 'expired', 'closed'),
  propertyStatus: fc.constantFrom('active', 'active', 'closed'),
  roomStatus: fc.constantFrom('vacant', 'vacant', 'reserved', 'occupied', 'unavailable'),
  passEndsOn: fc.constantFrom(null, '2026-06-01', '2026-06-15', '2027-01-01'),
  communityCode: fc.constantFrom('331004006056', '331004006001', null),
  grid: fc.constantFrom('网格1', '网格2', null),
  ebikeParking: fc.boolean(),
}) as fc.Arbitrary<Candidate>;

const request = fc.record({
  adults: fc.integer({ min: 1, max: 4 }),
  children: fc.integer({ min: 0, max: 3 }),
  cooking: fc.boolean(),
  budget: fc.option(fc.integer({ min: 0, max: 2500 }), { nil: null }),
  moveInOn: fc.constantFrom('2026-06-15', '2026-07-01'),
  preferredCommunity: fc.constantFrom(null, '331004006056'),
  preferredGrid: fc.constantFrom(null, '网格1'),
  lowFloor: fc.boolean(),
  privateBathroom: fc.boolean(),
  ebikeParking: fc.boolean(),
}) as fc.Arbitrary<MatchRequest>;

describe('laws of matching', () => {
  const prop = (f: (req: MatchRequest, cs: Candidate[]) => void) =>
    fc.assert(fc.property(request, fc.array(candidate, { maxLength: 40 }), f), { numRuns: 300 });

  it('a match never exceeds capacity, never comes from a non-compliant, closed or taken room, and cooks only where permitted', () =>
    prop((req, cs) => {
      for (const m of matchRooms(req, cs, P, OPTS).matches) {
        const c = m.candidate;
        expect(offerable(c)).toBe(true);
        expect(c.fireStatus).toBe('compliant');
        expect(capacityProblem(c.areaM2, countFromSizes(req.adults, req.children), P)).toBeNull();
        if (req.cooking) expect(c.cookingPermitted).toBe(true);
        if (req.budget !== null) expect(c.rentMonthly).toBeLessThanOrEqual(req.budget);
      }
    }));

  it('each near miss fails exactly the one requirement it names, and is offerable otherwise', () =>
    prop((req, cs) => {
      for (const n of matchRooms(req, cs, P, OPTS).nearMisses) {
        expect(offerable(n.candidate)).toBe(true);
        const f = failures(req, n.candidate, P);
        expect(f).toHaveLength(1);
        expect(f[0]).toEqual(n.failed);
      }
    }));

  it('every offerable candidate is a match, a near miss or fails two needs: nothing is lost', () =>
    prop((req, cs) => {
      const r = matchRooms(req, cs, P, OPTS);
      const twice = cs.filter((c) => offerable(c) && failures(req, c, P).length > 1).length;
      expect(r.totalMatches + r.totalNearMisses + twice).toBe(cs.filter(offerable).length);
    }));

  it('matches come best first, and a larger budget never loses a match', () =>
    prop((req, cs) => {
      const r = matchRooms(req, cs, P, OPTS);
      for (let i = 1; i < r.matches.length; i++) expect(r.matches[i - 1]!.score).toBeGreaterThanOrEqual(r.matches[i]!.score);
      if (req.budget !== null) {
        const more = matchRooms({ ...req, budget: req.budget + 200 }, cs, P, OPTS).matches.map((m) => m.candidate.roomId);
        for (const m of r.matches) expect(more).toContain(m.candidate.roomId);
      }
    }));
});
