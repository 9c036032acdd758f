import { LOW_FLOOR_MAX, RANK, type Candidate, type MatchRequest, type Requirement } from '../core/tenancy/matching';
import type { DensityParams } from '../core/rules/density';
import type { Register } from './write';

/**
 * The preselection for matching; core/tenancy/matching.ts decides and ranks.
 *
 * It reads `offer_index` (migration *_offer_index.sql): the vacant rooms of
 * compliant, open properties with what matching needs of them, kept by
 * triggers in the write's own transaction. A scan of it reads a few thousand
 * short rows of one table; the same filters over rooms and properties must
 * seek a property for every vacant room (the bench's reference).
 *
 * Matches: the rooms passing every need, ranked in SQL by core's own formula
 * (RANK's weights; a test holds the two equal) and cut to the page, so a
 * register with 20,000 fitting rooms hands core a page, not 20,000 rows.
 *
 * Near misses: per need, a few rooms failing that need and passing all others,
 * found by an index that stops early (`offer_index_rent` gives the rooms just
 * over budget first, `offer_index_size` the ones just too small). Capacity
 * here uses the cached maximum; core re-checks it with the rule set in force
 * on the move-in date.
 */
const PASS: Record<Requirement, string> = {
  capacity: 'o.max_occupants >= @adults',
  cooking: '(@cooking = 0 OR o.cooking_permitted = 1)',
  budget: '(@budget IS NULL OR o.rent_monthly <= @budget)',
  lowFloor: `(@lowFloor = 0 OR o.floor <= ${LOW_FLOOR_MAX})`,
  ebike: '(@ebike = 0 OR o.ebike_parking = 1)',
  validity: '(o.pass_ends_on IS NULL OR o.pass_ends_on > @moveInOn)',
};
const FAIL: Record<Requirement, string> = {
  capacity: 'o.max_occupants < @adults',
  cooking: '@cooking = 1 AND o.cooking_permitted = 0',
  budget: '@budget IS NOT NULL AND o.rent_monthly > @budget',
  lowFloor: `@lowFloor = 1 AND o.floor > ${LOW_FLOOR_MAX}`,
  ebike: '@ebike = 1 AND o.ebike_parking = 0',
  validity: 'o.pass_ends_on IS NOT NULL AND o.pass_ends_on <= @moveInOn',
};

/**
 * core's score(), term by term and in the same order, so the doubles come out
 * the same. Terms that are zero for this request (no preferred community, no
 * bathroom wish) are left out rather than computed per row: adding 0 changes
 * no double.
 */
function scoreSql(req: MatchRequest): string {
  const tier = [
    req.preferredCommunity !== null ? 'coalesce(o.community_code = @community, 0)' : '',
    req.preferredGrid !== null ? 'coalesce(o.grid = @grid, 0)' : '',
  ]
    .filter(Boolean)
    .join(' + ');
  const terms = [
    ...(tier ? [`(${tier}) * ${RANK.tier}`] : []),
    `(1.0 / (1 + max(0, min(CAST(round(o.area_m2 * 10) / @perPerson10 AS INTEGER), @cap) - @adults))) * ${RANK.fit}`,
    req.budget
      ? `max(0, (@budget - o.rent_monthly) * 1.0 / @budget) * ${RANK.rent}`
      : `(1 - min(o.rent_monthly, ${RANK.rentScale}) / ${RANK.rentScale}.0) * ${RANK.rent}`,
    `(min(o.area_m2 / @persons, ${RANK.areaCapM2}) / ${RANK.areaCapM2}.0) * ${RANK.area}`,
    ...(req.privateBathroom ? [`o.private_bathroom * ${RANK.bath}`] : []),
  ];
  return terms.join('\n  + ');
}

const COLUMNS = `o.room_id AS id, o.property_id AS propertyId, o.cooking_permitted AS cookingPermitted, o.rent_monthly AS rentMonthly,
       o.floor, o.area_m2 AS areaM2, o.has_kitchen AS hasKitchen, o.private_bathroom AS privateBathroom,
       o.community_code AS communityCode, o.grid, o.ebike_parking AS ebikeParking, o.pass_ends_on AS passEndsOn`;
const all = (except?: Requirement) =>
  (Object.keys(PASS) as Requirement[])
    .filter((k) => k !== except)
    .map((k) => PASS[k])
    .join(' AND ');

// Only the key goes through the sorter; the page's rows are read after, by key.
const matchesSql = (req: MatchRequest) =>
  `SELECT o.room_id FROM offer_index o WHERE ${all()} ORDER BY ${scoreSql(req)} DESC, o.rent_monthly, o.room_id LIMIT @limit`;
