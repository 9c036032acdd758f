/**
 * DEN-1 / DEN-2 of fire-checklist.md: a room holds at most
 * floor(area / area-per-person) people and never more than the per-room cap.
 * Children under 12 are not counted against the area (DEN-1); the caller
 * passes only the persons who count.
 */
export interface DensityParams {
  areaPerPersonM2: number;
  personsPerRoom: number;
}

export const DEFAULT_DENSITY: DensityParams = { areaPerPersonM2: 6, personsPerRoom: 2 };

export function maxOccupants(areaM2: number, p: DensityParams = DEFAULT_DENSITY): number {
  // Areas are stored to one decimal; round before dividing so 12.0 / 6 is exactly 2.
  const byArea = Math.floor(Math.round(areaM2 * 10) / Math.round(p.areaPerPersonM2 * 10));
  return Math.max(0, Math.min(byArea, p.personsPerRoom));
}
