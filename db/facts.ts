import type { PropertyFacts } from '../core/rules/applicability';
import { maxOccupants } from '../core/rules/density';
import type { RuleParameters } from '../core/rules/rule-set';
import type { Register } from './write';

/** The facts a property's checklist conditions read, from the register as it is now. */
export function propertyFacts(reg: Register, propertyId: string, params: RuleParameters): PropertyFacts {
  const p = reg.statement('SELECT floors, mixed_use, uses_sandwich_panels FROM properties WHERE id = ?').get(propertyId) as {
    floors: number;
    mixed_use: number;
    uses_sandwich_panels: number;
  };
  const rooms = reg.statement('SELECT area_m2, has_kitchen, window_bars, floor FROM rooms WHERE property_id = ?').all(propertyId) as {
    area_m2: number;
    has_kitchen: number;
    window_bars: number;
    floor: number;
  }[];
  const ebikes = reg
    .statement(
      `SELECT 1 FROM tenancies t JOIN tenants p ON p.id = t.tenant_id
        WHERE t.property_id = ? AND t.status IN ('active', 'reserved') AND p.ebike_owned = 1 LIMIT 1`,
    )
    .get(propertyId);
  return {
    mixedUse: p.mixed_use === 1,
    usesSandwichPanels: p.uses_sandwich_panels === 1,
    anyWindowBars: rooms.some((r) => r.window_bars === 1),
    anyKitchen: rooms.some((r) => r.has_kitchen === 1),
    tenantsOwnEbikes: ebikes !== undefined,
    floors: p.floors,
    roomCount: rooms.length,
    // Capacity, not today's head count: the checklist should not change with who moved in this week.
    capacity: rooms.reduce((n, r) => n + maxOccupants(r.area_m2, params), 0),
    maxRoomFloor: rooms.reduce((m, r) => Math.max(m, r.floor), 0),
  };
}
