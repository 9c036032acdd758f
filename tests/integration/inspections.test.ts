import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { DEFAULT_RULE_SET } from '../../core/rules/default-rule-set';
import { readyDesk } from '../support/desk';
import { findingsFor, registerProperty } from '../support/register';
import { roomRows, zh } from '../support/rooms';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

let d: Desk;
beforeEach(async () => {
  d = await readyDesk();
  d.clock.setNow(Date.UTC(2026, 5, 15, 2)); // 2026-06-15 10:00 in China
});
afterEach(() => d.close());

const today = () => new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
const count = (table: string) => (d.services.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('recording an inspection', () => {
  it('walks the whole story: fail -> rectifying -> overdue -> re-inspection -> compliant with cooking', async () => {
    const { property } = await registerProperty(d.admin);
    const [r101, r102, r301] = property.rooms;
    const checklist = await d.admin.call('inspections.checklist', { propertyId: property.id });
    // 3 floors, rooms on floor 3, kitchens: STR-3, ESC-2, ESC-4 and GAS-2/3 apply; MIX-1 does not.
    const codes = checklist.items.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['STR-3', 'ESC-2', 'ESC-4', 'GAS-2', 'GAS-3']));
    expect(codes).not.toContain('MIX-1');
    expect(checklist.ruleVersion).toBe(DEFAULT_RULE_SET.version);

    const outboxBefore = count('sync_outbox');
    const first = await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: await findingsFor(d.admin, property.id, { 'ESC-1': {}, 'GAS-2': { roomId: r101!.id } }),
    });
    expect(first.result).toBe('fail');
    expect(first.fireStatus).toBe('rectifying');
    expect(first.hazardsCreated.map((h) => [h.itemCode, h.deadline])).toEqual([
      ['ESC-1', addDays(today(), 3)],
      ['GAS-2', addDays(today(), 15)],
    ]);
    // inspection + every finding + 2 hazards + the re-inspection scheduled + status caches, all queued for sync
    expect(count('sync_outbox') - outboxBefore).toBeGreaterThanOrEqual(1 + codes.length + 2 + 1);

    let status = await d.admin.call('properties.status', { id: property.id });
    expect(status.fireStatus).toBe('rectifying');
    expect(zh(status.reasons[0]!)).toContain('ESC-1');
    expect(status.rooms.every((r) => !r.offerable)).toBe(true);
    expect((await roomRows(d.admin, { offerable: true })).length).toBe(0);
    expect((await roomRows(d.admin, { fireStatus: 'rectifying' })).length).toBe(3);

    // Four days on, ESC-1's deadline has passed: overdue, and the hazard is escalated.
    await d.advanceDays(4);
    const board = await roomRows(d.admin);
    expect(board.every((r) => r.fireStatus === 'overdue')).toBe(true);
    const overdue = await d.admin.call('hazards.list', { state: 'overdue' });
    expect(overdue.hazards.map((h) => h.itemCode)).toEqual(['ESC-1']);
    expect(overdue.hazards[0]!.escalatedAt).not.toBeNull();
    const queue = await d.admin.call('inspections.queue', {});
    expect(queue.items.some((i) => i.kind === 'overdue' && i.propertyId === property.id)).toBe(true);

    // The re-inspection finds both rectified.
    status = await d.admin.call('properties.status', { id: property.id });
    const re = await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'reinspection',
      findings: [],
      hazardChecks: status.hazards.filter((h) => h.status === 'open').map((h) => ({ hazardId: h.id, rectified: true })),
    });
    expect(re.hazardsRectified).toBe(2);
    expect(re.fireStatus).toBe('compliant');
    status = await d.admin.call('properties.status', { id: property.id });
    expect(status.rooms.map((r) => [r.label, r.cookingPermitted, r.offerable, r.maxOccupants])).toEqual([
      ['101', true, true, 2],
      ['102', false, true, 2],
      ['301', true, true, 2],
    ]);
    expect(status.hazards.every((h) => h.status === 'rectified' && h.verifiedBy === '王站长')).toBe(true);
    expect((await roomRows(d.admin, { offerable: true })).length).toBe(3);
    void r102;
    void r301;

    // Thirteen months later the pass has expired.
    await d.advanceDays(400);
    expect((await roomRows(d.admin))[0]!.fireStatus).toBe('expired');
    expect((await roomRows(d.admin, { offerable: true })).length).toBe(0);
  });

  it('a still-failing item at re-inspection keeps its hazard and deadline', async () => {
    const { property } = await registerProperty(d.admin);
    const first = await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: await findingsFor(d.admin, property.id, { 'EQP-1': {}, 'ELE-3': {} }),
    });
    const eqp = first.hazardsCreated.find((h) => h.itemCode === 'EQP-1');
    const ele = first.hazardsCreated.find((h) => h.itemCode === 'ELE-3');
    const re = await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'reinspection',
      findings: [],
      hazardChecks: [
        { hazardId: eqp!.id, rectified: true },
        { hazardId: ele!.id, rectified: false, note: '仍在使用热得快' },
      ],
    });
    expect(re.result).toBe('fail');
    expect(re.fireStatus).toBe('rectifying');
    const open = (await d.admin.call('hazards.list', { propertyId: property.id, state: 'open' })).hazards;
    expect(open.map((h) => [h.itemCode, h.deadline])).toEqual([['ELE-3', ele!.deadline]]);
  });

  it('refuses incomplete and wrong inspections and saves nothing', async () => {
    const { property } = await registerProperty(d.admin);
    const before = [count('inspections'), count('findings'), count('hazards'), count('sync_outbox'), count('audit_log')];
    const findings = await findingsFor(d.admin, property.id);

    let r = await d.admin.refused('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: findings.slice(2),
    });
    expect(r.status).toBe(400);
    expect(r.error.issues[0]).toMatchObject({ path: 'findings', message: expect.stringContaining('还有 2 项未检查') });

    r = await d.admin.refused('inspections.record', { propertyId: property.id, inspectedOn: addDays(today(), 1), kind: 'first', findings });
    expect(r.error.issues).toEqual([{ path: 'inspectedOn', message: '检查日期不能晚于今天' }]);

    r = await d.admin.refused('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: [...findings.slice(1), { itemCode: findings[0]!.itemCode, outcome: 'fail' }],
    });
    expect(r.error.issues.map((i) => i.path).sort()).toEqual([
      `findings.${findings.length - 1}.note`,
      `findings.${findings.length - 1}.severity`,
    ]);

    r = await d.admin.refused('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: [...findings, { itemCode: 'MIX-1', outcome: 'pass' }],
    });
    expect(r.error.issues[0]!.message).toContain('MIX-1');

    r = await d.admin.refused('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: findings.map((f, i) =>
        i === 0 ? { ...f, outcome: 'fail' as const, note: 'x', severity: 'minor' as const, deadline: addDays(today(), -1) } : f,
      ),
    });
    expect(r.error.issues[0]!.message).toBe('整改期限不能早于检查日期');

    r = await d.admin.refused('inspections.record', { propertyId: property.id, inspectedOn: today(), kind: 'reinspection', findings: [] });
    expect(r.error.issues[0]!.path).toBe('hazardChecks');

    expect([count('inspections'), count('findings'), count('hazards'), count('sync_outbox'), count('audit_log')]).toEqual(before);
  });

  it('lets only inspectors, supervisors and admins record', async () => {
    await d.admin.call('clerks.create', { username: 'clerk1', displayName: '李窗口', role: 'clerk', password: 'clerk-password' });
    const clerk = d.caller();
    await clerk.call('session.login', { username: 'clerk1', password: 'clerk-password' });
    const { property } = await registerProperty(d.admin);
    const r = await clerk.refused('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: await findingsFor(d.admin, property.id),
    });
    expect(r.status).toBe(403);
  });
});

