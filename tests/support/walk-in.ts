import { creditCodeCheckCharacter } from '../../core/validation/credit-code';
import type { ProcedureInput } from '../../core/api/contract';
import type { Caller } from './desk';
import { residentId } from './people';

/** A valid unified social credit code for 路桥区 with the given serial (9 characters). */
export function creditCode(serial = 'MA2K12345'): string {
  const first17 = `91331004${serial}`;
  return first17 + creditCodeCheckCharacter(first17);
}

let seq = 500;

/** The walk-in flow's input as a clerk would finish it: a new landlord, one property, three rooms. */
export function walkIn(today: string, overrides: Partial<ProcedureInput<'walkIns.register'>> = {}): ProcedureInput<'walkIns.register'> {
  seq++;
  return {
    landlord: {
      name: '陈建国',
      idType: 'resident_id',
      idNumber: residentId('331004', '19700312', seq % 999),
      mobile: '13805761234',
    },
    property: {
      address: { regionCode: '331004006056', grid: '网格3', road: '浮排村东路', houseNumber: String(seq) },
      buildingType: 'self_built',
      floors: 3,
      mixedUse: false,
      ebikeArrangement: 'central_outdoor',
      usesSandwichPanels: false,
    },
    rooms: [
      { label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: true, windowBars: false, rentMonthly: 800 },
      { label: '201', floor: 2, areaM2: 10, hasKitchen: false, privateBathroom: false, windowBars: true, rentMonthly: 500 },
      { label: '301', floor: 3, areaM2: 6.5, hasKitchen: false, privateBathroom: false, windowBars: false, rentMonthly: 400 },
    ],
    letter: { signed: true, signedOn: today },
    firstInspectionOn: today,
    ...overrides,
  };
}

/** Row counts of everything a register change may touch: "nothing changed" is these, equal. */
export function registerCounts(c: { services: { sqlite: import('better-sqlite3').Database } }) {
  return c.services.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM landlords) AS landlords, (SELECT count(*) FROM properties) AS properties,
              (SELECT count(*) FROM rooms) AS rooms, (SELECT count(*) FROM scheduled_inspections) AS inspections,
              (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM sync_outbox) AS outbox,
              (SELECT group_concat(version) FROM (SELECT version FROM landlords ORDER BY id)) AS landlordVersions,
              (SELECT group_concat(version) FROM (SELECT version FROM properties ORDER BY id)) AS propertyVersions,
              (SELECT group_concat(version) FROM (SELECT version FROM rooms ORDER BY id)) AS roomVersions`,
    )
    .get() as {
    landlords: number;
    properties: number;
    rooms: number;
    inspections: number;
    audit: number;
    outbox: number;
    landlordVersions: string | null;
    propertyVersions: string | null;
    roomVersions: string | null;
  };
}

/** An account of the given role, logged in on its own workstation. */
export async function callerWithRole(
  desk: { admin: Caller; caller(): Caller },
  role: 'clerk' | 'inspector' | 'supervisor' | 'admin',
  username = role === 'admin' ? 'admin2' : role,
): Promise<Caller> {
  const password = 'role password 1';
  await desk.admin.call('clerks.create', { username, displayName: `${role}用户`, role, password });
  const c = desk.caller();
  await c.call('session.login', { username, password });
  return c;
}
