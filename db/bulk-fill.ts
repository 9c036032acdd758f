import type { Sqlite } from './open';

/**
 * The register's settings while a new desk fills itself from the platform
 * (a hundred thousand rows in pages of 2,000), put back when the fill ends or
 * fails. Durability is not touched (every page still commits with
 * synchronous = FULL); what changes is how often the WAL is copied into the
 * file and how much of the file is kept in memory.
 *
 * Why: each page inserts into indexes keyed at random (names, mobiles, ID
 * numbers, room labels), so one commit dirties pages all over them. With the
 * usual checkpoint every 1,000 WAL pages, every commit copied those pages
 * into the file again (a third of a 100k fill went to commits); checkpointing
 * every ~100 MB copies each page once for many commits. A larger cache keeps
 * the growing indexes in memory instead of re-reading them.
 */
const FILL_CHECKPOINT_PAGES = 25_000;
const FILL_CACHE_KIB = 262_144;

export interface BulkFill {
  end(): void;
}

export function startBulkFill(sqlite: Sqlite): BulkFill {
  const checkpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`wal_autocheckpoint = ${FILL_CHECKPOINT_PAGES}`);
  sqlite.pragma(`cache_size = -${FILL_CACHE_KIB}`);
  let ended = false;
  return {
    end() {
      if (ended) return;
      ended = true;
      sqlite.pragma(`wal_autocheckpoint = ${checkpoint}`);
      sqlite.pragma(`cache_size = ${cache}`);
      // The WAL the fill grew is copied back now rather than at some clerk's next commit; PASSIVE never waits for readers.
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    },
  };
}
