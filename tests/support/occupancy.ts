import { addDays } from '../../core/dates';
import { DEFAULT_RULE_SET } from '../../core/rules/default-rule-set';
import { refreshFireStatus } from '../../db/fire-status';
import type { Register } from '../../db/write';
import { residentId } from './people';
import { mulberry32 } from './seed';

/**
 * Gives a seeded register (support/seed.ts: every property uninspected, every
 * room vacant) the life of a real one, through the write path: a share of the
 * properties inspected and passed (some with an open kitchen hazard, GAS-2 or
 * GAS-3, that stops cooking but not letting), a share rectifying an ESC-1
 * hazard, the rest uninspected; then the caches derived by refreshFireStatus,
 * exactly as inspections.record leaves them. Then a share of all rooms occupied
 * by a tenant with an active tenancy, in every kind of property, as a desk
 * inherits them. Deterministic for a seed.
 */
export interface OccupancyOptions {
  today: string;
  at: number;
  compliantShare?: number;
  rectifyingShare?: number;
  /** Of the compliant properties with kitchens: an open cooking hazard. */
  cookingHazardShare?: number;
  occupiedShare?: number;
  seed?: number;
  batch?: number;
}

const ORIGINS = ['341602', '341621', '341622', '522121', '511302', '432524', '362321', '331004', '331081', '410102'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超'.split('');

export function bringToLife(reg: Register, o: OccupancyOptions): { compliant: number; rectifying: number; occupied: number } {
  const rnd = mulberry32(o.seed ?? 7);
  const batch = o.batch ?? 2000;
  const ctx = { clerkId: null, action: 'bench.occupy', at: o.at };
  const props = reg.sqlite.prepare('SELECT id FROM properties ORDER BY id').all() as { id: string }[];
  const kitchens = reg.sqlite.prepare('SELECT id FROM rooms WHERE property_id = ? AND has_kitchen = 1 LIMIT 1');
  let compliant = 0;
  let rectifying = 0;
  for (let i = 0; i < props.length; i += batch) {
    reg.write(ctx, (w) => {
      for (const { id } of props.slice(i, i + batch)) {
        const r = rnd();
        const isCompliant = r < (o.compliantShare ?? 0.6);
        const isRectifying = !isCompliant && r < (o.compliantShare ?? 0.6) + (o.rectifyingShare ?? 0.1);
        if (!isCompliant && !isRectifying) continue;
        const inspectedOn = addDays(o.today, -Math.floor(rnd() * 300));
        const insp = w.insert('inspections', {
          propertyId: id,
          ruleVersion: DEFAULT_RULE_SET.version,
          inspectedOn,
          kind: 'first',
          result: isCompliant ? 'pass' : 'fail',
          facts: null,
        });
        const hazard = (itemCode: string, effects: string[], roomId: string | null) =>
          w.insert('hazards', {
            propertyId: id,
            inspectionId: insp.id,
            itemCode,
            roomId,
            description: `${itemCode} 不合格`,
            severity: 'major',
            effects,
            foundOn: inspectedOn,
            deadline: addDays(o.today, 10),
          });
        if (isRectifying) {
          hazard('ESC-1', ['letting'], null);
          rectifying++;
        } else {
          const kitchen = kitchens.get(id) as { id: string } | undefined;
          if (kitchen && rnd() < (o.cookingHazardShare ?? 0.15)) hazard(rnd() < 0.5 ? 'GAS-2' : 'GAS-3', ['cooking'], kitchen.id);
          compliant++;
        }
        // Four in ten have a central e-bike point (EBK-3), as campaigns have pushed.
        if (rnd() < 0.4) w.update('properties', id, { ebikeArrangement: rnd() < 0.7 ? 'central_outdoor' : 'central_indoor_isolated' });
        refreshFireStatus(w, id, o.today);
      }
    });
  }

  const rooms = reg.sqlite.prepare('SELECT id, property_id FROM rooms ORDER BY id').all() as { id: string; property_id: string }[];
  let occupied = 0;
  for (let i = 0; i < rooms.length; i += batch) {
    reg.write(ctx, (w) => {
      for (const room of rooms.slice(i, i + batch)) {
        if (rnd() >= (o.occupiedShare ?? 0.85)) continue;
        occupied++;
        const birth = addDays('1965-01-01', Math.floor(occupied / 999)).replaceAll('-', '');
        const origin = ORIGINS[Math.floor(rnd() * ORIGINS.length)]!;
        const tenant = w.insert('tenants', {
          name: SURNAMES[Math.floor(rnd() * SURNAMES.length)]! + GIVEN[Math.floor(rnd() * GIVEN.length)]!,
          idType: 'resident_id',
          idNumber: residentId(origin, birth, (occupied % 999) + 1),
          birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
          mobile: `139${String(10_000_000 + occupied).slice(-8)}`,
          originCode: origin,
          ebikeOwned: rnd() < 0.3,
        });
        w.insert('tenancies', {
          roomId: room.id,
          propertyId: room.property_id,
          tenantId: tenant.id,
          status: 'active',
          checkInOn: addDays(o.today, -Math.floor(rnd() * 400)),
          expectedEndOn: addDays(o.today, Math.floor(rnd() * 200)),
          adults: 1,
          children: 0,
        });
        w.update('rooms', room.id, { status: 'occupied' });
      }
    });
  }
  return { compliant, rectifying, occupied };
}
