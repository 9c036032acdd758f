import { addDays, addMonths } from '../../core/dates';
import { DomainError, type IssueRef } from '../../core/errors';
import { translate } from '../../core/i18n/catalog';
import { applicableItems } from '../../core/rules/applicability';
import { checkRuleSet, ruleSetSchema } from '../../core/rules/rule-set';
import { issuesFromZod } from '../../core/api/issues';
import { propertyFacts } from '../../db/facts';
import { deriveForProperty, refreshFireStatus, refreshStaleStatuses } from '../../db/fire-status';
import { closureProposals, hazardsOfInspection, hazardsOfProperty, listHazards, openHazardsOfProperty } from '../../db/hazards';
import { findingsOfInspection, getInspection, inspectionQueue, inspectionsOfProperty, pendingSchedules } from '../../db/inspections';
import { findProperties, getPropertyRow, roomsOfProperty } from '../../db/properties';
import { readDesk } from '../../db/desk';
import { forgetRuleSets, knownRuleSets, ruleSetFor } from '../../db/rules';
import { expiringPasses, gridMonthStats } from '../../db/supervision';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, readPhoto, storePhoto } from '../photos';
import type { CallContext } from './context';
import type { HandlerMap } from './types';

type Names =
  | 'inspections.queue'
  | 'inspections.checklist'
  | 'inspections.record'
  | 'inspections.get'
  | 'properties.find'
  | 'properties.status'
  | 'hazards.list'
  | 'rules.list'
  | 'rules.current'
  | 'rules.load'
  | 'photos.upload'
  | 'photos.get'
  | 'supervision.overview';

const refuse = (issues: IssueRef[]) => new DomainError('VALIDATION', 'error.validation', { issues });

function propertyOrThrow(ctx: CallContext, id: string) {
  const p = getPropertyRow(ctx.register, id);
  if (!p) throw new DomainError('NOT_FOUND', 'property.notFound', { issues: [{ path: 'propertyId', key: 'property.notFound' }] });
  return p;
}

