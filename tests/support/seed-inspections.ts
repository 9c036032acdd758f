import { addDays } from '../../core/dates';
import { refreshFireStatus } from '../../db/fire-status';
import type { Register } from '../../db/write';
import { mulberry32 } from './seed';

/**
 * Gives a seeded register an inspection history: a share of properties
 * inspected within the last year, some of them with open hazards (letting or
 * cooking, deadlines before and after today), then brings every cache up to
 * date through refreshFireStatus. Written through the write path, like a desk's day.
 */
export function seedInspections(reg: Register, opts: { today: string; share?: number; hazardShare?: number; seed?: number; at?: number }) {
  const rnd = mulberry32(opts.seed ?? 4242);
  const share = opts.share ?? 0.6;
  const hazardShare = opts.hazardShare ?? 0.25;
  const at = opts.at ?? Date.now();
  const ids = (reg.statement('SELECT id FROM properties ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  let inspected = 0;
  for (let i = 0; i < ids.length; i += 1000) {
    reg.write({ clerkId: null, action: 'bench.seedInspections', at }, (w) => {
      for (const id of ids.slice(i, i + 1000)) {
        if (rnd() < share) {
          const on = addDays(opts.today, -Math.floor(rnd() * 330));
          const withHazard = rnd() < hazardShare;
          const insp = w.insert('inspections', {
            propertyId: id,
            ruleVersion: 'ZJ-2022.1',
            inspectedOn: on,
            kind: 'first',
            result: withHazard ? 'fail' : 'pass',
          });
          if (withHazard) {
            const cooking = rnd() < 0.4;
            w.insert('hazards', {
              propertyId: id,
              inspectionId: insp.id,
              itemCode: cooking ? 'GAS-2' : 'ESC-1',
              description: cooking ? '燃气软管老化' : '楼道堆放杂物',
              severity: 'major',
              effects: cooking ? ['cooking'] : ['letting'],
              foundOn: on,
              deadline: addDays(opts.today, Math.floor(rnd() * 40) - 20),
            });
          }
          inspected++;
        }
        refreshFireStatus(w, id, opts.today);
      }
    });
  }
  return { inspected };
}
