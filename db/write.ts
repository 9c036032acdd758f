import type { Statement } from 'better-sqlite3';
import { DomainError } from '../core/errors';
import { sameValue } from '../core/same-value';
import type { Sqlite } from './open';
import { entityInfo, type EntityInfo, type EntityInsert, type EntityName, type EntityRow } from './entities';
import { newId } from './ids';
import { SCHEMA_VERSION } from './schema-version';

export { newId };

/** Who is acting, for what, and when: every write carries it into the audit and the outbox. */
export interface WriteContext {
  clerkId: string | null;
  /** The clerk's action, usually the procedure name. */
  action: string;
  /** Epoch milliseconds from the injected clock. */
  at: number;
}

/**
 * A change that came from the platform (another desk's, the city's, or the
 * platform's answer to this desk's): written and audited like any other, with
 * who made it there, but never queued for the platform again.
 */
export interface Origin {
  deskId: string | null;
  deskName?: string | null;
  clerkName: string | null;
}

type Meta = 'id' | 'createdAt' | 'updatedAt' | 'version';
export type NewRow<E extends EntityName> = Omit<EntityInsert<E>, Meta> & { id?: string };
export type Patch<E extends EntityName> = Partial<Omit<EntityInsert<E>, Meta>>;

const AUDIT_SQL =
  'INSERT INTO audit_log (at, clerk_id, action, entity, entity_id, before, after, change_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
const BASE_SQL = 'SELECT version FROM sync_rows WHERE entity = ? AND entity_id = ?';
const OUTBOX_SQL = `INSERT INTO sync_outbox (seq, change_id, desk_id, clerk_id, schema_version, entity, entity_id, intent,
   fields, base_version, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * THE write path. Every mutation of the register runs inside `write()`: one
 * IMMEDIATE transaction that applies the change, appends its audit row and,
 * for synced entities, its outbox row with the next gapless desk sequence.
 * If anything throws, none of them is written.
 */
export class Register {
  private readonly statements = new Map<string, Statement>();
  /** Insert statements by table and column list, so a hot insert skips building its SQL. */
  readonly insertStatements: Map<string, Statement> = new Map();
  private deskId: string | null = null;
  private readonly queuedListeners = new Set<() => void>();
  /**
   * Called inside every clerk's write that queued changes for the platform, just before its commit: the fault
   * tests kill the process there (a transaction open, nothing committed). Never set for a real desk.
   */
  beforeQueuedCommit: (() => void) | null = null;

  constructor(readonly sqlite: Sqlite) {}

  write<T>(ctx: WriteContext, fn: (w: Writer) => T): T {
    let queued = false;
    const run = this.sqlite.transaction(() => {
      const w = new Writer(this, ctx);
      const result = fn(w);
      w.finish();
      queued = w.queued;
      if (queued) this.beforeQueuedCommit?.();
      return result;
    });
    const result = run.immediate();
    // After the commit, never inside it: the sync loop may start a push at once.
    if (queued) for (const l of this.queuedListeners) l();
    return result;
  }

  /** Called after each commit that queued changes for the platform (the sync loop's nudge). Returns the unsubscribe. */
  onQueued(listener: () => void): () => void {
    this.queuedListeners.add(listener);
    return () => this.queuedListeners.delete(listener);
  }

  /** Prepared once per distinct SQL text; hot paths reuse them. */
  statement(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.sqlite.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  currentDeskId(): string {
    if (!this.deskId) {
      const row = this.statement('SELECT desk_id FROM sync_state WHERE id = 1').get() as { desk_id: string } | undefined;
      if (!row) throw new DomainError('CONFLICT', 'setup.notInitialized');
      this.deskId = row.desk_id;
    }
    return this.deskId;
  }

  /** Reads one row by key and maps it to the entity's TypeScript shape. */
  get<E extends EntityName>(entity: E, id: string): EntityRow<E> | undefined {
    const info = entityInfo(entity);
    const raw = this.statement(`SELECT * FROM "${info.tableName}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    return raw ? (fromDriver(info, raw) as EntityRow<E>) : undefined;
  }
}

export class Writer {
  /** The last outbox sequence used in this transaction; read once, written back by finish(). */
  private seq: number | null = null;
  private seqStart = 0;
  /** Whether this transaction queued anything for the platform. */
  get queued(): boolean {
    return this.seq !== null && this.seq !== this.seqStart;
  }

