import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityClosure, decideChange, type ChangeFacts, type PlatformRow } from './decide';
import type { DeskChange } from './protocol';

const DESK = 'DESK0000000000000000000001';
const change = (over: Partial<DeskChange>): DeskChange => ({
  seq: 1,
  changeId: 'C000000000000000000000000A',
  deskId: DESK,
  clerk: { id: 'k', name: '李' },
  schemaVersion: 6,
  entity: 'rooms',
  entityId: 'R1',
  intent: 'update',
  fields: {},
  baseVersion: 1,
  at: 0,
  ...over,
});
const OTHER = 'DESK0000000000000000000002';
const row = (
  fields: Record<string, unknown>,
  version = 1,
  fieldVersions: Record<string, number> = {},
  fieldDesks: Record<string, string | null> = {},
  deskId: string = DESK,
): PlatformRow => ({
  version,
  fields,
  fieldVersions: Object.fromEntries(Object.keys(fields).map((f) => [f, fieldVersions[f] ?? 1])),
  fieldDesks: Object.fromEntries(Object.keys(fields).map((f) => [f, f in fieldDesks ? fieldDesks[f]! : OTHER])),
  deskId,
});
const facts = (over: Partial<ChangeFacts> = {}): ChangeFacts => ({
  desk: { id: DESK, regionCode: '331004006' },
  row: null,
  property: { id: 'P1', regionCode: '331004006056', status: 'active' },
  missingReference: null,
  sameIdentity: null,
  serialTaken: false,
  ...over,
});
const room = {
  propertyId: 'P1',
  label: '101',
  floor: 1,
  areaM2: 14,
  hasKitchen: true,
  privateBathroom: false,
  windowBars: false,
  rentMonthly: 800,
  maxOccupants: 2,
  status: 'vacant',
};
const code = (d: ReturnType<typeof decideChange>) => (d.outcome === 'rejected' ? d.reason.code : d.outcome);

