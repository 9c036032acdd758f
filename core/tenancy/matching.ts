import { addDays } from '../dates';
import type { DensityParams } from '../rules/density';
import type { Reason } from '../rules/derive';
import type { FireStatus, RoomStatus } from '../schemas/property';
import { capacityProblem, countFromSizes, type HouseholdCount } from './household';

/**
 * Matching (product.md workflow 4), pure: which rooms fit a household, ranked,
 * each with the reasons it fits; and the near misses, rooms that fail exactly
 * one requirement, each naming it. db/matching.ts preselects the candidates
 * with indexed SQL; this function decides. It re-checks everything the SQL
 * filtered, so a wrong preselection can cost speed but never offer a room of a
 * non-compliant property or one the household does not fit in.
 */
export interface MatchRequest {
  adults: number;
  /** Children under 12 (not counted by DEN-1). */
  children: number;
  cooking: boolean;
  /** Monthly rent the household can pay; null: no limit. */
  budget: number | null;
  moveInOn: string;
  preferredCommunity: string | null;
  preferredGrid: string | null;
  lowFloor: boolean;
  /** A wish, not a need: it ranks, it never excludes. */
  privateBathroom: boolean;
  ebikeParking: boolean;
}

/** "Low floor" at the desk: the 1st or 2nd floor, reachable without a long climb or escape gear (ESC-4 starts at 3). */
export const LOW_FLOOR_MAX = 2;

export interface Candidate {
  roomId: string;
  propertyId: string;
  label: string;
  floor: number;
  areaM2: number;
  hasKitchen: boolean;
  privateBathroom: boolean;
  rentMonthly: number;
  cookingPermitted: boolean;
  /** Item codes of the open cooking hazards on this room (GAS-2, GAS-3), when cooking is not permitted. */
  cookingHazards: readonly string[];
  fireStatus: FireStatus;
  propertyStatus: 'active' | 'closed';
  roomStatus: RoomStatus;
  /** The first day the property's pass is no longer valid (its cached `fire_status_until`); null when unknown. */
  passEndsOn: string | null;
  communityCode: string | null;
  grid: string | null;
  ebikeParking: boolean;
}

