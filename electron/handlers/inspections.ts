import { addDays, addMonths } from '../../core/dates';
import { decided, DomainError, fieldError } from '../../core/errors';
import { planInspection } from '../../core/inspections/verdict';
import { applicableItems } from '../../core/rules/applicability';
import { WINDOWS } from '../../core/rules/windows';
import { ruleSetFromJson } from '../../core/rules/load';
import { propertyFacts } from '../../db/facts';
import { deriveForProperty, refreshFireStatus, refreshStaleStatuses } from '../../db/fire-status';
import { closureProposals, hazardsOfInspection, hazardsOfProperty, listHazards, openHazardsOfProperty } from '../../db/hazards';
import { findingsOfInspection, getInspection, inspectionQueue, inspectionsOfProperty } from '../../db/inspections';
import { inspectionFacts, writeInspection } from '../../db/inspection-writes';
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

function propertyOrThrow(ctx: CallContext, id: string) {
  const p = getPropertyRow(ctx.register, id);
  if (!p) throw new DomainError('NOT_FOUND', 'property.notFound', { issues: [{ path: 'propertyId', key: 'property.notFound' }] });
  return p;
}

export const inspectionHandlers: HandlerMap<Names> = {
  'inspections.queue': (ctx) => {
    const today = ctx.today();
    return {
      items: inspectionQueue(ctx.register, today, addDays(today, WINDOWS.queueAheadDays), addDays(today, WINDOWS.expiringWithinDays)),
    };
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
      ruleTitle: rs.title,
      categories: rs.categories.map((c) => ({ code: c.code, name: c.name })),
      items: applicableItems(rs, facts).map((i) => ({
        code: i.code,
        category: i.category,
        check: i.check,
        passRule: i.passRule,
        effects: i.effects,
        days: i.days,
      })),
      rooms: roomsOfProperty(ctx.register, p.id).map((r) => ({ id: r.id, label: r.label, floor: r.floor, hasKitchen: r.hasKitchen })),
      openHazards: openHazardsOfProperty(ctx.register, p.id, ctx.today()),
    };
  },

  'inspections.record': (ctx, input) => {
    const today = ctx.today();
    const rs = ruleSetFor(ctx.register, input.inspectedOn);
    return ctx.write('inspections.record', (w) => {
      const p = propertyOrThrow(ctx, input.propertyId);
      const photos = input.findings.flatMap((f) => f.photos ?? []);
      const plan = decided(planInspection(input, inspectionFacts(w.reg, p.id, rs, today, photos), today));
      const { inspectionId, hazardsCreated } = writeInspection(w, p.id, ctx.clerk!.id, plan);
      const fireStatus = refreshFireStatus(w, p.id, today);
      const created = new Set(hazardsCreated);
      return {
        id: inspectionId,
        result: plan.inspection.result,
        ruleVersion: rs.version,
        hazardsCreated: hazardsOfInspection(w.reg, inspectionId, today).filter((h) => created.has(h.id)),
        hazardsRectified: plan.rectified.length,
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
    const checks = new Map(rs?.items.map((it) => [it.code, it.check]));
    return {
      ...i,
      address: p.address,
      landlordName: landlord.name,
      landlordMobile: landlord.mobile,
      deskName: readDesk(ctx.register)?.name ?? '',
      findings: findingsOfInspection(ctx.register, i.id).map((f) => ({ ...f, check: checks.get(f.itemCode) ?? null })),
      hazards: hazardsOfInspection(ctx.register, i.id, ctx.today()),
    };
  },

  'properties.find': (ctx, input) => ({ properties: findProperties(ctx.register, input.q, input.limit) }),

  'properties.status': (ctx, input) => {
    const p = propertyOrThrow(ctx, input.id);
    const d = deriveForProperty(ctx.register, p.id, ctx.today())!;
    const rooms = new Map(roomsOfProperty(ctx.register, p.id).map((r) => [r.id, r]));
    return {
      propertyId: p.id,
      address: p.address,
      landlordName: ctx.register.get('landlords', p.landlordId)!.name,
      closed: p.status === 'closed',
      closedReason: p.closedReason,
      fireStatus: d.status,
      reasons: d.reasons,
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
          reasons: r.reasons,
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
        title: r.title,
        items: r.items.length,
        builtIn: i === 0,
        inForce: r.version === inForce,
      })),
    };
  },

  'rules.current': (ctx, input) => ruleSetFor(ctx.register, input.date ?? ctx.today()),

  'rules.load': (ctx, input) => {
    const rs = decided(
      ruleSetFromJson(
        input.json,
        knownRuleSets(ctx.register).map((r) => r.version),
      ),
    );
    ctx.write('rules.load', (w) =>
      w.insert('ruleSets', { ruleVersion: rs.version, effectiveFrom: rs.effectiveFrom, body: rs, loadedBy: ctx.clerk!.id }),
    );
    forgetRuleSets(ctx.register);
    // Applies from its effective date: if that is today or earlier, the caches follow now.
    refreshStaleStatuses(ctx.register, ctx.today(), ctx.clock.now());
    return { version: rs.version, effectiveFrom: rs.effectiveFrom, items: rs.items.length };
  },

  'photos.upload': (ctx, input) => {
    const check = PHOTO_TYPES[input.mime];
    if (!check) throw fieldError('mime', 'photo.type');
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES) throw fieldError('dataBase64', 'photo.tooLarge');
    if (!check(bytes)) throw fieldError('dataBase64', 'photo.notImage');
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
      expiringPasses: expiringPasses(ctx.register, addDays(today, WINDOWS.expiringWithinDays)),
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
