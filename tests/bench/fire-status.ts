import { deriveAll } from '../../db/fire-status';
import type { Register } from '../../db/write';
import { report, timeMs } from './report';

/**
 * Recomputing every property's derived status (the whole register's rooms):
 * our bulk derivation against the bare SQL reads it is built on, in the same run.
 */
export function benchFireStatus(reg: Register, today: string, rooms: number): void {
  const reads = () => {
    reg
      .statement('SELECT property_id AS p, id, area_m2 AS areaM2, has_kitchen AS k, status FROM rooms ORDER BY property_id, floor, label')
      .all();
    reg.statement('SELECT property_id AS p, id, inspected_on AS inspectedOn, kind FROM inspections').all();
    reg
      .statement(
        'SELECT property_id AS p, id, item_code AS itemCode, room_id AS roomId, effects, ' +
          "deadline, status FROM hazards WHERE status = 'open' ORDER BY property_id, deadline, id",
      )
      .all();
    reg.statement('SELECT id, status FROM properties').all();
  };
  reads();
  deriveAll(reg, today);
  const ours: number[] = [];
  const ref: number[] = [];
  for (let i = 0; i < 5; i++) {
    ref.push(timeMs(reads));
    ours.push(timeMs(() => deriveAll(reg, today)));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  report({
    name: 'fire_status_recompute_all',
    ours: median(ours),
    reference: median(ref),
    ratio: median(ours) / median(ref),
    unit: `ms for ${rooms} rooms`,
    referenceIs: 'the bare SQL reads the derivation starts from (rooms, inspections, open hazards, properties)',
    target: 'runs (no target set); recorded',
  });
}
