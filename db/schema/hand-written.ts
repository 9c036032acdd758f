/**
 * What the register holds besides the drizzle tables of this folder: SQL
 * written by hand in custom migrations (`drizzle-kit generate --custom`),
 * because drizzle's schema cannot say it — FTS5 virtual tables, triggers that
 * keep derived tables in step inside the write transaction. Declared here so
 * a reader of the schema finds them; db/migrations.test.ts holds this list
 * equal to what a fresh register contains. Never write to these from code:
 * the triggers do.
 */
export interface HandWritten {
  name: string;
  type: 'table' | 'index' | 'trigger';
  /** The migration that creates it. */
  migration: string;
  why: string;
}

const SEARCH = '20261129064940_search';
const OFFER = '20261129074713_offer_index';

export const HAND_WRITTEN: readonly HandWritten[] = [
  { name: 'landlords_fts', type: 'table', migration: SEARCH, why: 'the search box: landlord names by Chinese substrings (FTS5 trigram)' },
  {
    name: 'properties_fts',
    type: 'table',
    migration: SEARCH,
    why: 'the search box: property addresses by Chinese substrings (FTS5 trigram)',
  },
  {
    name: 'search_index_paused',
    type: 'table',
    migration: SEARCH,
    why: 'a bulk write pauses the insert triggers and indexes its rows once (db/search-index.ts)',
  },
  ...['insert', 'update', 'delete'].flatMap((op) =>
    ['landlords', 'properties'].map((t) => ({
      name: `${t}_fts_${op}`,
      type: 'trigger' as const,
      migration: SEARCH,
      why: `keeps ${t}_fts in step`,
    })),
  ),
  {
    name: 'offer_index',
    type: 'table',
    migration: OFFER,
    why: 'the offerable rooms (vacant, in a compliant open property) with what matching reads: the one meaning of "offerable"',
  },
  ...['pass', 'property', 'rent', 'size'].map((i) => ({
    name: `offer_index_${i}`,
    type: 'index' as const,
    migration: OFFER,
    why: 'matching reads by it',
  })),
  ...['room_insert', 'room_update', 'room_delete', 'property_update'].map((t) => ({
    name: `offer_index_${t}`,
    type: 'trigger' as const,
    migration: OFFER,
    why: 'keeps offer_index in step',
  })),
];

/** FTS5 keeps its own shadow tables beside a virtual table: `<name>_data`, `_idx`, `_config`, `_docsize`. */
export const FTS_SHADOWS = ['data', 'idx', 'config', 'docsize'];