const ROW_SQL = `SELECT ${COLUMNS} FROM offer_index o WHERE o.room_id = ?`;
const NEAR_SQL: Record<Requirement, string> = {
  capacity: `SELECT ${COLUMNS} FROM offer_index o INDEXED BY offer_index_size WHERE ${FAIL.capacity} AND ${all('capacity')}
     ORDER BY o.max_occupants DESC, o.area_m2 DESC LIMIT @near`,
  budget: `SELECT ${COLUMNS} FROM offer_index o INDEXED BY offer_index_rent WHERE ${FAIL.budget} AND ${all('budget')} ORDER BY
     o.rent_monthly LIMIT @near`,
  validity: `SELECT ${COLUMNS} FROM offer_index o INDEXED BY offer_index_pass WHERE ${FAIL.validity} AND ${all('validity')} LIMIT @near`,
  cooking: `SELECT ${COLUMNS} FROM offer_index o WHERE ${FAIL.cooking} AND ${all('cooking')} LIMIT @near`,
  lowFloor: `SELECT ${COLUMNS} FROM offer_index o WHERE ${FAIL.lowFloor} AND ${all('lowFloor')} LIMIT @near`,
  ebike: `SELECT ${COLUMNS} FROM offer_index o WHERE ${FAIL.ebike} AND ${all('ebike')} LIMIT @near`,
};

interface Row {
  id: string;
  propertyId: string;
  cookingPermitted: number;
  rentMonthly: number;
  floor: number;
  areaM2: number;
  hasKitchen: number;
  privateBathroom: number;
  communityCode: string | null;
  grid: string | null;
  ebikeParking: number;
  passEndsOn: string | null;
}

const toCandidate = (r: Row): Candidate => ({
  roomId: r.id,
  propertyId: r.propertyId,
  label: '',
  floor: r.floor,
  areaM2: r.areaM2,
  hasKitchen: r.hasKitchen === 1,
  privateBathroom: r.privateBathroom === 1,
  rentMonthly: r.rentMonthly,
  cookingPermitted: r.cookingPermitted === 1,
  cookingHazards: [],
  // offer_index holds only vacant rooms of compliant, open properties.
  fireStatus: 'compliant',
  propertyStatus: 'active',
  roomStatus: 'vacant',
  passEndsOn: r.passEndsOn,
  communityCode: r.communityCode,
  grid: r.grid,
  ebikeParking: r.ebikeParking === 1,
});

/** Which needs this request has: a near miss can only fail a need that was asked for. */
function asked(req: MatchRequest): Requirement[] {
  return (['capacity', 'cooking', 'budget', 'lowFloor', 'ebike', 'validity'] as const).filter(
    (k) =>
      (k !== 'cooking' || req.cooking) &&
      (k !== 'budget' || req.budget !== null) &&
      (k !== 'lowFloor' || req.lowFloor) &&
      (k !== 'ebike' || req.ebikeParking),
  );
}

export function matchCandidates(
  reg: Register,
  req: MatchRequest,
  params: DensityParams,
  opts: { limit: number; nearMissesPerRequirement: number },
): { matches: Candidate[]; nearMisses: Candidate[] } {
  const bind = {
    adults: req.adults,
    persons: Math.max(1, req.adults + req.children),
    cooking: req.cooking ? 1 : 0,
    budget: req.budget,
    lowFloor: req.lowFloor ? 1 : 0,
    ebike: req.ebikeParking ? 1 : 0,
    bath: req.privateBathroom ? 1 : 0,
    moveInOn: req.moveInOn,
    community: req.preferredCommunity,
    grid: req.preferredGrid,
    perPerson10: Math.round(params.areaPerPersonM2 * 10),
    cap: params.personsPerRoom,
    limit: opts.limit,
    near: opts.nearMissesPerRequirement,
  };
  const ids = reg.statement(matchesSql(req)).pluck().all(bind) as string[];
  const matches = ids.map((id) => toCandidate(reg.statement(ROW_SQL).get(id) as Row));
  // More adults than any room may hold (DEN-2): every room fails capacity, so only capacity can be the one failure.
  const needs = req.adults > params.personsPerRoom ? (['capacity'] as Requirement[]) : asked(req);
  const nearMisses = needs.flatMap((k) => (reg.statement(NEAR_SQL[k]).all(bind) as Row[]).map(toCandidate));
  // A kitchen with cooking stopped names the failed items (GAS-2, GAS-3): read only for the few shown.
  for (const c of nearMisses) {
    if (req.cooking && c.hasKitchen && !c.cookingPermitted) c.cookingHazards = cookingHazards(reg, c.propertyId, c.roomId);
  }
  return { matches, nearMisses };
}

function cookingHazards(reg: Register, propertyId: string, roomId: string): string[] {
  const rows = reg
    .statement(
      `SELECT DISTINCT item_code AS code FROM hazards
        WHERE property_id = ? AND status = 'open' AND (room_id IS NULL OR room_id = ?) AND effects LIKE '%"cooking"%' ORDER BY item_code`,
    )
    .all(propertyId, roomId) as { code: string }[];
  return rows.map((r) => r.code);
}

/** What the clerk reads about a room shown in the results: fetched only for the few shown. */
export function roomShown(reg: Register, roomId: string) {
  return reg
    .statement(
      `SELECT r.label, r.max_occupants AS maxOccupants, p.address, p.community_code AS communityCode
         FROM rooms r JOIN properties p ON p.id = r.property_id WHERE r.id = ?`,
    )
    .get(roomId) as { label: string; maxOccupants: number; address: string; communityCode: string | null };
}
