import { join } from 'node:path';
import { startCity } from '../support/city';
import { DeskHost } from './desk-host';
import { checkInvariants, type Acknowledged, type CaseResult } from './invariants';
import { FAULTS, startFaultProxy } from './proxy';
import { Random } from './random';
import { clerkAction, settle, shutDown } from './schedule';

/**
 * Case 3's second half: the city restores its platform from a backup older
 * than what the desks sent since (a new epoch). Two desks work on through a
 * hostile network; after the restore each must notice the new epoch, send
 * again what the backup lacks and pull from the start, and all must agree with
 * nothing a clerk saw saved missing anywhere.
 */
const REGION = '331004006059';

export async function restoredPlatformCase(opts: { seed: number; log: (line: string) => void }): Promise<CaseResult> {
  const t0 = performance.now();
  const rng = new Random(opts.seed);
  const net = new Random(opts.seed + 17);
  const city = await startCity();
  const proxy = await startFaultProxy(city.url, { delayMs: 500 });
  const desks = [new DeskHost('浮排社区服务台甲', REGION), new DeskHost('浮排社区服务台乙', REGION)];
  const acknowledged: Acknowledged = { properties: [], rooms: [], rents: [], closed: [] };
  let n = 900 + (opts.seed % 50);
  try {
    for (const d of desks) {
      await d.start();
      await d.setUp();
      await d.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, d.name) });
    }
    const work = async (times: number) => {
      for (let i = 0; i < times; i++) await clerkAction(rng, rng.pick(desks), acknowledged, ++n);
    };
    await work(6);
    await settle(desks, opts.log);
    const backup = join(desks[0]!.dataDir, '..', `city-backup-${process.pid}-${opts.seed}.json`);
    const saved = await city.admin('backup', backup);
    if (saved.code !== 0) throw new Error(`backup failed: ${saved.stderr}`);
    // What the backup will not hold: sent and answered before the restore.
    await work(8);
    await settle(desks, opts.log);
    proxy.setDecide(() => (net.chance(0.7) ? 'pass' : net.pick(FAULTS.filter((f) => f !== 'pass'))));
    const restored = await city.admin('restore', backup);
    if (restored.code !== 0) throw new Error(`restore failed: ${restored.stderr}`);
    opts.log(`  restored the platform from the backup: ${restored.stdout.trim().split('\n').pop()}`);
    // The desks go on working through a hostile network, then everything settles.
    await work(6);
    proxy.setDecide(() => 'pass');
    await settle(desks, opts.log);
    const epochs = desks.map((d) => d.read((db) => (db.prepare('SELECT server_epoch AS e FROM sync_state').get() as { e: string }).e));
    const findings = await checkInvariants({ city, desks, acknowledged });
    const broken = [...findings.broken];
    if (new Set(epochs).size !== 1) broken.push(`the desks hold different epochs after the restore: ${epochs.join(', ')}`);
    return {
      ...findings,
      broken,
      replayed: proxy.pushRepeats(),
      killPoints: 0,
      seconds: (performance.now() - t0) / 1000,
      note: `${acknowledged.properties.length} houses registered, the restore took back what 8 clerk actions had sent`,
    };
  } finally {
    await shutDown(desks, proxy, city);
  }
}
