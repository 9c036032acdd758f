import type { Caller } from './desk';
import { residentId } from './people';

let seq = 100;

/** A landlord and a property with rooms, registered through the procedures as a clerk would. */
export async function registerProperty(
  c: Caller,
  opts: {
    floors?: number;
    rooms?: { label: string; floor: number; areaM2: number; hasKitchen: boolean; privateBathroom?: boolean; rentMonthly?: number }[];
    regionCode?: string;
    detail?: string;
  } = {},
) {
  seq++;
  const landlord = await c.call('landlords.create', {
    name: `房东${seq}`,
    idType: 'resident_id',
    idNumber: residentId('331004', '19720506', seq % 999),
    mobile: `138${String(10000000 + seq).slice(-8)}`,
  });
  const property = await c.call('properties.create', {
    landlordId: landlord.id,
    address: { regionCode: opts.regionCode ?? '331004006056', detail: opts.detail ?? `浮排村东路 ${seq} 号` },
    buildingType: 'self_built',
    floors: opts.floors ?? 3,
    mixedUse: false,
    rooms: (
      opts.rooms ?? [
        { label: '101', floor: 1, areaM2: 14, hasKitchen: true },
        { label: '102', floor: 1, areaM2: 20, hasKitchen: false },
        { label: '301', floor: 3, areaM2: 12, hasKitchen: true },
      ]
    ).map((r) => ({ privateBathroom: false, rentMonthly: 600, ...r })),
  });
  return { landlord, property };
}

/** Every applicable item of the checklist passes, except the ones given. */
export async function findingsFor(c: Caller, propertyId: string, failures: Record<string, { roomId?: string; deadline?: string }> = {}) {
  const checklist = await c.call('inspections.checklist', { propertyId });
  return checklist.items.map((i) =>
    i.code in failures
      ? { itemCode: i.code, outcome: 'fail' as const, note: `${i.code} 不合格`, severity: 'major' as const, ...failures[i.code] }
      : { itemCode: i.code, outcome: 'pass' as const },
  );
}
