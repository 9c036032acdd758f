import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readyDesk } from '../tests/support/desk';
import { seedRegister } from '../tests/support/seed';
import { searchRegister } from './search';
import { withSearchIndexPaused } from './search-index';
import { Register } from './write';

describe('the search indexes', async () => {
  const d = await readyDesk();
  afterAll(() => d.close());
  seedRegister(d.services.register, { rooms: 600, seed: 7 });

  const ftsCheck = (db: Database.Database) => {
    // FTS5's own check that an external-content index matches its table.
    db.prepare("INSERT INTO landlords_fts (landlords_fts, rank) VALUES ('integrity-check', 1)").run();
    db.prepare("INSERT INTO properties_fts (properties_fts, rank) VALUES ('integrity-check', 1)").run();
  };

  it('match their tables after inserts and updates through the write path', () => {
    const reg = d.services.register;
    const some = reg.sqlite.prepare('SELECT id FROM landlords LIMIT 5').all() as { id: string }[];
    reg.write({ clerkId: null, action: 'test', at: Date.now() }, (w) => {
      for (const { id } of some) w.update('landlords', id, { name: '改名后的房东' });
    });
    expect(() => ftsCheck(reg.sqlite)).not.toThrow();
    expect(searchRegister(reg, '改名后', 10).landlords).toHaveLength(5);
  });

  it('index a bulk write once, at its end, in the same transaction; a rollback takes the pause back', () => {
    const reg = d.services.register;
    const at = Date.now();
    reg.write({ clerkId: null, action: 'test', at }, (w) =>
      withSearchIndexPaused(w, () => {
        for (let i = 0; i < 50; i++)
          w.insert('landlords', { name: `批量导入房东${i}`, idType: 'passport', idNumber: `BULK${1000 + i}`, mobile: '13700000000' });
        // While paused, nothing new is in the index yet.
        expect(searchRegister(reg, '批量导入', 100).landlords).toHaveLength(0);
      }),
    );
    expect(() => ftsCheck(reg.sqlite)).not.toThrow();
    expect(searchRegister(reg, '批量导入', 100).landlords).toHaveLength(50);
    expect(() =>
      reg.write({ clerkId: null, action: 'test', at }, (w) =>
        withSearchIndexPaused(w, () => {
          w.insert('landlords', { name: '回滚的房东', idType: 'passport', idNumber: 'BULK9999', mobile: '13700000000' });
          throw new Error('refused');
        }),
      ),
    ).toThrow('refused');
    expect(reg.sqlite.prepare('SELECT count(*) AS n FROM search_index_paused').get()).toEqual({ n: 0 });
    reg.write({ clerkId: null, action: 'test', at }, (w) =>
      w.insert('landlords', { name: '暂停之后的房东', idType: 'passport', idNumber: 'BULK8888', mobile: '13700000000' }),
    );
    expect(searchRegister(reg, '暂停之后', 10).landlords).toHaveLength(1);
    expect(() => ftsCheck(reg.sqlite)).not.toThrow();
  });

  it('survive VACUUM and VACUUM INTO (rowids are kept)', () => {
    const reg = d.services.register;
    const before = searchRegister(reg, '浮排', 50);
    reg.sqlite.exec('VACUUM');
    expect(() => ftsCheck(reg.sqlite)).not.toThrow();
    expect(searchRegister(reg, '浮排', 50)).toEqual(before);
    const copyFile = join(d.dataDir, 'copy.sqlite');
    reg.sqlite.prepare('VACUUM INTO ?').run(copyFile);
    const copy = new Database(copyFile);
    try {
      expect(() => ftsCheck(copy)).not.toThrow();
      expect(searchRegister(new Register(copy), '浮排', 50)).toEqual(before);
    } finally {
      copy.close();
    }
  });
});