describe('rule sets', () => {
  const next = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...DEFAULT_RULE_SET,
      version: 'ZJ-2026.2',
      effectiveFrom: '2026-06-01',
      parameters: { ...DEFAULT_RULE_SET.parameters, areaPerPersonM2: 8 },
      ...over,
    });

  it('loads a new version that applies from its date and re-derives the rooms', async () => {
    const { property } = await registerProperty(d.admin);
    expect(property.rooms.map((r) => r.maxOccupants)).toEqual([2, 2, 2]);
    const loaded = await d.admin.call('rules.load', { json: next() });
    expect(loaded).toEqual({ version: 'ZJ-2026.2', effectiveFrom: '2026-06-01', items: 29 });
    const p = await d.admin.call('properties.get', { id: property.id });
    // 8 m² per person now: 14 m² -> 1, 20 m² -> 2, 12 m² -> 1.
    expect(p.rooms.map((r) => r.maxOccupants)).toEqual([1, 2, 1]);
    const list = await d.admin.call('rules.list', {});
    expect(list.sets.map((s) => [s.version, s.inForce])).toEqual([
      [DEFAULT_RULE_SET.version, false],
      ['ZJ-2026.2', true],
    ]);
    const checklist = await d.admin.call('inspections.checklist', { propertyId: property.id });
    expect(checklist.ruleVersion).toBe('ZJ-2026.2');
    // A property registered now gets the rule set's maxima at once: one outbox row per
    // landlord, property and room, and no second row correcting a room.
    const before = count('sync_outbox');
    const fresh = await registerProperty(d.admin);
    expect(fresh.property.rooms.map((r) => r.maxOccupants)).toEqual([1, 2, 1]);
    expect(count('sync_outbox') - before).toBe(1 + 1 + 3);
  });

  it('refuses a broken rule set and changes nothing', async () => {
    const before = count('rule_sets');
    let r = await d.admin.refused('rules.load', { json: '{ not json' });
    expect(r.error.message).toBe('规则文件不是有效的 JSON');
    r = await d.admin.refused('rules.load', { json: next({ effectiveFrom: '2026-13-01' }) });
    expect(r.status).toBe(400);
    expect(r.error.issues.map((i) => i.path)).toContain('effectiveFrom');
    r = await d.admin.refused('rules.load', {
      json: next({ items: [...DEFAULT_RULE_SET.items, DEFAULT_RULE_SET.items[0]] }),
    });
    expect(r.error.issues[0]!.message).toBe('检查项编号 LOC-1 重复');
    r = await d.admin.refused('rules.load', { json: JSON.stringify(DEFAULT_RULE_SET) });
    expect(r.status).toBe(409);
    expect(count('rule_sets')).toBe(before);
    expect((await d.admin.call('rules.list', {})).sets).toHaveLength(1);
  });
});

