import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBulkFill } from './bulk-fill';
import { openRegister } from './open';

describe('a first fill’s register settings', () => {
  it('checkpoint less often and cache more while the fill runs, and are put back when it ends', () => {
    const { sqlite } = openRegister(join(mkdtempSync(join(tmpdir(), 'bulk-fill-')), 'register.sqlite'));
    const before = { ckpt: sqlite.pragma('wal_autocheckpoint', { simple: true }), cache: sqlite.pragma('cache_size', { simple: true }) };
    const fill = startBulkFill(sqlite);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(before.ckpt as number);
    expect(Math.abs(sqlite.pragma('cache_size', { simple: true }) as number)).toBeGreaterThan(Math.abs(before.cache as number));
    // Durability is not what the fill trades: every page still commits with a full sync.
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    fill.end();
    fill.end();
    expect({ ckpt: sqlite.pragma('wal_autocheckpoint', { simple: true }), cache: sqlite.pragma('cache_size', { simple: true }) }).toEqual(
      before,
    );
    sqlite.close();
  });
});
