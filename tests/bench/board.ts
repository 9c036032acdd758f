import type { Register } from '../../db/write';
import { percentile, report, timeMs, timeMsAsync } from './report';

type Call = (name: string, input: unknown) => Promise<unknown>;

/**
 * rooms.board's first page as a clerk's screen asks for it (through the
 * dispatcher: session, zod in and out, the handler), against the bare SQL of
 * the same page on the same register.
 */
export async function benchBoard(reg: Register, call: Call, runs = 200): Promise<void> {
  // The reference is the page query at its best: the plan already chosen, nothing around it.
  const bare = reg.sqlite.prepare(
    `SELECT r.id, r.label, r.status, p.fire_status, p.address, (SELECT name FROM landlords l WHERE l.id = p.landlord_id)
       FROM properties p JOIN rooms r ON r.property_id = p.id
      ORDER BY p.region_code, p.id, r.label LIMIT 100`,
  );
  const count = reg.sqlite.prepare('SELECT count(*) FROM rooms');
  for (let i = 0; i < 20; i++) {
    await call('rooms.board', { offset: 0, limit: 100 });
    bare.all();
  }
  const ours: number[] = [];
  const ref: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await timeMsAsync(() => call('rooms.board', { offset: 0, limit: 100 })));
    ref.push(timeMs(() => (bare.all(), count.get())));
  }
  const p95 = percentile(ours, 95);
  const refP95 = percentile(ref, 95);
  report({
    name: 'board_first_page_p95',
    ours: p95,
    reference: refP95,
    ratio: p95 / refP95,
    unit: 'ms',
    referenceIs: 'the bare SQL of the same page plus count(*), on better-sqlite3 directly',
    target: 'ours p95 <= 20 ms',
    met: p95 <= 20,
  });

  // A filtered page: vacant rooms in one street, the clerk's usual narrowing.
  const street = (reg.sqlite.prepare('SELECT street_code AS s FROM properties LIMIT 1').get() as { s: string }).s;
  const filtered: number[] = [];
  for (let i = 0; i < runs; i++) {
    filtered.push(
      await timeMsAsync(() => call('rooms.board', { filters: { status: 'vacant', regionCode: street }, offset: 0, limit: 100 })),
    );
  }
  const fp95 = percentile(filtered, 95);
  report({
    name: 'board_filtered_page_p95',
    ours: fp95,
    reference: refP95,
    ratio: fp95 / refP95,
    unit: 'ms',
    referenceIs: 'the bare unfiltered SQL page (as above)',
    target: 'ours p95 <= 20 ms',
    met: fp95 <= 20,
  });
}