  constructor(
    readonly reg: Register,
    readonly ctx: WriteContext,
  ) {}

  insert<E extends EntityName>(entity: E, row: NewRow<E>, opts: { origin?: Origin } = {}): EntityRow<E> {
    const info = entityInfo(entity);
    const given = row as Record<string, unknown>;
    const keys: string[] = [];
    for (const k in given) if (given[k] !== undefined) keys.push(k);
    if (!('id' in given) || given.id === undefined) keys.push('id');
    keys.push('createdAt', 'updatedAt', 'version');
    const after: Record<string, unknown> = {
      ...info.defaults,
      ...given,
      id: given.id ?? newId(this.ctx.at),
      createdAt: this.ctx.at,
      updatedAt: this.ctx.at,
      version: 1,
    };
    const signature = `${info.tableName}:${keys.join(',')}`;
    let st = this.reg.insertStatements.get(signature);
    if (!st) {
      st = this.reg.statement(
        `INSERT INTO "${info.tableName}" (${keys.map((k) => `"${column(info, k).name}"`).join(',')}) ` +
          `VALUES (${keys.map(() => '?').join(',')})`,
      );
      this.reg.insertStatements.set(signature, st);
    }
    const values = new Array<unknown>(keys.length);
    for (let i = 0; i < keys.length; i++) values[i] = toDriver(info, keys[i]!, after[keys[i]!]);
    st.run(...values);

    const id = after.id as string;
    const json = JSON.stringify(without(after, info.redact));
    const outboxJson = info.unsynced.size === info.redact.size ? json : JSON.stringify(without(after, info.unsynced));
    const changeId = info.sync && !opts.origin ? this.outbox(info, id, 'create', outboxJson, null) : null;
    this.reg
      .statement(AUDIT_SQL)
      .run(this.ctx.at, this.ctx.clerkId, this.ctx.action, info.name, id, null, json, changeId, originJson(opts.origin));
    return after as EntityRow<E>;
  }

  /**
   * Changes the given fields. `baseVersion`, when given, is the version the
   * clerk's edit started from: if someone else saved meanwhile, CONFLICT.
   */
  update<E extends EntityName>(entity: E, id: string, patch: Patch<E>, opts: { baseVersion?: number; origin?: Origin } = {}): EntityRow<E> {
    const info = entityInfo(entity);
    const before = this.reg.get(entity, id) as Record<string, unknown> | undefined;
    if (!before) throw new DomainError('NOT_FOUND', 'error.notFound');
    const version = before.version as number;
    if (opts.baseVersion !== undefined && opts.baseVersion !== version) {
      throw new DomainError('CONFLICT', 'error.versionMismatch', {
        details: { currentVersion: version },
      });
    }
    const p = patch as Record<string, unknown>;
    const changed = Object.keys(p).filter((k) => p[k] !== undefined && !sameValue(before[k], p[k]));
    if (changed.length === 0) return before as EntityRow<E>;

    const after: Record<string, unknown> = { ...before, updatedAt: this.ctx.at, version: version + 1 };
    for (const k of changed) after[k] = p[k];
    const sets = [...changed, 'updatedAt', 'version'];
    const result = this.reg
      .statement(
        `UPDATE "${info.tableName}" SET ${sets.map((k) => `"${column(info, k).name}" = ?`).join(', ')} WHERE id = ? AND version = ?`,
      )
      .run(...sets.map((k) => toDriver(info, k, after[k])), id, version);
    // The IMMEDIATE lock makes this unreachable unless something wrote around the write path.
    if (result.changes !== 1) throw new Error(`${info.name} ${id} changed under the write path`);

    const pick = (r: Record<string, unknown>, drop: Set<string>) => {
      const out: Record<string, unknown> = {};
      for (const k of changed) if (!drop.has(k)) out[k] = r[k];
      return out;
    };
    let changeId: string | null = null;
    if (info.sync && !opts.origin) {
      const fields = pick(after, info.unsynced);
      if (Object.keys(fields).length > 0) {
        // The base is the platform's version of the row, which the platform compares: this desk's own count means nothing there.
        const base = this.reg.statement(BASE_SQL).get(info.name, id) as { version: number } | undefined;
        changeId = this.outbox(info, id, 'update', JSON.stringify(fields), base ? base.version : null);
      }
    }
    this.reg
      .statement(AUDIT_SQL)
      .run(
        this.ctx.at,
        this.ctx.clerkId,
        this.ctx.action,
        info.name,
        id,
        JSON.stringify(pick(before, info.redact)),
        JSON.stringify(pick(after, info.redact)),
        changeId,
        originJson(opts.origin),
      );
    return after as EntityRow<E>;
  }

