import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { refreshPlannerStats } from '../../db/open';
import { dispatch } from '../../electron/handlers/dispatch';
import { silentLogger } from '../../electron/log';
import { openServices } from '../../electron/services';
import { seedRegister } from '../support/seed';
import { benchRooms } from './rooms';
import { benchCertificatePdf } from './certificates';
import { benchFireStatus } from './fire-status';
import { seedInspections } from '../support/seed-inspections';
import { benchWritePath } from './write-path';
import { benchSearch } from './search';
import { benchImport } from './import';
import { chinaDate } from '../../core/dates';
import { bringToLife } from '../support/occupancy';
import { benchMatching } from './matching';
import { benchRackPaint } from './rack-paint';
import { benchPlatform } from './platform';
import { benchSync } from './sync';

/**
 * `npm run bench [-- --rooms 100000]`: builds a realistic register of the
 * given size in a temp folder, then prints one JSON line per benchmark with
 * our figure beside its reference from the same run.
 */
const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '100000' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});
const rooms = Number(values.rooms);
const only = values.only?.split(',');
const wanted = (name: string) => !only || only.includes(name);

// Benchmarks with their own data, run before (and, when only they are asked for, instead of) seeding a desk.
const STANDALONE = ['platform', 'sync'];
if (wanted('platform')) await benchPlatform(values['database-url'] ?? process.env.DATABASE_URL);
if (wanted('sync')) await benchSync(rooms);
if (only && only.every((n) => STANDALONE.includes(n))) process.exit(0);

const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
const services = openServices({ dataDir: dir, log: silentLogger });
let token: string | null = null;
const call = async (name: string, input: unknown) => {
  const r = await dispatch(services, name, input, { lang: 'zh', session: { token: () => token, set: (t) => (token = t) } });
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.output;
};

try {
  await call('setup.initialize', {
    desk: { name: '基准测试服务台', regionCode: '331004006' },
    admin: { username: 'bench', displayName: '基准', password: 'bench-password' },
  });
  await call('session.login', { username: 'bench', password: 'bench-password' });

  const t0 = Date.now();
  const seeded = seedRegister(services.register, { rooms });
  // As after an import: bulk work refreshes the planner's statistics.
  refreshPlannerStats(services.sqlite);
  console.error(
    `seeded ${seeded.rooms} rooms, ${seeded.properties} properties, ${seeded.landlords} landlords in ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  if (wanted('rooms') || wanted('board')) await benchRooms(services.register, call);
  if (wanted('write')) benchWritePath(services.register, dir);
  // Its own host and Chromium on a fresh desk: the register seeded above plays no part.
  if (wanted('certificates')) await benchCertificatePdf();
  // Matching and the rack need a register with life in it: compliant properties, tenants (support/occupancy.ts).
  if (wanted('match') || wanted('rack')) {
    const t1 = Date.now();
    const life = bringToLife(services.register, { today: chinaDate(Date.now()), at: Date.now() });
    refreshPlannerStats(services.sqlite);
    console.error(
      `brought to life: ${life.compliant} compliant, ${life.rectifying} rectifying properties, ${life.occupied} rooms occupied ` +
        `in ${((Date.now() - t1) / 1000).toFixed(1)} s`,
    );
  }
  if (wanted('match')) await benchMatching(services.register, call);
  // Needs the built host: `npm run build` first (DESK_DIST picks the build folder).
  if (wanted('rack')) await benchRackPaint(dir, { username: 'bench', password: 'bench-password' });
  if (wanted('search')) await benchSearch(services.register, call);
  if (wanted('fire')) {
    const today = chinaDate(Date.now());
    if (!wanted('match') && !wanted('rack')) {
      const t2 = Date.now();
      const h = seedInspections(services.register, { today, at: Date.now() });
      console.error(`inspection history for ${h.inspected} properties in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
    }
    benchFireStatus(services.register, today, seeded.rooms);
  }
  // Last: it adds 10k rooms to the register.
  if (wanted('import')) await benchImport(call);
} finally {
  services.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
