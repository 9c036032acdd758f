import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../core/api/contract';
import { readyDesk } from '../support/desk';
import { walkIn } from '../support/walk-in';

/**
 * A read never opens a write transaction: what time makes due runs in
 * housekeeping, and sessions slide in memory until housekeeping writes them.
 * So a disk that refuses writes still serves reads, and reads never queue
 * behind the write lock.
 */
let d: Awaited<ReturnType<typeof readyDesk>>;
beforeEach(async () => {
  d = await readyDesk();
});
afterEach(() => d.close());

const changes = () => (d.services.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('reads', () => {
  it('write nothing, session slide included, until housekeeping writes the slides', async () => {
    const today = (await d.admin.call('session.me', {})).today;
    const { property } = await d.admin.call('walkIns.register', walkIn(today));
    const room = property.rooms[0]!;
    // The clock moves a minute: the session slides, by the old code a write on the next read.
    d.clock.setNow(d.clock.now() + 61_000);
    const before = changes();
    const reads: [ProcedureName, unknown][] = [
      ['session.me', {}],
      ['setup.status', {}],
      ['rooms.page', {}],
      ['rooms.summary', {}],
      ['rooms.detail', { id: room.id }],
      ['properties.get', { id: property.id }],
      ['properties.status', { id: property.id }],
      ['landlords.list', {}],
      ['match.rooms', { adults: 1, moveInOn: today }],
      ['tenancies.daily', {}],
      ['inspections.queue', {}],
      ['hazards.list', {}],
      ['search.query', { q: '浮排' }],
      ['certificates.list', {}],
      ['supervision.overview', {}],
    ];
    for (const [name, input] of reads) {
      const r = await d.admin.raw(name, input);
      expect(r.ok, name).toBe(true);
    }
    expect(changes()).toBe(before);
    d.services.housekeeping.run();
    expect(changes()).toBeGreaterThan(before);
  });
});
