import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../core/dates';
import { DEFAULT_RULE_SET } from '../../core/rules/default-rule-set';
import { deriveAll, deriveForProperty, refreshFireStatus } from '../../db/fire-status';
import { readyDesk } from '../support/desk';
import { findingsFor, registerProperty } from '../support/register';
import { mulberry32 } from '../support/seed';

/**
 * The fire-status columns are a cache of core's derivation. A long random walk
 * of inspections, re-inspections, closures, rule changes and days passing;
 * after every step, as soon as a clerk's call has run, every cached value must
 * equal what the derivation says for today.
 */
describe('the status cache', () => {
  let d: Awaited<ReturnType<typeof readyDesk>>;
  beforeAll(async () => {
    d = await readyDesk();
    d.clock.setNow(Date.UTC(2026, 0, 10, 2));
  });
  afterAll(() => d.close());

  it('always equals deriveFireStatus', async () => {
    const rnd = mulberry32(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const properties = [];
    for (let i = 0; i < 6; i++) {
      properties.push(
        (
          await registerProperty(d.admin, {
            floors: 1 + Math.floor(rnd() * 4),
            rooms: [
              { label: 'A', floor: 1, areaM2: 6 + Math.round(rnd() * 200) / 10, hasKitchen: rnd() < 0.5 },
              { label: 'B', floor: 1, areaM2: 6 + Math.round(rnd() * 200) / 10, hasKitchen: rnd() < 0.5 },
            ],
          })
        ).property,
      );
    }
    const codes = ['ESC-1', 'EQP-1', 'GAS-2', 'ELE-3', 'EBK-1'];
    let ruleVersions = 0;
    const seen = new Set<string>();

    for (let step = 0; step < 120; step++) {
      const p = pick(properties);
      const today = chinaDate(d.clock.now());
      const op = rnd();
      if (op < 0.35) {
        const checklist = await d.admin.call('inspections.checklist', { propertyId: p.id });
        const fails = Object.fromEntries(
          codes
            .filter((c) => checklist.items.some((i) => i.code === c) && rnd() < 0.25)
            .map((c) => [c, rnd() < 0.3 ? { roomId: pick(p.rooms).id } : {}]),
        );
        await d.admin.call('inspections.record', {
          propertyId: p.id,
          inspectedOn: today,
          kind: pick(['first', 'routine'] as const),
          findings: await findingsFor(d.admin, p.id, fails),
        });
      } else if (op < 0.55) {
        const open = (await d.admin.call('hazards.list', { propertyId: p.id, state: 'open' })).hazards;
        if (open.length) {
          await d.admin.call('inspections.record', {
            propertyId: p.id,
            inspectedOn: today,
            kind: 'reinspection',
            findings: [],
            hazardChecks: open.map((h) => ({ hazardId: h.id, rectified: rnd() < 0.6 })),
          });
        }
      } else if (op < 0.62) {
        // A closure or reopening as the property handlers record it: the fact, then the derived caches.
        d.services.register.write({ clerkId: null, action: 'test.closure', at: d.clock.now() }, (w) => {
          const closed = w.reg.get('properties', p.id)!.status === 'closed';
          w.update('properties', p.id, closed ? { status: 'active' } : { status: 'closed', closedReason: '测试', closedOn: today });
          refreshFireStatus(w, p.id, today);
        });
      } else if (op < 0.65 && ruleVersions < 3) {
        ruleVersions++;
        await d.admin.call('rules.load', {
          json: JSON.stringify({
            ...DEFAULT_RULE_SET,
            version: `T-${ruleVersions}`,
            effectiveFrom: today,
            parameters: { ...DEFAULT_RULE_SET.parameters, areaPerPersonM2: pick([5, 6, 8]), validityMonths: pick([3, 6, 12]) },
          }),
        });
      } else {
        await d.advanceDays(1 + Math.floor(rnd() * 40));
      }

      // Housekeeping brings the caches to today when the clock moves; then they must match the derivation.
      d.services.housekeeping.run();
      const now = chinaDate(d.clock.now());
      const bulk = deriveAll(d.services.register, now);
      for (const q of properties) {
        const derived = deriveForProperty(d.services.register, q.id, now)!;
        // The bulk derivation (used when the rule set changes) says the same as the per-property one.
        const { ruleVersion: _v, ...single } = derived;
        expect(bulk.get(q.id)).toEqual(single);
        const cached = d.services.sqlite.prepare('SELECT fire_status FROM properties WHERE id = ?').get(q.id) as { fire_status: string };
        expect(cached.fire_status, `step ${step}, property ${q.id}`).toBe(derived.status);
        seen.add(derived.status);
        const rooms = d.services.sqlite
          .prepare('SELECT id, max_occupants, cooking_permitted FROM rooms WHERE property_id = ? ORDER BY floor, label')
          .all(q.id) as { id: string; max_occupants: number; cooking_permitted: number }[];
        expect(rooms.map((r) => [r.max_occupants, r.cooking_permitted === 1])).toEqual(
          derived.rooms.map((r) => [r.maxOccupants, r.cookingPermitted]),
        );
      }
    }
    // The walk is only worth something if it went through every status.
    expect([...seen].sort()).toEqual(['closed', 'compliant', 'expired', 'overdue', 'rectifying', 'uninspected']);
  }, 120_000);
});