  /**
   * Removes a row, keeping all of it in the audit log. Only for what the
   * platform decides: a landlord the city merged into another one. A clerk's
   * action never deletes from the register.
   */
  remove(entity: EntityName, id: string, origin: Origin): void {
    const info = entityInfo(entity);
    const before = this.reg.get(entity, id) as Record<string, unknown> | undefined;
    if (!before) return;
    this.reg.statement(`DELETE FROM "${info.tableName}" WHERE id = ?`).run(id);
    this.reg
      .statement(AUDIT_SQL)
      .run(
        this.ctx.at,
        this.ctx.clerkId,
        this.ctx.action,
        info.name,
        id,
        JSON.stringify(without(before, info.redact)),
        null,
        null,
        originJson(origin),
      );
  }

  /** An audited event that changes no row (a login, a full export). */
  audit(entity: string, entityId: string, detail: Record<string, unknown>, origin?: Origin): void {
    this.reg
      .statement(AUDIT_SQL)
      .run(this.ctx.at, this.ctx.clerkId, this.ctx.action, entity, entityId, null, JSON.stringify(detail), null, originJson(origin));
  }

  /**
   * The next value of a named counter (e.g. certificate serials per year),
   * taken inside this transaction: two clerks never get the same number, and
   * a refused write gives its number back. Bookkeeping like the outbox
   * sequence; the row that uses the number carries the audit.
   */
  nextCounter(name: string): number {
    const row = this.reg
      .statement('INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value')
      .get(name) as { value: number };
    return row.value;
  }

  /** Stores the last sequence used; called by Register.write before commit. */
  finish(): void {
    if (this.seq !== null && this.seq !== this.seqStart) {
      this.reg.statement('UPDATE sync_state SET last_seq = ? WHERE id = 1').run(this.seq);
    }
  }

  private outbox(info: EntityInfo, entityId: string, intent: 'create' | 'update', fieldsJson: string, baseVersion: number | null): string {
    if (this.seq === null) {
      // Read once per transaction: the IMMEDIATE lock keeps any other writer out until commit.
      const row = this.reg.statement('SELECT last_seq FROM sync_state WHERE id = 1').get() as { last_seq: number } | undefined;
      if (!row) throw new DomainError('CONFLICT', 'setup.notInitialized');
      this.seq = this.seqStart = row.last_seq;
    }
    const seq = ++this.seq;
    const changeId = newId(this.ctx.at);
    this.reg
      .statement(OUTBOX_SQL)
      .run(
        seq,
        changeId,
        this.reg.currentDeskId(),
        this.ctx.clerkId,
        SCHEMA_VERSION,
        info.name,
        entityId,
        intent,
        fieldsJson,
        baseVersion,
        this.ctx.at,
      );
    return changeId;
  }
}

const originJson = (o: Origin | undefined) => (o ? JSON.stringify(o) : null);

function column(info: EntityInfo, key: string) {
  const c = info.byKey.get(key);
  if (!c) throw new Error(`${info.name} has no column ${key}`);
  return c;
}

function toDriver(info: EntityInfo, key: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const c = column(info, key).column;
  // Plain strings and numbers pass through unchanged; only booleans and JSON need mapping.
  if (typeof value === 'string' || typeof value === 'number') {
    return c.dataType === 'json' ? c.mapToDriverValue(value) : value;
  }
  return c.mapToDriverValue(value);
}

/** Maps a raw SQLite row (snake_case, 0/1, JSON text) to the entity's TypeScript shape. */
export function fromDriver(info: EntityInfo, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of info.columns) {
    const v = raw[c.name];
    out[c.key] = v === null || v === undefined ? null : c.column.mapFromDriverValue(v);
  }
  return out;
}

function without(row: Record<string, unknown>, keys: Set<string>): Record<string, unknown> {
  if (keys.size === 0) return row;
  const out: Record<string, unknown> = {};
  for (const k in row) if (!keys.has(k)) out[k] = row[k];
  return out;
}
