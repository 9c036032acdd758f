import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as s from './schema';

/**
 * The entities the write path knows. `sync: false` keeps a table on this desk
 * only (accounts, the desk profile); it is still audited. `redact` names
 * fields never copied into the audit log or the outbox.
 */
export const ENTITIES = {
  desk: { table: s.desk, sync: false },
  clerks: { table: s.clerks, sync: false, redact: ['passwordHash'] },
  knownDesks: { table: s.knownDesks, sync: false },
  landlords: { table: s.landlords, sync: true },
  properties: { table: s.properties, sync: true, local: ['fireStatus', 'fireStatusUntil'] },
  rooms: { table: s.rooms, sync: true, local: ['cookingPermitted'] },
  scheduledInspections: { table: s.scheduledInspections, sync: true },
  ruleSets: { table: s.ruleSets, sync: true },
  inspections: { table: s.inspections, sync: true },
  findings: { table: s.findings, sync: true },
  hazards: { table: s.hazards, sync: true },
  tenants: { table: s.tenants, sync: true },
  tenancies: { table: s.tenancies, sync: true },
  householdMembers: { table: s.householdMembers, sync: true },
  certificates: { table: s.certificates, sync: true },
  photos: { table: s.photos, sync: false },
  // The platform's record of a change it held back; only the supervisor's answer (status, note) travels back.
  conflicts: {
    table: s.conflicts,
    sync: true,
    local: [
      'entity',
      'entityId',
      'fields',
      'deskSeq',
      'deskClerkName',
      'deskAt',
      'platformDeskId',
      'platformClerkName',
      'platformAt',
      'platformVersion',
      'resolvedByName',
      'resolvedAt',
    ],
  },
} satisfies Record<string, EntityConfig>;

interface EntityConfig {
  table: SQLiteTable;
  sync: boolean;
  /** Never leaves the audit log's desk: secrets. */
  redact?: string[];
  /** Caches derived on this desk; recomputed, never synced. */
  local?: string[];
}

export type EntityName = keyof typeof ENTITIES;
export type EntityTable<E extends EntityName> = (typeof ENTITIES)[E]['table'];
export type EntityRow<E extends EntityName> = EntityTable<E>['$inferSelect'];
export type EntityInsert<E extends EntityName> = EntityTable<E>['$inferInsert'];

export interface ColumnInfo {
  key: string;
  name: string;
  column: SQLiteColumn;
}

export interface EntityInfo {
  name: EntityName;
  tableName: string;
  columns: ColumnInfo[];
  byKey: Map<string, ColumnInfo>;
  sync: boolean;
  /** Keys left out of audit rows. */
  redact: Set<string>;
  /** Keys left out of outbox rows. */
  unsynced: Set<string>;
  /** Every column's value when an insert does not give one: its default or null. */
  defaults: Record<string, unknown>;
}

const infoCache = new Map<EntityName, EntityInfo>();

export function entityInfo(name: EntityName): EntityInfo {
  let info = infoCache.get(name);
  if (!info) {
    const cfg: EntityConfig = ENTITIES[name];
    const columns = Object.entries(getTableColumns(cfg.table)).map(([key, column]) => ({
      key,
      name: column.name,
      column: column as SQLiteColumn,
    }));
    const redact = new Set(cfg.redact ?? []);
    info = {
      name,
      tableName: getTableName(cfg.table),
      columns,
      byKey: new Map(columns.map((c) => [c.key, c])),
      sync: cfg.sync,
      redact,
      unsynced: new Set([...redact, ...(cfg.local ?? [])]),
      defaults: Object.fromEntries(
        columns.map((c) => [c.key, c.column.hasDefault && c.column.default !== undefined ? c.column.default : null]),
      ),
    };
    infoCache.set(name, info);
  }
  return info;
}
