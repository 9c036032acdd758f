import { sql } from 'drizzle-orm';
import type { Tx } from './types';

/**
 * Bulk writes as one statement with one JSON parameter (`jsonb_to_recordset`):
 * a batch of 500 rows is one value to send and parse, not 5,000 bind
 * parameters — several times faster on PostgreSQL and PGlite alike.
 */
export interface BulkColumn {
  name: string;
  type: 'text' | 'integer' | 'bigint' | 'jsonb';
}

export async function insertJson(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
  onConflict = '',
): Promise<void> {
  if (!rows.length) return;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const shape = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  await tx.execute(
    sql`INSERT INTO ${sql.identifier(table)} (${sql.raw(names)})
        SELECT ${sql.raw(names)} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${sql.raw(shape)}) ${sql.raw(onConflict)}`,
  );
}

export const CITY_ROW_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'scope', type: 'text' },
  { name: 'origin_desk', type: 'text' },
  { name: 'property_id', type: 'text' },
  { name: 'version', type: 'integer' },
  { name: 'field_versions', type: 'jsonb' },
  { name: 'field_desks', type: 'jsonb' },
  { name: 'fields', type: 'jsonb' },
  { name: 'created_at', type: 'bigint' },
  { name: 'updated_at', type: 'bigint' },
  { name: 'updated_desk', type: 'text' },
  { name: 'updated_clerk', type: 'text' },
  { name: 'updated_clerk_name', type: 'text' },
];

export const CITY_ROW_UPSERT = `ON CONFLICT (id) DO UPDATE SET scope = excluded.scope, property_id = excluded.property_id,
  version = excluded.version, field_versions = excluded.field_versions, field_desks = excluded.field_desks, fields = excluded.fields,
  updated_at = excluded.updated_at, updated_desk = excluded.updated_desk, updated_clerk = excluded.updated_clerk,
  updated_clerk_name = excluded.updated_clerk_name`;

export const DESK_CHANGE_COLUMNS: readonly BulkColumn[] = [
  { name: 'desk_id', type: 'text' },
  { name: 'seq', type: 'integer' },
  { name: 'change_id', type: 'text' },
  { name: 'entity', type: 'text' },
  { name: 'entity_id', type: 'text' },
  { name: 'clerk_id', type: 'text' },
  { name: 'clerk_name', type: 'text' },
  { name: 'outcome', type: 'text' },
  { name: 'result', type: 'jsonb' },
  { name: 'received_at', type: 'bigint' },
];

export const CHANGE_LOG_COLUMNS: readonly BulkColumn[] = [
  { name: 'cursor', type: 'bigint' },
  { name: 'entity', type: 'text' },
  { name: 'entity_id', type: 'text' },
  { name: 'intent', type: 'text' },
  { name: 'fields', type: 'jsonb' },
  { name: 'version', type: 'integer' },
  { name: 'scope', type: 'text' },
  { name: 'origin_desk', type: 'text' },
  { name: 'clerk_id', type: 'text' },
  { name: 'clerk_name', type: 'text' },
  { name: 'at', type: 'bigint' },
];
