import { startCity } from '../support/city';
import { DeskHost } from './desk-host';
import { checkInvariants, type Acknowledged, type CaseResult } from './invariants';
import { startFaultProxy } from './proxy';
import { Random } from './random';
import { clerkAction, settle, shutDown } from './schedule';

/**
 * Case 5 with the PC's clock itself wrong, not only the desk's injected one:
 * one desk process runs under Debian's libfaketime a day ahead, then in 2050,
 * then back at a day behind (each restart a jump), killed between; it works
 * and syncs beside a desk on the true time, and both end equal to the platform.
 */
const REGION = '331004006059';
const CLOCKS = ['+1d', '@2050-01-01 09:00:00', '-1d'];

export async function wrongClocksCase(opts: { seed: number; log: (line: string) => void }): Promise<CaseResult> {
  const t0 = performance.now();
  const rng = new Random(opts.seed);
  const city = await startCity();
  const proxy = await startFaultProxy(city.url);
  const right = new DeskHost('浮排社区服务台甲', REGION);
  const skewed = new DeskHost('浮排社区服务台乙', REGION);
  const desks = [right, skewed];
  const acknowledged: Acknowledged = { properties: [], rooms: [], rents: [], closed: [] };
  const broken: string[] = [];
  let n = 600 + (opts.seed % 50);
  try {
    await right.start();
    await skewed.start({ faketime: CLOCKS[0] });
    for (const d of desks) {
      await d.setUp();
      await d.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, d.name) });
    }
    for (const [i, clock] of CLOCKS.entries()) {
      if (i > 0) {
        await skewed.kill9();
        await skewed.start({ faketime: clock });
        await skewed.logIn();
      }
      const login = skewed.read(
        (db) => db.prepare("SELECT at FROM audit_log WHERE action = 'session.login' ORDER BY id DESC LIMIT 1").get() as { at: number },
      );
      const stamped = new Date(login.at);
      opts.log(`  desk 乙 under faketime ${clock}: its last login stamped ${stamped.toISOString()}`);
      const off = (login.at - Date.now()) / 86_400_000;
      const moved =
        clock === '+1d' ? off > 0.9 && off < 1.1 : clock === '-1d' ? off < -0.9 && off > -1.1 : stamped.getUTCFullYear() === 2050;
      if (!moved) broken.push(`faketime ${clock} did not move the desk's clock (its login is stamped ${stamped.toISOString()})`);
      for (let a = 0; a < 4; a++) await clerkAction(rng, rng.pick(desks), acknowledged, ++n);
      await settle(desks, opts.log);
    }
    const findings = await checkInvariants({ city, desks, acknowledged });
    return {
      ...findings,
      broken: [...broken, ...findings.broken],
      replayed: proxy.pushRepeats(),
      killPoints: desks.reduce((k, d) => k + d.kills, 0),
      seconds: (performance.now() - t0) / 1000,
      note: `desk 乙 ran at ${CLOCKS.join(', then ')}`,
    };
  } finally {
    await shutDown(desks, proxy, city);
  }
}
