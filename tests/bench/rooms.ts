import type { Register } from '../../db/write';
import { percentile, report, timeMs, timeMsAsync } from './report';

type Call = (name: string, input: unknown) => Promise<unknown>;

/** Lines (properties) per page: about a hundred rooms, a screenful of the list. */
const LINES = 25;

/**
 * The room read model's first page as a clerk's screen asks for it (through
 * the dispatcher: session, zod in and out, the handler, the region names),
 * against the bare SQL of the same page — its properties with their rooms
 * and who is in them, plus the count of lines — on the same register.
 */
export async function benchRooms(reg: Register, call: Call, runs = 200): Promise<void> {
  // The reference is the page query at its best: the plan already chosen, nothing around it.
  const bare = reg.sqlite.prepare(
    `WITH page AS (SELECT p.id, p.address, p.region_code, p.fire_status, p.landlord_id FROM properties p ORDER BY p.region_code,
       p.id LIMIT ${LINES})
     SELECT page.*, (SELECT name FROM landlords l WHERE l.id = page.landlord_id), r.id, r.label, r.status, n.name
       FROM page JOIN rooms r ON r.property_id = page.id
       LEFT JOIN tenancies t ON t.room_id = r.id AND t.status IN ('reserved', 'active') LEFT JOIN tenants n ON n.id = t.tenant_id
      ORDER BY page.region_code, page.id, r.floor, r.label`,
  );
  const count = reg.sqlite.prepare('SELECT count(*) FROM properties');
  for (let i = 0; i < 20; i++) {
    await call('rooms.page', { offset: 0, limit: LINES });
    bare.all();
  }
  const ours: number[] = [];
  const ref: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await timeMsAsync(() => call('rooms.page', { offset: 0, limit: LINES })));
    ref.push(timeMs(() => (bare.all(), count.get())));
  }
  const p95 = percentile(ours, 95);
  const refP95 = percentile(ref, 95);
  report({
    name: 'rooms_first_page_p95',
    ours: p95,
    reference: refP95,
    ratio: p95 / refP95,
    unit: 'ms',
    referenceIs:
      `the bare SQL of the same page (${LINES} properties with their rooms and occupants) plus count(*), on ` + `better-sqlite3 directly`,
    target: 'ours p95 <= 20 ms',
    met: p95 <= 20,
  });

  // A filtered page: vacant rooms in one street, the clerk's usual narrowing.
  const street = (reg.sqlite.prepare('SELECT street_code AS s FROM properties LIMIT 1').get() as { s: string }).s;
  const filtered: number[] = [];
  for (let i = 0; i < runs; i++) {
    filtered.push(
      await timeMsAsync(() => call('rooms.page', { filters: { status: 'vacant', regionCode: street }, offset: 0, limit: LINES })),
    );
  }
  const fp95 = percentile(filtered, 95);
  report({
    name: 'rooms_filtered_page_p95',
    ours: fp95,
    reference: refP95,
    ratio: fp95 / refP95,
    unit: 'ms',
    referenceIs: 'the bare unfiltered SQL page (as above)',
    target: 'ours p95 <= 20 ms',
    met: fp95 <= 20,
  });
}
