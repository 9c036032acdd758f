import { parseArgs } from 'node:util';
import { backlogCase } from './backlog';
import { NAMED_CASES } from './cases';
import { faultRun, type RunResult } from './schedule';

/**
 * `npm run test:faults -- --runs <n> --seed <s> [--kills <k>] [--desks <d>] [--backlog <rooms>] [--cases] [--platforms 2]`
 *
 * Runs n randomized schedules, the first from seed s and each next from s+1…,
 * prints each run's seed and what it found, then one line `N passed, N failed`
 * and the totals. With PLATFORM_TEST_DATABASE_URL set, the platform runs on
 * that PostgreSQL instead of embedded PGlite. Needs `npm run build` first (the
 * desks are the built browser host). Exit code 1 when any run broke an invariant.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    seed: { type: 'string' },
    kills: { type: 'string', default: '25' },
    desks: { type: 'string', default: '3' },
    actions: { type: 'string', default: '3' },
    // Case 7: a desk back after thirty days offline with this many rooms registered (about 1.75 changes each); 0 skips it.
    backlog: { type: 'string', default: '0' },
    // The named cases (tests/faults/cases.ts): kills at each exact step, a platform restored from a backup, a wrong PC clock…
    cases: { type: 'boolean', default: false },
    // Platform instances on one database behind the proxy (2 needs PostgreSQL).
    platforms: { type: 'string', default: '1' },
  },
});

const whole = (name: string, raw: string | undefined, min: number, max: number): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}: ${raw}`);
    process.exit(2);
  }
  return n;
};
const runs = whole('runs', values.runs, 1, 1000);
const seed = values.seed === undefined ? Math.floor(Math.random() * 1e9) : whole('seed', values.seed, 0, 2 ** 31);
const kills = whole('kills', values.kills, 0, 10_000);
const desks = whole('desks', values.desks, 1, 4);
const actions = whole('actions', values.actions, 0, 100);
const backlogRooms = whole('backlog', values.backlog, 0, 200_000);
const platforms = whole('platforms', values.platforms, 1, 2);

const database = process.env.PLATFORM_TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(
  `fault runs: ${runs} from seed ${seed}, ${desks} desks, ${kills} kills each, ` +
    `${platforms === 2 ? 'two platform instances' : 'platform'} on ${database}`,
);

type Counted = Pick<RunResult, 'killPoints' | 'pushed' | 'replayed' | 'conflicts' | 'rejections' | 'lost' | 'doubled'>;
const results: Counted[] = [];
let failed = 0;
let ran = runs;
for (let i = 0; i < runs; i++) {
  const s = seed + i;
  try {
    const r = await faultRun({ seed: s, desks, kills, actionsPerKill: actions, platforms, log: (l) => console.log(l) });
    results.push(r);
    const faults = Object.entries(r.faults)
      .filter(([f, n]) => f !== 'pass' && n > 0)
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
    console.log(
      `run ${i + 1} seed ${s}: ${r.broken.length ? 'FAILED' : 'passed'} in ${r.seconds.toFixed(0)} s — ${r.killPoints} kill points, ` +
        `${r.pushed} changes pushed, ${r.replayed} pushes repeated, ${r.conflicts} conflicts, ${r.rejections} rejections, ` +
        `${r.closures} city closures, ${r.clockSkews} clock skews, ${r.revocations} revoked and enrolled again; ` +
        `faults: ${faults || 'none'}`,
    );
    for (const b of r.broken) console.log(`  broken: ${b}`);
    if (r.broken.length) failed++;
  } catch (e) {
    failed++;
    console.log(`run ${i + 1} seed ${s}: FAILED — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

if (backlogRooms) {
  try {
    const r = await backlogCase({ seed, rooms: backlogRooms, log: (l) => console.log(l) });
    console.log(
      `backlog seed ${seed}: ${r.broken.length ? 'FAILED' : 'passed'} — ${r.queued} changes queued offline drained in ` +
        `${r.drainSeconds.toFixed(1)} s (${Math.round(r.queued / r.drainSeconds)} changes/s), ${r.killPoints} kill points, ` +
        `${r.replayed} pushes repeated, ${r.rejections} rejections`,
    );
    for (const b of r.broken) console.log(`  broken: ${b}`);
    if (r.broken.length) failed++;
  } catch (e) {
    failed++;
    console.log(`backlog seed ${seed}: FAILED — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

if (values.cases) {
  for (const [name, run] of Object.entries(NAMED_CASES)) {
    ran++;
    try {
      const r = await run({ seed, log: (l) => console.log(l) });
      results.push(r);
      console.log(
        `case ${name}: ${r.broken.length ? 'FAILED' : 'passed'} in ${r.seconds.toFixed(0)} s — ${r.killPoints} kill points, ` +
          `${r.pushed} changes pushed, ${r.replayed} pushes repeated, ${r.rejections} rejections${r.note ? `; ${r.note}` : ''}`,
      );
      for (const b of r.broken) console.log(`  broken: ${b}`);
      if (r.broken.length) failed++;
    } catch (e) {
      failed++;
      console.log(`case ${name}: FAILED — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

const sum = (k: 'killPoints' | 'pushed' | 'replayed' | 'conflicts' | 'rejections' | 'lost' | 'doubled') =>
  results.reduce((n, r) => n + r[k], 0);
console.log(`${ran + (backlogRooms ? 1 : 0) - failed} passed, ${failed} failed`);
console.log(
  `totals: ${sum('killPoints')} kill points, ${sum('pushed')} changes pushed, ${sum('replayed')} pushes repeated, ` +
    `${sum('conflicts')} conflicts, ${sum('rejections')} rejections, ${sum('lost')} lost, ${sum('doubled')} doubled`,
);
process.exit(failed ? 1 : 0);