export const REQUIREMENTS = ['capacity', 'cooking', 'budget', 'lowFloor', 'ebike', 'validity'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface Outcome {
  candidate: Candidate;
  score: number;
  /** Why it fits (for a match) or what it still offers (for a near miss). */
  fits: Reason[];
  /** The one requirement a near miss fails. */
  failed?: { requirement: Requirement; reason: Reason };
}

export interface MatchResult {
  household: HouseholdCount;
  matches: Outcome[];
  nearMisses: Outcome[];
  totalMatches: number;
  totalNearMisses: number;
}

export interface MatchOptions {
  limit: number;
  /** Near misses shown per failed requirement, so each kind of alternative is seen. */
  nearMissesPerRequirement: number;
}

/** A room may be offered at all: compliant property, open, room vacant (fire-checklist.md). */
export function offerable(c: Candidate): boolean {
  return c.fireStatus === 'compliant' && c.propertyStatus === 'active' && c.roomStatus === 'vacant';
}

/** Each requirement the candidate fails, with its reason; [] when it fits. */
export function failures(req: MatchRequest, c: Candidate, params: DensityParams): { requirement: Requirement; reason: Reason }[] {
  const out: { requirement: Requirement; reason: Reason }[] = [];
  const household = countFromSizes(req.adults, req.children);
  const cap = capacityProblem(c.areaM2, household, params);
  if (cap?.rule === 'DEN-1') {
    out.push({
      requirement: 'capacity',
      reason: { key: 'match.miss.den1', params: { persons: cap.persons, area: cap.areaM2, max: cap.max, perPerson: cap.perPerson } },
    });
  } else if (cap?.rule === 'DEN-2') {
    out.push({ requirement: 'capacity', reason: { key: 'match.miss.den2', params: { persons: cap.persons, cap: cap.cap } } });
  }
  if (req.cooking && !c.cookingPermitted) {
    const reason: Reason = !c.hasKitchen
      ? { key: 'match.miss.noKitchen' }
      : c.cookingHazards.length
        ? { key: 'match.miss.cookingHazard', params: { code: c.cookingHazards.join('、') } }
        : { key: 'match.miss.cookingNotPermitted' };
    out.push({ requirement: 'cooking', reason });
  }
  if (req.budget !== null && c.rentMonthly > req.budget) {
    out.push({
      requirement: 'budget',
      reason: { key: 'match.miss.budget', params: { over: c.rentMonthly - req.budget, rent: c.rentMonthly } },
    });
  }
  if (req.lowFloor && c.floor > LOW_FLOOR_MAX) {
    out.push({ requirement: 'lowFloor', reason: { key: 'match.miss.lowFloor', params: { floor: c.floor, max: LOW_FLOOR_MAX } } });
  }
  if (req.ebikeParking && !c.ebikeParking) out.push({ requirement: 'ebike', reason: { key: 'match.miss.ebike' } });
  if (c.passEndsOn !== null && c.passEndsOn <= req.moveInOn) {
    out.push({ requirement: 'validity', reason: { key: 'match.miss.validity', params: { validUntil: addDays(c.passEndsOn, -1) } } });
  }
  return out;
}

/**
 * The ranking: the preferred community, then the grid, come first (a tier);
 * within a tier the capacity that fits the household best (least spare), rent
 * well within the budget, area per person, and a private bathroom when wished.
 * The weights are data because db/matching.ts ranks its preselection in SQL by
 * this same formula (a test holds the two equal); this function stays the judge.
 */
export const RANK = { tier: 100, fit: 3, rent: 2, area: 1, bath: 1, areaCapM2: 15, rentScale: 3000 } as const;

export function score(req: MatchRequest, c: Candidate, params: DensityParams): number {
  const tier =
    (req.preferredCommunity !== null && c.communityCode === req.preferredCommunity ? 1 : 0) +
    (req.preferredGrid !== null && c.grid === req.preferredGrid ? 1 : 0);
  const byArea = Math.trunc(Math.round(c.areaM2 * 10) / Math.round(params.areaPerPersonM2 * 10));
  const spare = Math.max(0, Math.min(byArea, params.personsPerRoom) - req.adults);
  const fit = 1 / (1 + spare);
  const rent = req.budget
    ? Math.max(0, (req.budget - c.rentMonthly) / req.budget)
    : 1 - Math.min(c.rentMonthly, RANK.rentScale) / RANK.rentScale;
  const areaPerPerson = Math.min(c.areaM2 / Math.max(1, req.adults + req.children), RANK.areaCapM2) / RANK.areaCapM2;
  const bath = req.privateBathroom && c.privateBathroom ? 1 : 0;
  return tier * RANK.tier + fit * RANK.fit + rent * RANK.rent + areaPerPerson * RANK.area + bath * RANK.bath;
}

function fitReasons(req: MatchRequest, c: Candidate, params: DensityParams): Reason[] {
  const persons = req.adults + req.children;
  const out: Reason[] = [];
  if (req.preferredCommunity && c.communityCode === req.preferredCommunity) out.push({ key: 'match.fit.community' });
  if (req.preferredGrid && c.grid === req.preferredGrid) out.push({ key: 'match.fit.grid', params: { grid: c.grid } });
  const byArea = Math.floor(Math.round(c.areaM2 * 10) / Math.round(params.areaPerPersonM2 * 10));
  out.push({ key: 'match.fit.capacity', params: { max: Math.min(byArea, params.personsPerRoom), counted: req.adults, persons } });
  if (c.cookingPermitted) out.push({ key: req.cooking ? 'match.fit.cooking' : 'match.fit.cookingAlso' });
  if (req.budget !== null) out.push({ key: 'match.fit.budget', params: { rent: c.rentMonthly, left: req.budget - c.rentMonthly } });
  out.push({ key: 'match.fit.area', params: { perPerson: Math.round((c.areaM2 / Math.max(1, persons)) * 10) / 10 } });
  if (req.lowFloor) out.push({ key: 'match.fit.floor', params: { floor: c.floor } });
  if (req.ebikeParking) out.push({ key: 'match.fit.ebike' });
  if (req.privateBathroom && c.privateBathroom) out.push({ key: 'match.fit.bathroom' });
  return out;
}

/** How far a near miss is from fitting: a room 50 yuan over budget is nearer than one 500 over. */
function distance(c: Candidate, failed: Requirement, req: MatchRequest, params: DensityParams): number {
  if (failed === 'budget') return c.rentMonthly - (req.budget ?? 0);
  if (failed === 'capacity') return req.adults - Math.floor(Math.round(c.areaM2 * 10) / Math.round(params.areaPerPersonM2 * 10));
  if (failed === 'lowFloor') return c.floor;
  return 0;
}

const byRank = (a: Outcome, b: Outcome) =>
  b.score - a.score || a.candidate.rentMonthly - b.candidate.rentMonthly || (a.candidate.roomId < b.candidate.roomId ? -1 : 1);

export function matchRooms(req: MatchRequest, candidates: readonly Candidate[], params: DensityParams, opts: MatchOptions): MatchResult {
  const matches: Outcome[] = [];
  const near = new Map<Requirement, { o: Outcome; d: number }[]>();
  let totalNearMisses = 0;
  for (const c of candidates) {
    if (!offerable(c)) continue;
    const failed = failures(req, c, params);
    if (failed.length > 1) continue;
    const o: Outcome = { candidate: c, score: score(req, c, params), fits: fitReasons(req, c, params) };
    if (failed.length === 0) {
      matches.push(o);
      continue;
    }
    const f = failed[0]!;
    o.failed = f;
    // What the near miss still offers, minus the reason that no longer holds.
    o.fits = o.fits.filter((r) => !reasonOf(f.requirement).includes(r.key));
    totalNearMisses++;
    const list = near.get(f.requirement) ?? [];
    list.push({ o, d: distance(c, f.requirement, req, params) });
    near.set(f.requirement, list);
  }
  matches.sort(byRank);
  const nearMisses: Outcome[] = [];
  for (const r of REQUIREMENTS) {
    const list = near.get(r);
    if (!list) continue;
    list.sort((a, b) => a.d - b.d || byRank(a.o, b.o));
    nearMisses.push(...list.slice(0, opts.nearMissesPerRequirement).map((x) => x.o));
  }
  return {
    household: countFromSizes(req.adults, req.children),
    matches: matches.slice(0, opts.limit),
    nearMisses,
    totalMatches: matches.length,
    totalNearMisses,
  };
}

function reasonOf(r: Requirement): string[] {
  switch (r) {
    case 'capacity':
      return ['match.fit.capacity'];
    case 'budget':
      return ['match.fit.budget'];
    case 'lowFloor':
      return ['match.fit.floor'];
    case 'ebike':
      return ['match.fit.ebike'];
    default:
      return [];
  }
}
