import { desc, eq, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { chinaDate } from '../../core/dates';
import { translate } from '../../core/i18n/catalog';
import { mask } from './mask';
import { backup, restore } from '../store/backup';
import { derivedProperties, enforce, publishRuleSet, regionStats } from '../store/city';
import { issueEnrolmentCode, revokeDesk } from '../store/enrol';
import type { Store } from '../store/open';
import { conflicts, desks } from '../store/schema';
import { platformEpoch } from '../store/tx';
import { table, when } from './table';

export interface AdminIo {
  out(text: string): void;
  json: boolean;
  now: () => number;
}

type Flags = Record<string, string | boolean | undefined>;

/** A refusal of the command line: said in words, exit status 2, nothing changed. */
export class UsageError extends Error {}

const need = (flags: Flags, name: string): string => {
  const v = flags[name];
  if (typeof v !== 'string' || !v.trim()) throw new UsageError(`--${name} is required`);
  return v.trim();
};
const region = (flags: Flags) => {
  const r = need(flags, 'region');
  if (!/^\d{6}(\d{3})?(\d{3})?$/.test(r)) throw new UsageError(`--region must be a 6, 9 or 12-digit region code, not "${r}"`);
  return r;
};

/**
 * `npm run platform -- admin …`: the city IT office's commands. Each works on
 * the same database as the server (`--data` or `--database-url`), prints a
 * table a clerk can read, or `--json`.
 */
export async function runAdmin(store: Store, args: string[], flags: Flags, io: AdminIo): Promise<void> {
  const [group, verb, arg] = args;
  const show = (headers: string[], rowsOut: (string | number | null)[][], data: unknown) =>
    io.out(io.json ? JSON.stringify(data, null, 2) : table(headers, rowsOut));
  const by = typeof flags.by === 'string' ? flags.by : (process.env.USER ?? 'platform');
  const now = io.now();

  if (group === 'desks' && verb === 'add') {
    const name = need(flags, 'name');
    const r = await issueEnrolmentCode(store.db, { name, regionCode: region(flags) }, now);
    if (io.json) return io.out(JSON.stringify({ code: r.code, expiresAt: r.expiresAt }));
    return io.out(
      `enrolment code for ${name} (${flags.region}): ${r.code}\n` +
        `valid once, until ${when(r.expiresAt)} (China time); give it to the desk's administrator`,
    );
  }
  if (group === 'desks' && verb === 'list') {
    const list = await store.db.select().from(desks).orderBy(desks.regionCode, desks.deskCode);
    const { lastCursor } = await platformEpoch(store.db);
    return show(
      ['id', 'name', 'region', 'desk code', 'enrolled', 'last push', 'last pull', 'pull lag', 'last seq', 'revoked'],
      list.map((d) => [
        d.id,
        d.name,
        d.regionCode,
        d.deskCode,
        when(d.enrolledAt),
        when(d.lastPushAt),
        when(d.lastPullAt),
        lastCursor - d.pulledCursor,
        d.lastSeq,
        when(d.revokedAt),
      ]),
      list.map(({ credentialHash: _h, ...d }) => ({ ...d, pullLag: lastCursor - d.pulledCursor })),
    );
  }
  if (group === 'desks' && verb === 'revoke') {
    if (!arg) throw new UsageError('admin desks revoke <desk id>');
    const done = await revokeDesk(store.db, arg, now);
    if (!done) throw new UsageError(`no enrolled, unrevoked desk ${arg}`);
    return io.out(io.json ? JSON.stringify({ revoked: arg }) : `desk ${arg} revoked: its next request is refused`);
  }
  if (group === 'properties' && (verb === 'close' || verb === 'reopen')) {
    if (!arg) throw new UsageError(`admin properties ${verb} <property id>`);
    const act =
      verb === 'close'
        ? {
            close: true as const,
            reason: need(flags, 'reason'),
            authority: need(flags, 'authority'),
            on: typeof flags.on === 'string' ? flags.on : chinaDate(now),
          }
        : { close: false as const };
    const r = await enforce(store.db, arg, act, by, now);
    if (r === 'unknown') throw new UsageError(`no property ${arg} on the platform`);
    return io.out(
      io.json
        ? JSON.stringify({ property: arg, result: r })
        : r === 'done'
          ? `property ${arg} ${verb === 'close' ? 'closed' : 'reopened'}; the desks of its region pull it`
          : `property ${arg} was ${verb === 'close' ? 'closed' : 'open'} already`,
    );
  }
  if (group === 'properties' && verb === 'list') {
    const status = typeof flags.status === 'string' ? flags.status : undefined;
    const list = (await derivedProperties(store.db, region(flags), chinaDate(now))).filter((p) => !status || p.fireStatus === status);
    return show(
      ['id', 'address', 'grid', 'rooms', 'fire status'],
      list.map((p) => [p.id, p.address, p.grid, p.rooms, `${translate(`fireStatus.${p.fireStatus}`, 'zh')} ${p.fireStatus}`]),
      list,
    );
  }
  if (group === 'stats') {
    const stats = await regionStats(store.db, region(flags), chinaDate(now));
    return show(
      ['grid', 'compliant', 'rectifying', 'overdue', 'expired', 'uninspected', 'closed', 'hazards due', 'rectified', '办结率'],
      stats.map((g) => [
        g.grid,
        g.rooms.compliant,
        g.rooms.rectifying,
        g.rooms.overdue,
        g.rooms.expired,
        g.rooms.uninspected,
        g.rooms.closed,
        g.hazardsDue,
        g.hazardsRectified,
        g.closeOutRate === null ? null : `${(g.closeOutRate * 100).toFixed(1)}%`,
      ]),
      stats,
    );
  }
  if (group === 'rules' && verb === 'publish') {
    if (!arg) throw new UsageError('admin rules publish <file.json>');
    const r = await publishRuleSet(store.db, readFileSync(arg, 'utf8'), by, now);
    if (!r.ok) {
      const issues = r.refusal.issues.map((i) => `${i.path}: ${translate(i.key, 'en', i.params)}`);
      throw new UsageError([translate(r.refusal.ref.key, 'en', r.refusal.ref.params), ...issues].join('\n'));
    }
    return io.out(
      io.json
        ? JSON.stringify(r.plan)
        : `published checklist ${r.plan.version} (${r.plan.items} items), in force from ${r.plan.effectiveFrom}`,
    );
  }
  if (group === 'conflicts' && verb === 'list') {
    const status = typeof flags.status === 'string' ? flags.status : 'open';
    const list = await store.db.select().from(conflicts).where(eq(conflicts.status, status)).orderBy(desc(conflicts.createdAt)).limit(500);
    return show(
      ['id', 'desk', 'clerk', 'entity', 'record', 'field', 'desk value', 'platform value', 'when'],
      list.flatMap((c) =>
        (c.fields as { field: string; desk: unknown; platform: unknown }[]).map((f) => [
          c.id,
          c.deskId,
          (c.deskClerk as { name?: string }).name ?? null,
          c.entity,
          c.entityId,
          f.field,
          mask(f.field, f.desk),
          mask(f.field, f.platform),
          when(c.createdAt),
        ]),
      ),
      list,
    );
  }
  if (group === 'backup') {
    if (!verb) throw new UsageError('admin backup <file>');
    const counts = await backup(store.db, verb, now);
    return show(['table', 'rows'], Object.entries(counts), { file: verb, counts });
  }
  if (group === 'restore') {
    if (!verb) throw new UsageError('admin restore <file>');
    const r = await restore(store.db, verb, now);
    if (io.json) return io.out(JSON.stringify(r));
    return io.out(
      `${table(['table', 'rows'], Object.entries(r.counts))}\n` +
        `restored; new epoch ${r.epoch}: desks re-send what this backup lacks and pull again`,
    );
  }
  if (group === 'epoch') {
    const r = await store.db.execute(sql`SELECT epoch FROM platform_state WHERE id = 1`);
    return io.out(JSON.stringify((r as unknown as { rows: unknown[] }).rows[0]));
  }
  throw new UsageError(`unknown command: admin ${args.join(' ')}`);
}
