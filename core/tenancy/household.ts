import { maxOccupants, type DensityParams } from '../rules/density';

/**
 * Who counts against a room's limits (fire-checklist.md):
 * - DEN-1 (area per person) does not count children under 12;
 * - DEN-2 (persons per room) does not count legal dependants. We read these as
 *   minors under 18 living with their guardian in the same tenancy: the clerk
 *   cannot judge other dependencies at the desk, and counting them is the safe side.
 * A person whose birth date is unknown (a passport without one) counts as an adult.
 */
export const CHILD_AGE = 12;
export const ADULT_AGE = 18;

export interface HouseholdCount {
  /** Everyone who will live in the room. */
  persons: number;
  /** Persons counted by DEN-1 (12 and over). */
  areaCounted: number;
  /** Persons counted by DEN-2 (18 and over). */
  roomCounted: number;
  /** Children under 12 (stored as the tenancy's `children`). */
  children: number;
}

/** Full years from `birthDate` to `on`, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function countHousehold(birthDates: readonly (string | null)[], on: string): HouseholdCount {
  let areaCounted = 0;
  let roomCounted = 0;
  for (const b of birthDates) {
    const age = b === null ? Infinity : ageOn(b, on);
    if (age >= CHILD_AGE) areaCounted++;
    if (age >= ADULT_AGE) roomCounted++;
  }
  return { persons: birthDates.length, areaCounted, roomCounted, children: birthDates.length - areaCounted };
}

/**
 * What a tenant says at the desk: adults and children under 12. Anyone 12 and
 * over is an "adult" here and counts against both rules, so a room matched for
 * these sizes always passes the exact count made from birth dates at check-in.
 */
export function countFromSizes(adults: number, children: number): HouseholdCount {
  return { persons: adults + children, areaCounted: adults, roomCounted: adults, children };
}

export type CapacityProblem =
  | { rule: 'DEN-1'; persons: number; counted: number; areaM2: number; max: number; perPerson: number }
  | { rule: 'DEN-2'; persons: number; counted: number; cap: number };

/** Why this household may not live in a room of this area, or null when it may. DEN-1 is told first. */
export function capacityProblem(areaM2: number, count: HouseholdCount, params: DensityParams): CapacityProblem | null {
  const byArea = maxOccupants(areaM2, { areaPerPersonM2: params.areaPerPersonM2, personsPerRoom: Number.MAX_SAFE_INTEGER });
  if (count.areaCounted > byArea) {
    return { rule: 'DEN-1', persons: count.persons, counted: count.areaCounted, areaM2, max: byArea, perPerson: params.areaPerPersonM2 };
  }
  if (count.roomCounted > params.personsPerRoom) {
    return { rule: 'DEN-2', persons: count.persons, counted: count.roomCounted, cap: params.personsPerRoom };
  }
  return null;
}
