import type { Register } from '../../db/write';
import { mulberry32 } from '../support/seed';
import { percentile, report, timeMs, timeMsAsync } from './report';

type Call = (name: string, input: unknown) => Promise<unknown>;

/**
 * The search box as clerks use it, through the dispatcher, on the seeded
 * register (100k rooms / 50k landlords): a mix of full names, given names,
 * ID numbers, mobiles, roads, addresses with a house number, room labels, and
 * an address with a room. The reference answers the same queries with a plain
 * LIKE scan of the same columns (what search is without its indexes).
 */
export async function benchSearch(reg: Register, call: Call, runs = 800): Promise<void> {
  const queries = queryMix(reg, runs);
  const like = {
    landlords: reg.sqlite.prepare(
      'SELECT id, name FROM landlords WHERE name LIKE ? OR contact_name LIKE ? OR id_number = ? OR mobile = ? LIMIT 11',
    ),
    properties: reg.sqlite.prepare('SELECT id, address FROM properties WHERE address LIKE ? LIMIT 11'),
    rooms: reg.sqlite.prepare(
      'SELECT r.id, r.label, p.address FROM rooms r JOIN properties p ON p.id ' +
        '= r.property_id WHERE r.label LIKE ? OR p.address LIKE ? LIMIT 11',
    ),
  };
  const reference = (q: string) => {
    const pattern = `%${q}%`;
    like.landlords.all(pattern, pattern, q, q);
    like.properties.all(pattern);
    like.rooms.all(pattern, pattern);
  };
  for (const q of queries.slice(0, 50)) {
    await call('search.query', { q, limit: 10 });
    reference(q);
  }
  const ours: number[] = [];
  const ref: number[] = [];
  for (const q of queries) {
    ours.push(await timeMsAsync(() => call('search.query', { q, limit: 10 })));
    ref.push(timeMs(() => reference(q)));
  }
  const p95 = percentile(ours, 95);
  const refP95 = percentile(ref, 95);
  report({
    name: 'search_p95',
    ours: p95,
    reference: refP95,
    ratio: p95 / refP95,
    unit: 'ms',
    referenceIs:
      `a plain LIKE scan of the same columns, same ${queries.length} queries (names, given names, IDs, mobiles, ` +
      `roads, addresses, labels)`,
    target: 'ours p95 <= 20 ms',
    met: p95 <= 20,
  });
}

function queryMix(reg: Register, n: number): string[] {
  const rnd = mulberry32(11);
  const landlords = reg.sqlite.prepare('SELECT name, id_number AS idNumber, mobile FROM landlords ORDER BY rowid LIMIT 2000').all() as {
    name: string;
    idNumber: string;
    mobile: string;
  }[];
  const places = reg.sqlite
    .prepare(
      'SELECT p.road, p.detail, (SELECT label FROM rooms r WHERE r.property_id ' +
        '= p.id LIMIT 1) AS label FROM properties p ORDER BY rowid LIMIT 2000',
    )
    .all() as { road: string | null; detail: string; label: string }[];
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const kinds: (() => string)[] = [
    () => pick(landlords).name, // full name, 2 or 3 characters
    () => [...pick(landlords).name].slice(-2).join(''), // given name
    () => pick(landlords).idNumber,
    () => pick(landlords).mobile,
    () => pick(places).detail, // road and number, e.g. 浮排东路12号
    () => pick(places).detail.replace(/\d+号$/, ''), // the road alone
    () => pick(places).label, // a room label
    () => {
      const p = pick(places);
      return `${p.detail} ${p.label}`; // a room at an address
    },
  ];
  return Array.from({ length: n }, (_, i) => kinds[i % kinds.length]!());
}