describe('photos', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

  it('stores a photo by hash once and refuses what is not an image', async () => {
    const a = await d.admin.call('photos.upload', { mime: 'image/png', dataBase64: png.toString('base64') });
    const b = await d.admin.call('photos.upload', { mime: 'image/png', dataBase64: png.toString('base64') });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
    expect((await d.admin.call('photos.get', { id: a.id })).dataBase64).toBe(png.toString('base64'));
    const r = await d.admin.refused('photos.upload', { mime: 'image/jpeg', dataBase64: png.toString('base64') });
    expect(r.error.issues[0]!.message).toContain('不是所声明的图片格式');
    expect(count('photos')).toBe(1);
  });
});

describe('supervision', () => {
  it('counts inspections, hazards found and rectified, and the close-out rate per grid and month', async () => {
    const { property } = await registerProperty(d.admin);
    await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'first',
      findings: await findingsFor(d.admin, property.id, { 'ESC-1': {}, 'EQP-1': {} }),
    });
    await d.advanceDays(10);
    const open = (await d.admin.call('hazards.list', { propertyId: property.id, state: 'open' })).hazards;
    await d.admin.call('inspections.record', {
      propertyId: property.id,
      inspectedOn: today(),
      kind: 'reinspection',
      findings: [],
      hazardChecks: open.map((h) => ({ hazardId: h.id, rectified: h.itemCode === 'ESC-1' })),
    });
    const o = await d.admin.call('supervision.overview', {});
    expect(o.totals).toMatchObject({ inspections: 2, hazardsFound: 2, hazardsDue: 2, hazardsRectified: 1, closeOutRate: 0.5 });
    expect(o.overdueHazards.map((h) => h.itemCode)).toEqual(['EQP-1']);
    expect(o.stats[0]).toMatchObject({ month: '2026-06' });
  });
});
