import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../../core/rules/default-rule-set';
import { runPlatformAdmin, startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { newId, PG_URL, freshDatabaseUrl, rows, ScriptedDesk } from '../support/platform';

/**
 * The city IT office's command line, as its own process, against a running
 * platform process: on PGlite the commands reach the server through its admin
 * socket; on PostgreSQL they open the database themselves. Tables a clerk
 * can read, `--json` for scripts, refusals in words with exit status 2.
 */
let dir: string;
let where: string[];
let platform: PlatformProcess;
let drop: (() => Promise<void>) | null = null;
const admin = (...args: string[]) => runPlatformAdmin(['admin', ...args, ...where]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'platform-admin-'));
  if (PG_URL) {
    const fresh = await freshDatabaseUrl(PG_URL);
    drop = fresh.drop;
    where = ['--database-url', fresh.url];
  } else {
    where = ['--data', join(dir, 'data')];
  }
  platform = await startPlatformProcess(where);
}, 120_000);
afterAll(async () => {
  await platform.stop();
  if (drop) await drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('admin', () => {
  it('adds a desk with a one-time code, lists desks, revokes one', async () => {
    const added = await admin('desks', 'add', '--name', '浮排社区服务总台', '--region', '331004006');
    expect(added.code, added.stderr).toBe(0);
    const code = /([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(added.stdout)![1]!;
    const desk = new ScriptedDesk({ url: platform.url });
    await desk.enrolWith(code);
    const reused = await new ScriptedDesk({ url: platform.url }).post(
      '/v1/enrol',
      { code, deskId: newId(), name: 'x', publicKey: 'A'.repeat(43), schemaVersion: 6 },
      false,
    );
    expect(reused.status).toBe(403);

    const list = await admin('desks', 'list');
    expect(list.stdout).toContain('浮排社区服务总台');
    expect(list.stdout).toContain('331004006-');
    const json = JSON.parse((await admin('desks', 'list', '--json')).stdout) as { id: string; credentialHash?: string }[];
    expect(json.find((d) => d.id === desk.deskId)).toBeDefined();
    expect(json.some((d) => 'credentialHash' in d)).toBe(false);

    expect((await admin('desks', 'revoke', desk.deskId)).code).toBe(0);
    const refused = await desk.push([desk.change('landlords', newId(), 'create', rows.landlord())]);
    expect(refused.status).toBe(401);
    const twice = await admin('desks', 'revoke', desk.deskId);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('no enrolled, unrevoked desk');
  });

  // Eleven commands, each a fresh process that loads the program: more than one step's time on a loaded machine.
  it('closes and lists properties with the derived fire status, prints stats, lists conflicts masked', async () => {
    const code = /([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(
      (await admin('desks', 'add', '--name', 'B', '--region', '331004006')).stdout,
    )![1]!;
    const desk = new ScriptedDesk({ url: platform.url });
    await desk.enrolWith(code, 'B');
    const landlordId = newId();
    const propertyId = newId();
    const roomId = newId();
    await desk.push([
      desk.change('landlords', landlordId, 'create', rows.landlord({ idNumber: '331004198001019999' })),
      desk.change('properties', propertyId, 'create', rows.property(landlordId)),
      desk.change('rooms', roomId, 'create', rows.room(propertyId)),
    ]);
    const listed = await admin('properties', 'list', '--region', '331004006', '--status', 'uninspected');
    expect(listed.stdout).toContain(propertyId);
    expect(listed.stdout).toContain('未检查');
    const stats = await admin('stats', '--region', '331004006');
    expect(stats.stdout).toContain('浮排一网格');
    expect(stats.stdout).toContain('办结率');

    const close = await admin(
      'properties',
      'close',
      propertyId,
      '--reason',
      '三合一场所',
      '--authority',
      '路桥区消防救援大队',
      '--by',
      '王科长',
    );
    expect(close.stdout).toContain('closed');
    expect((await admin('properties', 'list', '--region', '331004006', '--status', 'closed')).stdout).toContain(propertyId);
    const missing = await admin('properties', 'close', propertyId);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--reason is required');

    // A conflict: a second desk edits the landlord's mobile from an old base after the first moved it on.
    const second = /([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(
      (await admin('desks', 'add', '--name', 'C', '--region', '331004006')).stdout,
    )![1]!;
    const other = new ScriptedDesk({ url: platform.url });
    await other.enrolWith(second, 'C');
    await desk.push([desk.change('landlords', landlordId, 'update', { mobile: '13900000001' }, 1)]);
    await other.push([other.change('landlords', landlordId, 'update', { mobile: '13900000002' }, 1)]);
    const conflicts = await admin('conflicts', 'list');
    expect(conflicts.stdout).toContain('mobile');
    expect(conflicts.stdout).toContain('139****0002');
    expect(conflicts.stdout).not.toContain('13900000002');
  }, 90_000);

  it('publishes a checklist version validated by core, refusing a broken one in words', async () => {
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ ...DEFAULT_RULE_SET, version: 'zj-2027.1', effectiveFrom: '2027-01-01' }));
    const ok = await admin('rules', 'publish', file, '--by', '王科长');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('zj-2027.1');
    const again = await admin('rules', 'publish', file);
    expect(again.code).toBe(2);
    writeFileSync(file, '{"version": 3}');
    const broken = await admin('rules', 'publish', file);
    expect(broken.code).toBe(2);
  });

  it('backs up and restores, with a new epoch the desks will see', async () => {
    const health = async () => ((await (await fetch(`${platform.url}/v1/health`)).json()) as { epoch: string }).epoch;
    const before = await health();
    const file = join(dir, 'backup.jsonl.gz');
    const b = await admin('backup', file);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('change_log');
    const r = await admin('restore', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('new epoch');
    expect(await health()).not.toBe(before);
  });

  it('refuses an unknown command and a bad region in words', async () => {
    const r = await admin('desks', 'fly');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command');
    const bad = await admin('desks', 'add', '--name', 'x', '--region', 'abc');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--region must be');
  });
});
