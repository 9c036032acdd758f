import type { Writer } from './write';

/**
 * Runs a bulk write (an import) with the search index's insert triggers
 * paused, then indexes every landlord and property it added with one
 * statement each, still inside the caller's transaction: the index is in step
 * when the transaction commits, and a rollback takes the pause with it.
 *
 * Why: FTS5 writes its pending terms to disk at every statement that opens a
 * savepoint, which every insert with a trigger does, so row by row each new
 * row became a segment of its own and an import of 10,000 rows spent half its
 * time there. Rows are only added while paused; an update of an existing row
 * still goes through its trigger (the update triggers are not paused).
 */
export function withSearchIndexPaused<T>(w: Writer, fn: () => T): T {
  const before = w.reg
    .statement(
      'SELECT (SELECT coalesce(max(rowid), 0) FROM landlords) AS landlords, (SELECT coalesce(max(rowid), 0) FROM properties) AS properties',
    )
    .get() as { landlords: number; properties: number };
  w.reg.statement('INSERT INTO search_index_paused (paused) VALUES (1)').run();
  const result = fn();
  w.reg.statement('DELETE FROM search_index_paused').run();
  // New rows take rowids above the old maximum (the register never deletes them).
  w.reg
    .statement('INSERT INTO landlords_fts (rowid, name, contact_name) SELECT rowid, name, contact_name FROM landlords WHERE rowid > ?')
    .run(before.landlords);
  w.reg
    .statement('INSERT INTO properties_fts (rowid, address) SELECT rowid, address FROM properties WHERE rowid > ?')
    .run(before.properties);
  return result;
}
