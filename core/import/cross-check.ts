import { BUILDING_TYPE_LABELS } from './labels';
import type { PlannedRow, RowProblem } from './plan-row';

export type RowStatus = 'new' | 'duplicate' | 'error';

export interface CheckedRow extends PlannedRow {
  status: RowStatus;
}

export function statusOf(problems: readonly RowProblem[], duplicate: boolean): RowStatus {
  if (problems.some((p) => p.severity === 'error')) return 'error';
  return duplicate ? 'duplicate' : 'new';
}

/**
 * Duplicates and contradictions inside one file. A landlord's ID or a
 * property's address may repeat (one row per room), but must then agree with
 * the first valid row that named it; the same room twice is reported and
 * imported once.
 */
export function crossCheck(rows: readonly PlannedRow[]): CheckedRow[] {
  const landlords = new Map<string, { row: number; name: string }>();
  const properties = new Map<
    string,
    { row: number; landlordKey: string; floors: number; buildingType: keyof typeof BUILDING_TYPE_LABELS }
  >();
  const rooms = new Map<string, number>();
  return rows.map((r) => {
    const problems = [...r.problems];
    if (problems.some((p) => p.severity === 'error') || !r.landlord || !r.property || !r.room) {
      return { ...r, problems, status: 'error' as const };
    }
    const lk = r.landlordKey!;
    const ak = r.addressKey!;
    const first = landlords.get(lk);
    if (first && first.name !== r.landlord.name) {
      problems.push({
        column: 'landlordName',
        key: 'import.landlordDiffersInFile',
        params: { row: first.row, name: first.name },
        severity: 'error',
      });
    }
    const place = properties.get(ak);
    if (place) {
      if (place.landlordKey !== lk) {
        problems.push({ column: 'road', key: 'import.addressOtherLandlordInFile', params: { row: place.row }, severity: 'error' });
      } else if (place.floors !== r.property.floors) {
        problems.push({
          column: 'floors',
          key: 'import.propertyDiffersInFile',
          params: { row: place.row, value: place.floors },
          severity: 'error',
        });
      } else if (place.buildingType !== r.property.buildingType) {
        problems.push({
          column: 'buildingType',
          key: 'import.propertyDiffersInFile',
          params: { row: place.row, value: BUILDING_TYPE_LABELS[place.buildingType as keyof typeof BUILDING_TYPE_LABELS] },
          severity: 'error',
        });
      }
    }
    const seen = rooms.get(r.roomKey!);
    if (seen !== undefined) {
      problems.push({ column: 'roomLabel', key: 'import.duplicateRoomInFile', params: { row: seen }, severity: 'warning' });
    }
    const status = statusOf(problems, seen !== undefined);
    if (status !== 'error') {
      if (!first) landlords.set(lk, { row: r.row, name: r.landlord.name });
      if (!place) properties.set(ak, { row: r.row, landlordKey: lk, floors: r.property.floors, buildingType: r.property.buildingType });
      if (seen === undefined) rooms.set(r.roomKey!, r.row);
    }
    return { ...r, problems, status };
  });
}