export const inspectionHandlers: HandlerMap<Names> = {
  'inspections.queue': (ctx) => {
    const today = ctx.today();
    return { items: inspectionQueue(ctx.register, today, addDays(today, 7), addDays(today, 30)) as never };
  },

  'inspections.checklist': (ctx, input) => {
    const p = propertyOrThrow(ctx, input.propertyId);
    const date = input.date ?? ctx.today();
    const rs = ruleSetFor(ctx.register, date);
    const facts = propertyFacts(ctx.register, p.id, rs.parameters);
    return {
      propertyId: p.id,
      address: p.address,
      ruleVersion: rs.version,
      ruleTitle: rs.title[ctx.lang],
      categories: rs.categories.map((c) => ({ code: c.code, name: c.name[ctx.lang] })),
      items: applicableItems(rs, facts).map((i) => ({
        code: i.code,
        category: i.category,
        check: i.check[ctx.lang],
        passRule: i.passRule[ctx.lang],
        effects: i.effects,
        days: i.days,
      })),
      rooms: roomsOfProperty(ctx.register, p.id).map((r) => ({ id: r.id, label: r.label, floor: r.floor, hasKitchen: r.hasKitchen })),
      openHazards: openHazardsOfProperty(ctx.register, p.id, ctx.today()),
    };
  },

  'inspections.record': (ctx, input) => {
    const today = ctx.today();
    if (input.inspectedOn > today) throw refuse([{ path: 'inspectedOn', key: 'inspection.future' }]);
    const rs = ruleSetFor(ctx.register, input.inspectedOn);
    return ctx.write('inspections.record', (w) => {
      const p = propertyOrThrow(ctx, input.propertyId);
      const items = new Map(applicableItems(rs, propertyFacts(ctx.register, p.id, rs.parameters)).map((i) => [i.code, i]));
      const roomIds = new Set(roomsOfProperty(ctx.register, p.id).map((r) => r.id));
      const open = openHazardsOfProperty(ctx.register, p.id, today);
      const openById = new Map(open.map((h) => [h.id, h]));
      const issues: IssueRef[] = [];

      input.findings.forEach((f, i) => {
        if (!items.has(f.itemCode)) {
          issues.push({ path: `findings.${i}.itemCode`, key: 'inspection.unknownItem', params: { code: f.itemCode, version: rs.version } });
        }
        if (f.roomId && !roomIds.has(f.roomId)) issues.push({ path: `findings.${i}.roomId`, key: 'inspection.unknownRoom' });
        if (f.deadline && f.deadline < input.inspectedOn) {
          issues.push({ path: `findings.${i}.deadline`, key: 'inspection.deadlineBeforeInspection' });
        }
        for (const photo of f.photos ?? []) {
          if (!ctx.register.get('photos', photo)) issues.push({ path: `findings.${i}.photos`, key: 'photo.unknown' });
        }
      });
      if (input.kind !== 'reinspection') {
        const covered = new Set(input.findings.map((f) => f.itemCode));
        const missing = [...items.keys()].filter((c) => !covered.has(c));
        if (missing.length) {
          issues.push({ path: 'findings', key: 'inspection.missingItems', params: { count: missing.length, codes: missing.join('、') } });
        }
      }
      input.hazardChecks.forEach((c, i) => {
        if (!openById.has(c.hazardId)) issues.push({ path: `hazardChecks.${i}.hazardId`, key: 'inspection.unknownHazard', params: { id: c.hazardId } });
      });
      if (input.kind === 'reinspection') {
        const checked = new Set(input.hazardChecks.map((c) => c.hazardId));
        const left = open.filter((h) => !checked.has(h.id)).length;
        if (left) issues.push({ path: 'hazardChecks', key: 'inspection.uncheckedHazards', params: { count: left } });
      }
      if (issues.length) throw refuse(issues);

      const clerkId = ctx.clerk!.id;
      const failed = input.findings.filter((f) => f.outcome === 'fail');
      const stillOpen = input.hazardChecks.filter((c) => !c.rectified);
      const inspection = w.insert('inspections', {
        propertyId: p.id,
        ruleVersion: rs.version,
        inspectedOn: input.inspectedOn,
        inspectorId: clerkId,
        kind: input.kind,
        result: failed.length || stillOpen.length ? 'fail' : 'pass',
        note: input.note ?? null,
        facts: { items: [...items.keys()] },
      });

      // An open hazard is settled by an explicit check, or by its item passing in this visit;
      // failing again keeps the hazard (and its deadline) rather than opening a second one.
      const verdicts = new Map(input.hazardChecks.map((c) => [c.hazardId, c.rectified]));
      for (const f of input.findings) {
        for (const h of open) {
          if (verdicts.has(h.id) || h.itemCode !== f.itemCode || (h.roomId ?? undefined) !== f.roomId) continue;
          if (f.outcome === 'pass') verdicts.set(h.id, true);
          if (f.outcome === 'fail') verdicts.set(h.id, false);
        }
      }
      let rectified = 0;
      for (const [id, ok] of verdicts) {
        if (!ok) continue;
        w.update('hazards', id, { status: 'rectified', rectifiedOn: input.inspectedOn, verifiedBy: clerkId, verifiedInspectionId: inspection.id });
        rectified++;
      }

      const created: string[] = [];
      for (const f of input.findings) {
        const finding = w.insert('findings', {
          inspectionId: inspection.id,
          itemCode: f.itemCode,
          roomId: f.roomId ?? null,
          outcome: f.outcome,
          severity: f.severity ?? null,
          note: f.note ?? null,
          photos: f.photos ?? [],
        });
        if (f.outcome !== 'fail') continue;
        const already = open.some((h) => h.itemCode === f.itemCode && (h.roomId ?? undefined) === f.roomId && verdicts.get(h.id) === false);
        if (already) continue;
        const item = items.get(f.itemCode)!;
        const hazard = w.insert('hazards', {
          propertyId: p.id,
          inspectionId: inspection.id,
          findingId: finding.id,
          itemCode: f.itemCode,
          roomId: f.roomId ?? null,
          description: f.note!,
          severity: f.severity!,
          effects: item.effects,
          foundOn: input.inspectedOn,
          deadline: f.deadline ?? addDays(input.inspectedOn, item.days),
        });
        created.push(hazard.id);
      }

      for (const s of pendingSchedules(ctx.register, p.id)) {
        if (s.dueOn <= addDays(input.inspectedOn, 30) || s.kind === 'first') w.update('scheduledInspections', s.id, { doneInspectionId: inspection.id });
      }
      const remaining = openHazardsOfProperty(ctx.register, p.id, today);
      if (remaining.length) {
        const due = remaining.reduce((d, h) => (h.deadline < d ? h.deadline : d), remaining[0]!.deadline);
        w.insert('scheduledInspections', { propertyId: p.id, dueOn: due, kind: 'reinspection', note: remaining.map((h) => h.itemCode).join('、') });
      }
      const fireStatus = refreshFireStatus(w, p.id, today);
      const all = hazardsOfInspection(ctx.register, inspection.id, today);
      return {
        id: inspection.id,
        result: inspection.result,
        ruleVersion: rs.version,
        hazardsCreated: all.filter((h) => created.includes(h.id)),
        hazardsRectified: rectified,
        fireStatus,
      };
    });
  },

  'inspections.get': (ctx, input) => {
    const i = getInspection(ctx.register, input.id);
    if (!i) throw new DomainError('NOT_FOUND', 'inspection.notFound');
    const p = getPropertyRow(ctx.register, i.propertyId)!;
    const landlord = ctx.register.get('landlords', p.landlordId)!;
    const rs = knownRuleSets(ctx.register).find((r) => r.version === i.ruleVersion);
    const text = new Map(rs?.items.map((it) => [it.code, it.check[ctx.lang]]));
    return {
      ...i,
      address: p.address,
      landlordName: landlord.name,
      landlordMobile: landlord.mobile,
      deskName: readDesk(ctx.register)?.name ?? '',
      findings: findingsOfInspection(ctx.register, i.id).map((f) => ({ ...f, check: text.get(f.itemCode) ?? f.itemCode })),
      hazards: hazardsOfInspection(ctx.register, i.id, ctx.today()),
    };
  },

  'properties.find': (ctx, input) => ({ properties: findProperties(ctx.register, input.q, input.limit) as never }),

  'properties.status': (ctx, input) => {
    const p = propertyOrThrow(ctx, input.id);
    const d = deriveForProperty(ctx.register, p.id, ctx.today())!;
    const say = (r: { key: string; params?: Record<string, string | number> }) => ({
      key: r.key,
      text: translate(r.key, ctx.lang, r.params),
    });
    const rooms = new Map(roomsOfProperty(ctx.register, p.id).map((r) => [r.id, r]));
    return {
      propertyId: p.id,
      address: p.address,
      landlordName: ctx.register.get('landlords', p.landlordId)!.name,
      closed: p.status === 'closed',
      closedReason: p.closedReason,
      fireStatus: d.status,
      reasons: d.reasons.map(say),
      ruleVersion: d.ruleVersion,
      validFrom: d.validFrom,
      validUntil: d.validUntil,
      rooms: d.rooms.map((r) => {
        const room = rooms.get(r.id)!;
        return {
          id: r.id,
          label: room.label,
          floor: room.floor,
          areaM2: room.areaM2,
          hasKitchen: room.hasKitchen,
          status: room.status,
          maxOccupants: r.maxOccupants,
          cookingPermitted: r.cookingPermitted,
          offerable: r.offerable,
          reasons: r.reasons.map(say),
        };
      }),
      inspections: inspectionsOfProperty(ctx.register, p.id),
      hazards: hazardsOfProperty(ctx.register, p.id, ctx.today()),
    };
  },

  'hazards.list': (ctx, input) => ({
    hazards: input.propertyId
      ? hazardsOfProperty(ctx.register, input.propertyId, ctx.today()).filter(
          (h) => input.state === 'all' || (h.status === 'open' && (input.state === 'open' || h.overdue)),
        )
      : listHazards(ctx.register, input.state, ctx.today()),
  }),

  'rules.list': (ctx) => {
    const inForce = ruleSetFor(ctx.register, ctx.today()).version;
    return {
      sets: knownRuleSets(ctx.register).map((r, i) => ({
        version: r.version,
        effectiveFrom: r.effectiveFrom,
        title: r.title[ctx.lang],
        items: r.items.length,
        builtIn: i === 0,
        inForce: r.version === inForce,
      })),
    };
  },

  'rules.current': (ctx, input) => ruleSetFor(ctx.register, input.date ?? ctx.today()),

  'rules.load': (ctx, input) => {
    let raw: unknown;
    try {
      raw = JSON.parse(input.json);
    } catch {
      throw new DomainError('VALIDATION', 'rules.notJson', { issues: [{ path: 'json', key: 'rules.notJson' }] });
    }
    const parsed = ruleSetSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) throw new DomainError('VALIDATION', 'rules.invalid', { issues: issuesFromZod(parsed.error) });
    const problems = checkRuleSet(parsed.data);
    if (problems.length) throw new DomainError('VALIDATION', 'rules.invalid', { issues: problems });
    const rs = parsed.data;
    if (knownRuleSets(ctx.register).some((r) => r.version === rs.version)) {
      throw new DomainError('CONFLICT', { key: 'rules.versionExists', params: { version: rs.version } });
    }
    ctx.write('rules.load', (w) => w.insert('ruleSets', { ruleVersion: rs.version, effectiveFrom: rs.effectiveFrom, body: rs, loadedBy: ctx.clerk!.id }));
    forgetRuleSets(ctx.register);
    // Applies from its effective date: if that is today or earlier, the caches follow now.
    refreshStaleStatuses(ctx.register, ctx.today(), ctx.clock.now());
    return { version: rs.version, effectiveFrom: rs.effectiveFrom, items: rs.items.length };
  },

  'photos.upload': (ctx, input) => {
    const check = PHOTO_TYPES[input.mime];
    if (!check) throw refuse([{ path: 'mime', key: 'photo.type' }]);
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES) throw refuse([{ path: 'dataBase64', key: 'photo.tooLarge' }]);
    if (!check(bytes)) throw refuse([{ path: 'dataBase64', key: 'photo.notImage' }]);
    const id = storePhoto(ctx.dataDir, bytes);
    ctx.write('photos.upload', (w) => {
      if (!ctx.register.get('photos', id)) w.insert('photos', { id, mime: input.mime, size: bytes.length });
    });
    return { id };
  },

  'photos.get': (ctx, input) => {
    const row = ctx.register.get('photos', input.id);
    const bytes = row ? readPhoto(ctx.dataDir, input.id) : null;
    if (!row || !bytes) throw new DomainError('NOT_FOUND', 'photo.unknown');
    return { mime: row.mime, dataBase64: bytes.toString('base64') };
  },

  'supervision.overview': (ctx, input) => {
    const today = ctx.today();
    const stats = gridMonthStats(ctx.register, addMonths(today, -(input.months - 1)).slice(0, 7), today);
    const rate = (done: number, due: number) => (due === 0 ? null : Math.round((done / due) * 1000) / 1000);
    const sum = (k: 'inspections' | 'hazardsFound' | 'hazardsDue' | 'hazardsRectified') => stats.reduce((n, s) => n + s[k], 0);
    return {
      overdueHazards: listHazards(ctx.register, 'overdue', today),
      closureProposals: closureProposals(ctx.register, today),
      expiringPasses: expiringPasses(ctx.register, addDays(today, 30)) as never,
      stats: stats.map((s) => ({ ...s, closeOutRate: rate(s.hazardsRectified, s.hazardsDue) })),
      totals: {
        inspections: sum('inspections'),
        hazardsFound: sum('hazardsFound'),
        hazardsDue: sum('hazardsDue'),
        hazardsRectified: sum('hazardsRectified'),
        closeOutRate: rate(sum('hazardsRectified'), sum('hazardsDue')),
      },
    };
  },
};