describe('the platform’s decision on a change', () => {
  it.each([
    ['an unknown entity', change({ entity: 'spaceships' }), facts(), 'unknownEntity'],
    ['an unknown field', change({ fields: { colour: 'red' } }), facts({ row: row(room) }), 'badFields'],
    ['a field of the wrong type', change({ fields: { rentMonthly: 'cheap' } }), facts({ row: row(room) }), 'badFields'],
    [
      'a room of a property outside the region',
      change({ fields: { rentMonthly: 900 } }),
      facts({ row: row(room), property: { id: 'P1', regionCode: '331004001001', status: 'active' } }),
      'outsideRegion',
    ],
    ['a room of a property the platform lacks', change({ intent: 'create', fields: room }), facts({ property: null }), 'unknownReference'],
    [
      'a new room in a closed property',
      change({ intent: 'create', fields: room }),
      facts({ property: { id: 'P1', regionCode: '331004006056', status: 'closed' } }),
      'propertyClosed',
    ],
    ['an update of a row the platform lacks', change({ fields: { rentMonthly: 900 } }), facts(), 'unknownRow'],
    ['a second create of one id', change({ intent: 'create', fields: room }), facts({ row: row(room) }), 'exists'],
    [
      'a rent moved on since the base',
      change({ fields: { rentMonthly: 850 } }),
      facts({ row: row({ ...room, rentMonthly: 900 }, 2, { rentMonthly: 2 }) }),
      'conflict',
    ],
    [
      'the same rent as the platform moved to',
      change({ fields: { rentMonthly: 900 } }),
      facts({ row: row({ ...room, rentMonthly: 900 }, 2, { rentMonthly: 2 }) }),
      'applied',
    ],
    [
      'a rent this same desk moved since the base (its earlier edit, not yet answered)',
      change({ fields: { rentMonthly: 850 } }),
      facts({ row: row({ ...room, rentMonthly: 900 }, 2, { rentMonthly: 2 }, { rentMonthly: DESK }) }),
      'applied',
    ],
    [
      'a rent the city moved since the base',
      change({ fields: { rentMonthly: 850 } }),
      facts({ row: row({ ...room, rentMonthly: 900 }, 2, { rentMonthly: 2 }, { rentMonthly: null }) }),
      'conflict',
    ],
    [
      "a check-out of another desk's tenancy in the region",
      change({ entity: 'tenancies', fields: { status: 'ended', checkedOutOn: '2026-12-01' } }),
      facts({ row: row({ status: 'active', checkedOutOn: null }, 1, {}, {}, OTHER) }),
      'applied',
    ],
    [
      "a rewrite of another desk's tenancy",
      change({ entity: 'tenancies', fields: { adults: 3 } }),
      facts({ row: row({ status: 'active', adults: 2 }, 1, {}, {}, OTHER) }),
      'notOwner',
    ],
    [
      "a void of another desk's certificate",
      change({ entity: 'certificates', fields: { status: 'void', voidReason: 'auto:closed', voidedAt: 5 } }),
      facts({ row: row({ status: 'valid', voidReason: null, voidedAt: null }, 1, {}, {}, OTHER) }),
      'applied',
    ],
    [
      'a field nobody else moved',
      change({ fields: { label: '102' } }),
      facts({ row: row({ ...room, rentMonthly: 900 }, 2, { rentMonthly: 2 }) }),
      'applied',
    ],
  ] as const)('%s: %s', (_what, c, f, want) => {
    expect(code(decideChange(c, f))).toBe(want);
  });

  it('maps a landlord the city knows, and refuses a serial another desk used', () => {
    const landlord = { kind: 'person', name: '陈', idType: 'resident_id', idNumber: 'X', mobile: '1', letterSigned: false };
    expect(
      decideChange(change({ entity: 'landlords', intent: 'create', fields: landlord }), facts({ sameIdentity: { id: 'L0' } })),
    ).toEqual({ outcome: 'mapped', to: 'L0' });
    const cert = {
      serial: 'S',
      propertyId: 'P1',
      inspectionId: 'I',
      ruleVersion: 'v',
      inspectedOn: 'd',
      issuedOn: 'd',
      validUntil: 'd',
      deskId: DESK,
      clerkId: 'k',
      rooms: [],
      payload: 'p',
      prints: 0,
      status: 'valid',
    };
    expect(code(decideChange(change({ entity: 'certificates', intent: 'create', fields: cert }), facts({ serialTaken: true })))).toBe(
      'serialTaken',
    );
  });

  it('keeps the city’s closure: a desk may record one, never lift it or edit the property meanwhile', () => {
    const closed = { id: 'P1', regionCode: '331004006056', status: 'closed' as const };
    const p = change({ entity: 'properties', entityId: 'P1' });
    const f = facts({ row: row({ regionCode: '331004006056', status: 'closed', floors: 3 }), property: closed });
    expect(code(decideChange({ ...p, fields: { status: 'active', closedReason: null } }, f))).toBe('cityAuthority');
    expect(code(decideChange({ ...p, fields: { floors: 4 } }, f))).toBe('propertyClosed');
    // An inspection, a household moving out and a certificate voided still go through.
    expect(
      code(
        decideChange(
          change({ entity: 'tenancies', fields: { status: 'ended', checkedOutOn: '2026-12-01' } }),
          facts({ row: row({ status: 'active' }), property: closed }),
        ),
      ),
    ).toBe('applied');
    expect(
      cityClosure(row({ status: 'closed', closedReason: 'r' }), { close: true, reason: 'r', authority: 'a', on: 'd' })?.changed,
    ).toEqual({ closedAuthority: 'a', closedOn: 'd' });
    expect(cityClosure(row({ status: 'active', closedReason: null, closedAuthority: null, closedOn: null }), { close: false })).toBeNull();
  });

  it('law: an applied update changes exactly the fields whose value differs, and bumps the version once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 2000 }), fc.integer({ min: 100, max: 2000 }), fc.boolean(), (was, now, kitchen) => {
        const current = row({ ...room, rentMonthly: was }, 3);
        const d = decideChange(change({ fields: { rentMonthly: now, hasKitchen: kitchen }, baseVersion: 3 }), facts({ row: current }));
        expect(d.outcome).toBe('applied');
        if (d.outcome !== 'applied') return;
        const expected = Object.fromEntries(
          Object.entries({ rentMonthly: now, hasKitchen: kitchen }).filter(([k, v]) => current.fields[k] !== v),
        );
        expect(d.changed).toEqual(expected);
        expect(d.version).toBe(Object.keys(expected).length ? 4 : 3);
        for (const f of Object.keys(expected)) {
          expect(d.fieldVersions[f]).toBe(4);
          expect(d.fieldDesks[f]).toBe(DESK);
        }
      }),
    );
  });
});
