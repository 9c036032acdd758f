import type Database from 'better-sqlite3';
import { residentId } from '../support/people';
import { startCity } from '../support/city';
import { DeskHost } from './desk-host';
import { checkInvariants, type Acknowledged, type CaseResult } from './invariants';
import { startFaultProxy } from './proxy';
import { clerkAction, settle, shutDown } from './schedule';
import { Random } from './random';

/**
 * Case 1 of docs/sync.md at exact steps rather than random moments: a desk is
 * started with DESK_KILL_AT (electron/kill-point.ts) and dies by SIGKILL the
 * first time it gets there, or, for the step between the platform's commit and
 * its reply, the fault proxy holds the reply and the harness kills the desk.
 * At each step the dead desk's file is read as it was left, what must (and
 * must not) be there is checked, then the desk starts again on the same
 * folder, everything settles and the invariants are checked once for all.
 */

const REGION = '331004006059';
type Step = 'write.open' | 'write.committed' | 'platform.committed' | 'push.replied' | 'pull.applied';
export const STEPS: readonly Step[] = ['write.open', 'write.committed', 'platform.committed', 'push.replied', 'pull.applied'];

interface DeskState {
  lastSeq: number;
  ackedSeq: number;
  pullCursor: number;
  landlords: number;
  properties: number;
}

const stateOf = (db: Database.Database): DeskState => ({
  ...(db.prepare('SELECT last_seq AS lastSeq, acked_seq AS ackedSeq, pull_cursor AS pullCursor FROM sync_state').get() as {
    lastSeq: number;
    ackedSeq: number;
    pullCursor: number;
  }),
  landlords: (db.prepare('SELECT count(*) AS n FROM landlords').get() as { n: number }).n,
  properties: (db.prepare('SELECT count(*) AS n FROM properties').get() as { n: number }).n,
});

export async function killPointsCase(opts: { seed: number; log: (line: string) => void }): Promise<CaseResult> {
  const t0 = performance.now();
  const rng = new Random(opts.seed);
  const city = await startCity();
  const proxy = await startFaultProxy(city.url);
  const peer = new DeskHost('浮排社区服务台甲', REGION);
  const victim = new DeskHost('浮排社区服务台乙', REGION);
  const desks = [peer, victim];
  const acknowledged: Acknowledged = { properties: [], rooms: [], rents: [], closed: [] };
  const broken: string[] = [];
  let n = 700 + (opts.seed % 100);
  try {
    for (const d of desks) {
      await d.start();
      await d.setUp();
      await d.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, d.name) });
    }
    await clerkAction(rng, peer, acknowledged, ++n);
    await settle(desks, opts.log);

    for (const step of STEPS) {
      await victim.stop();
      const before = victim.read(stateOf);
      if (step === 'platform.committed') {
        await victim.start();
        proxy.setBeforeReply(async (r) => {
          if (r.path !== '/v1/push') return;
          proxy.setBeforeReply(null);
          await victim.kill9();
        });
      } else {
        await victim.start({ killAt: step });
      }
      await victim.logIn();
      if (step === 'pull.applied') {
        // The page to die in: the other desk's new house.
        await clerkAction(rng, peer, acknowledged, ++n);
        await peer.must('sync.now', {});
      } else {
        // A landlord: one change, queued with its outbox row; the clerk sees it saved unless the desk died first.
        const made = await victim.call<{ id: string }>('landlords.create', {
          name: `房东${++n}`,
          idType: 'resident_id',
          idNumber: residentId('331004', '19800101', n),
          mobile: `139${String(20000000 + n).slice(-8)}`,
        });
        const diesInCall = step === 'write.open' || step === 'write.committed';
        if (made.ok === diesInCall) {
          broken.push(`${step}: the clerk's call ${made.ok ? 'was answered' : 'failed'} (${JSON.stringify(made)})`);
        }
      }
      if (!(await victim.died(30_000))) {
        broken.push(`${step}: the desk never reached the step`);
        await victim.kill9();
      }
      const after = victim.read(stateOf);
      const oneMore = after.landlords === before.landlords + 1 && after.lastSeq === before.lastSeq + 1;
      const expect = (ok: boolean, what: string) => {
        if (!ok) broken.push(`${step}: ${what} (before ${JSON.stringify(before)}, after ${JSON.stringify(after)})`);
      };
      switch (step) {
        case 'write.open':
          expect(after.landlords === before.landlords && after.lastSeq === before.lastSeq, 'a write killed before its commit left a trace');
          break;
        case 'write.committed':
          expect(oneMore, 'the committed write or its outbox row is missing');
          expect(after.ackedSeq === before.ackedSeq, 'a change was marked sent that never left');
          break;
        case 'platform.committed':
        case 'push.replied':
          // The platform holds the change; the desk never stored its answer, so it will send it again.
          expect(oneMore, 'the landlord or its outbox row is missing');
          expect(after.ackedSeq === before.ackedSeq, 'a reply was stored that the desk never read');
          break;
        case 'pull.applied':
          // Killed inside the page's transaction: neither its rows nor its cursor.
          expect(after.pullCursor === before.pullCursor && after.properties === before.properties, 'half a page survived the kill');
          break;
      }
      opts.log(`  ${step}: killed there; ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
      await victim.start();
      await victim.logIn();
      await settle(desks, opts.log);
    }
    const findings = await checkInvariants({ city, desks, acknowledged });
    return {
      ...findings,
      broken: [...broken, ...findings.broken],
      replayed: proxy.pushRepeats(),
      killPoints: desks.reduce((k, d) => k + d.kills, 0),
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await shutDown(desks, proxy, city);
  }
}
