import { chinaDate } from '../../core/dates';
import type { Register } from '../../db/write';
import { percentile, report, timeMs, timeMsAsync } from './report';

type Call = (name: string, input: unknown) => Promise<unknown>;

/**
 * match.rooms as a clerk's screen asks for it (dispatcher, zod in and out, the
 * SQL preselection of db/matching.ts on offer_index, ranking and near misses in
 * core), against a hand-written indexed SQL query for the same hard filters over
 * the register's rooms and properties that ranks in SQL and returns the first
 * page: what one would write without core's matching. A second line sets it
 * beside the same query on offer_index, to show what our layers cost on top.
 * The register must have life in it first (support/occupancy.ts).
 */
export async function benchMatching(reg: Register, call: Call, runs = 300): Promise<void> {
  const today = chinaDate(Date.now());
  const communities = (
    reg.sqlite.prepare("SELECT DISTINCT community_code AS c FROM properties WHERE fire_status = 'compliant' LIMIT 50").all() as {
      c: string;
    }[]
  ).map((r) => r.c);
  // The walk-ins of a day: the seed's family of three needing a kitchen, single workers, couples, an e-bike owner.
  const requests = [
    { adults: 2, children: 1, cooking: true, budget: 1000 },
    { adults: 1, children: 0, cooking: false, budget: 600 },
    { adults: 2, children: 0, cooking: true, budget: 800, lowFloor: true },
    { adults: 1, children: 0, cooking: false, budget: 500, ebikeParking: true },
    { adults: 2, children: 2, cooking: true, budget: 1200, privateBathroom: true },
    { adults: 3, children: 0, cooking: false, budget: 900 },
  ];
  const input = (i: number) => ({
    ...requests[i % requests.length],
    moveInOn: today,
    preferredCommunity: communities[i % communities.length],
    limit: 20,
  });

  // What one would write against the register itself: rooms and properties, their own indexes, ranked in SQL.
  const reference = reg.sqlite.prepare(
    `SELECT r.id, r.rent_monthly, r.area_m2, r.max_occupants, p.community_code
       FROM rooms r JOIN properties p ON p.id = r.property_id
      WHERE r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active'
        AND r.max_occupants >= @adults
        AND (@cooking = 0 OR r.cooking_permitted = 1)
        AND (@budget IS NULL OR r.rent_monthly <= @budget)
        AND (@lowFloor = 0 OR r.floor <= 2)
        AND (@ebike = 0 OR p.ebike_arrangement IN ('central_outdoor', 'central_indoor_isolated'))
        AND (p.fire_status_until IS NULL OR p.fire_status_until > @moveInOn)
      ORDER BY p.community_code = @community DESC, r.max_occupants - @adults, r.rent_monthly, r.area_m2 DESC
      LIMIT 20`,
  );
  // The same filters and order on matching's own offer_index: the least any query on it could cost.
  const indexOnly = reg.sqlite.prepare(
    `SELECT o.room_id, o.rent_monthly, o.area_m2, o.max_occupants, o.community_code
       FROM offer_index o
      WHERE o.max_occupants >= @adults
        AND (@cooking = 0 OR o.cooking_permitted = 1)
        AND (@budget IS NULL OR o.rent_monthly <= @budget)
        AND (@lowFloor = 0 OR o.floor <= 2)
        AND (@ebike = 0 OR o.ebike_parking = 1)
        AND (o.pass_ends_on IS NULL OR o.pass_ends_on > @moveInOn)
      ORDER BY o.community_code = @community DESC, o.max_occupants - @adults, o.rent_monthly, o.area_m2 DESC
      LIMIT 20`,
  );
  const refParams = (i: number) => {
    const q = input(i) as {
      adults: number;
      cooking: boolean;
      budget: number;
      lowFloor?: boolean;
      ebikeParking?: boolean;
      preferredCommunity?: string;
    };
    return {
      adults: q.adults,
      cooking: q.cooking ? 1 : 0,
      budget: q.budget,
      lowFloor: q.lowFloor ? 1 : 0,
      ebike: q.ebikeParking ? 1 : 0,
      moveInOn: today,
      community: q.preferredCommunity ?? null,
    };
  };

  let shown = 0;
  for (let i = 0; i < 20; i++) {
    const r = (await call('match.rooms', input(i))) as { matches: unknown[]; nearMisses: unknown[] };
    shown = Math.max(shown, r.matches.length + r.nearMisses.length);
    reference.all(refParams(i));
    indexOnly.all(refParams(i));
  }
  const ours: number[] = [];
  const ref: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await timeMsAsync(() => call('match.rooms', input(i))));
    ref.push(timeMs(() => reference.all(refParams(i))));
    floor.push(timeMs(() => indexOnly.all(refParams(i))));
  }
  const p95 = percentile(ours, 95);
  const refP95 = percentile(ref, 95);
  report({
    name: 'match_rooms_p95',
    ours: p95,
    reference: refP95,
    ratio: p95 / refP95,
    unit: 'ms',
    referenceIs:
      'hand-written SQL for the same hard filters over rooms and properties with ' +
      'their indexes, ranked in SQL, first 20 rows, on better-sqlite3 directly',
    target: 'ours p95 <= 20 ms and <= 1.5x the reference',
    met: p95 <= 20 && p95 / refP95 <= 1.5,
  });
  const floorP95 = percentile(floor, 95);
  report({
    name: 'match_rooms_vs_offer_index_p95',
    ours: p95,
    reference: floorP95,
    ratio: p95 / floorP95,
    unit: 'ms',
    referenceIs:
      'the same hard filters and SQL ranking on offer_index alone, bare: ' +
      'what the dispatcher, the near misses, core and the output cost on top',
  });
  console.error(`match_rooms: up to ${shown} rooms shown (matches + near misses) per request`);
}
