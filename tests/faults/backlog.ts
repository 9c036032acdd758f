import { dispatch } from '../../electron/handlers/dispatch';
import { silentLogger } from '../../electron/log';
import { openServices } from '../../electron/services';
import { startCity } from '../support/city';
import { seedRegister } from '../support/seed';
import { DeskHost } from './desk-host';
import { checkInvariants, type Findings } from './invariants';
import { FAULTS, startFaultProxy } from './proxy';
import { Random } from './random';

/**
 * Case 7: a desk that worked offline for thirty days and queued about 50,000
 * changes (a whole community registered at the desk), enrolled at last and
 * draining its backlog through the hostile network, killed twice on the way.
 * Reports how long the drain took; the invariants hold afterwards.
 */
export interface BacklogResult extends Findings {
  queued: number;
  drainSeconds: number;
  killPoints: number;
}

const REGION = '331004006059';

export async function backlogCase(opts: { seed: number; rooms: number; log: (l: string) => void }): Promise<BacklogResult> {
  const desk = new DeskHost('浮排社区服务台（离线三十天）', REGION, 400);
  // The thirty days offline, written straight into the desk's folder through its own services.
  const services = openServices({ dataDir: desk.dataDir, log: silentLogger });
  let token: string | null = null;
  const call = async (procedure: string, input: unknown) => {
    const r = await dispatch(services, procedure, input, { lang: 'zh', session: { token: () => token, set: (t) => (token = t) } });
    if (!r.ok) throw new Error(`${procedure}: ${JSON.stringify(r.error)}`);
  };
  await call('setup.initialize', {
    desk: { name: desk.name, regionCode: REGION },
    admin: { username: 'admin', displayName: '管理员', password: 'fault-password-1' },
  });
  seedRegister(services.register, { rooms: opts.rooms, within: REGION, seed: opts.seed });
  const queued = (services.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
  services.close();

  const city = await startCity();
  const proxy = await startFaultProxy(city.url, { delayMs: 500 });
  const net = new Random(opts.seed);
  try {
    await desk.start();
    await desk.logIn();
    await desk.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, desk.name) });
    proxy.setDecide(() => (net.chance(0.8) ? 'pass' : net.pick(FAULTS.filter((f) => f !== 'pass'))));
    const t0 = performance.now();
    const acked = () => desk.read((db) => (db.prepare('SELECT acked_seq AS n FROM sync_state').get() as { n: number }).n);
    let kills = 0;
    const end = Date.now() + 15 * 60_000;
    while (acked() < queued) {
      if (Date.now() > end) throw new Error(`the backlog did not drain in 15 minutes (${acked()} of ${queued})`);
      // Killed twice while draining: at a third and at two thirds.
      if (kills < 2 && acked() > (queued * (kills + 1)) / 3) {
        await desk.kill9();
        await desk.start();
        await desk.logIn();
        kills++;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const drainSeconds = (performance.now() - t0) / 1000;
    proxy.setDecide(() => 'pass');
    await desk.must('sync.now', {});
    const findings = await checkInvariants({
      city,
      desks: [desk],
      acknowledged: { properties: [], rooms: [], rents: [], closed: [] },
    });
    opts.log(`  backlog: ${queued} changes drained in ${drainSeconds.toFixed(1)} s through the proxy, killed ${kills} times`);
    return { ...findings, replayed: proxy.pushRepeats(), queued, drainSeconds, killPoints: kills };
  } finally {
    await desk.stop().catch(() => undefined);
    desk.remove();
    await proxy.close();
    await city.close();
  }
}
