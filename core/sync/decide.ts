import { sameValue } from '../same-value';
import {
  EVENT_ENTITIES,
  fieldsSchema,
  isSyncEntity,
  MOVABLE_BY_REGION,
  PROPERTY_LINK,
  resolutionSchema,
  type SyncEntity,
} from './entities';
import type { DeskChange } from './protocol';

/**
 * The platform's decision on one desk change — pure, like every rule of the
 * register: the platform loads the facts in its transaction, asks here, and
 * stores what this answers. The order of checks is the order of authority:
 * can the platform read it at all, is it the desk's to write (region), does
 * the city's enforcement stand in the way (a closed property), does another
 * desk's edit stand in the way (a conflict), is it a landlord the city knows.
 */

export interface PlatformRow {
  version: number;
  /** The version at which each field last changed: a field moved on after the desk's base is a conflict. */
  fieldVersions: Record<string, number>;
  /**
   * The desk that last changed each field (null: the city). A desk's own
   * earlier edit is never a conflict for its later one: it made the second
   * knowing the first, even before the platform's reply reached it.
   */
  fieldDesks: Record<string, string | null>;
  fields: Record<string, unknown>;
  deskId: string | null;
}

export interface ChangeFacts {
  desk: { id: string; regionCode: string };
  /** The platform's row for the change's entity and id (after landlord mapping), if any. */
  row: PlatformRow | null;
  /** The property the row belongs to, on the platform (null when the entity has none, or it is unknown). */
  property: { id: string; regionCode: string; status: 'active' | 'closed' } | null;
  /** A referenced row the platform does not have (an inspection a finding names). */
  missingReference: { entity: string; id: string } | null;
  /** For a landlord create: the landlord the city already has with this identity. */
  sameIdentity: { id: string } | null;
  /** For a certificate create: the serial is another certificate's already. */
  serialTaken: boolean;
}

export interface RejectReason {
  code: string;
  key: string;
  params?: Record<string, string | number>;
}

export type ChangeDecision =
  | {
      outcome: 'applied';
      created: boolean;
      /** The row's synced fields after the change. */
      fields: Record<string, unknown>;
      /** Only what this change changed: what desks pulling it receive. */
      changed: Record<string, unknown>;
      version: number;
      fieldVersions: Record<string, number>;
      fieldDesks: Record<string, string | null>;
    }
  | { outcome: 'mapped'; to: string }
  | { outcome: 'rejected'; reason: RejectReason }
  | { outcome: 'conflict'; fields: { field: string; desk: unknown; platform: unknown }[] };

const META = new Set(['id', 'createdAt', 'updatedAt', 'version']);
const reject = (code: string, params?: Record<string, string | number>): ChangeDecision & { outcome: 'rejected' } => ({
  outcome: 'rejected',
  reason: { code, key: `sync.reason.${code}`, ...(params ? { params } : {}) },
});
const same = sameValue;
const within = (regionCode: string, deskRegion: string) => regionCode.startsWith(deskRegion);

/**
 * What the desk may still write on a property the city has closed: the
 * inspection of it, people moving out, a certificate voided. Everything else
 * (new rooms, check-ins, edits) is refused, with the reason.
 */
function allowedOnClosed(entity: SyncEntity, intent: 'create' | 'update', fields: Record<string, unknown>): boolean {
  if (entity === 'inspections' || entity === 'findings' || entity === 'hazards') return true;
  if (entity === 'tenancies' && intent === 'update')
    return fields.status === 'ended' || fields.status === 'cancelled' || fields.status === undefined;
  if (entity === 'certificates' && intent === 'update') return fields.status === 'void' || Object.keys(fields).every((f) => f === 'prints');
  return false;
}

export function decideChange(change: DeskChange, facts: ChangeFacts): ChangeDecision {
  if (!isSyncEntity(change.entity)) return reject('unknownEntity', { entity: change.entity });
  const entity = change.entity;
  const parsed = fieldsSchema(entity, change.intent).safeParse(change.fields);
  if (!parsed.success) {
    const fields = [
      ...new Set(parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys.join('、') : String(i.path[0] ?? '')))),
    ];
    return reject('badFields', { fields: fields.join('、') });
  }
  const fields = Object.fromEntries(Object.entries(parsed.data as Record<string, unknown>).filter(([k]) => !META.has(k)));

  if (facts.missingReference) return reject('unknownReference', { entity: facts.missingReference.entity, id: facts.missingReference.id });

  // The region: a property's own code, or the property the row belongs to.
  const link = PROPERTY_LINK[entity];
  if (entity === 'properties') {
    const region = (fields.regionCode as string | undefined) ?? facts.property?.regionCode;
    if (region !== undefined && !within(region, facts.desk.regionCode)) return reject('outsideRegion');
    if (facts.property && !within(facts.property.regionCode, facts.desk.regionCode)) return reject('outsideRegion');
  } else if (link) {
    if (!facts.property)
      return reject('unknownReference', { entity: 'properties', id: String(fields[(link as { field: string }).field] ?? '') });
    if (!within(facts.property.regionCode, facts.desk.regionCode)) return reject('outsideRegion');
  }

  // The city's enforcement: a closure stands until the city lifts it.
  if (facts.property?.status === 'closed') {
    if (entity === 'properties') {
      if (fields.status === 'active') return reject('cityAuthority');
      const others = Object.keys(fields).filter((f) => !['status', 'closedReason', 'closedAuthority', 'closedOn'].includes(f));
      if (others.length) return reject('propertyClosed');
    } else if (!allowedOnClosed(entity, change.intent, fields)) {
      return reject('propertyClosed');
    }
  }

  if (change.intent === 'create') {
    if (entity === 'landlords' && facts.sameIdentity) return { outcome: 'mapped', to: facts.sameIdentity.id };
    if (facts.row) return reject('exists');
    if (entity === 'certificates' && facts.serialTaken) return reject('serialTaken', { serial: String(fields.serial) });
    return {
      outcome: 'applied',
      created: true,
      fields,
      changed: fields,
      version: 1,
      fieldVersions: Object.fromEntries(Object.keys(fields).map((f) => [f, 1])),
      fieldDesks: Object.fromEntries(Object.keys(fields).map((f) => [f, facts.desk.id])),
    };
  }

  const row = facts.row;
  if (!row) return reject('unknownRow');
  if (EVENT_ENTITIES.has(entity) && row.deskId !== null && row.deskId !== facts.desk.id) {
    // Another desk's event: a desk of the region may move it on (a check-out, a rectification, a void), never rewrite it.
    const movable = MOVABLE_BY_REGION[entity] ?? [];
    if (Object.keys(fields).some((f) => !movable.includes(f))) return reject('notOwner');
  }

  // Another edit got there first: each field the desk changed that someone else moved on since the desk's base.
  if (!EVENT_ENTITIES.has(entity)) {
    const base = change.baseVersion ?? 1;
    const conflicts = Object.entries(fields)
      .filter(([f, v]) => (row.fieldVersions[f] ?? 1) > base && (row.fieldDesks[f] ?? null) !== facts.desk.id && !same(row.fields[f], v))
      .map(([field, desk]) => ({ field, desk, platform: row.fields[field] ?? null }));
    if (conflicts.length) return { outcome: 'conflict', fields: conflicts };
  }

  const changed = Object.fromEntries(Object.entries(fields).filter(([f, v]) => !same(row.fields[f], v)));
  const version = Object.keys(changed).length ? row.version + 1 : row.version;
  return {
    outcome: 'applied',
    created: false,
    fields: { ...row.fields, ...changed },
    changed,
    version,
    fieldVersions: { ...row.fieldVersions, ...Object.fromEntries(Object.keys(changed).map((f) => [f, version])) },
    fieldDesks: { ...row.fieldDesks, ...Object.fromEntries(Object.keys(changed).map((f) => [f, facts.desk.id])) },
  };
}

/** The fields of a city enforcement act on a property: the platform's own change, which every desk of the region pulls. */
export function cityClosure(
  row: PlatformRow,
  act: { close: true; reason: string; authority: string; on: string } | { close: false },
): {
  changed: Record<string, unknown>;
  version: number;
  fieldVersions: Record<string, number>;
  fieldDesks: Record<string, string | null>;
} | null {
  const next = act.close
    ? { status: 'closed', closedReason: act.reason, closedAuthority: act.authority, closedOn: act.on }
    : { status: 'active', closedReason: null, closedAuthority: null, closedOn: null };
  const changed = Object.fromEntries(Object.entries(next).filter(([f, v]) => !same(row.fields[f], v)));
  if (!Object.keys(changed).length) return null;
  const version = row.version + 1;
  return {
    changed,
    version,
    fieldVersions: { ...row.fieldVersions, ...Object.fromEntries(Object.keys(changed).map((f) => [f, version])) },
    fieldDesks: { ...row.fieldDesks, ...Object.fromEntries(Object.keys(changed).map((f) => [f, null])) },
  };
}

export type ResolutionDecision =
  | { outcome: 'applied'; status: 'accepted' | 'resubmitted' | 'escalated'; note: string | null; changed: boolean }
  | { outcome: 'rejected'; reason: RejectReason };

/**
 * A desk supervisor's answer to a conflict the platform recorded: only the
 * desk whose change it held may answer, once. The same answer again (a
 * desk's retry) is applied and changes nothing.
 */
export function decideResolution(
  change: DeskChange,
  conflict: { deskId: string; status: string } | null,
  deskId: string,
): ResolutionDecision {
  if (change.intent !== 'update') return reject('badFields', { fields: 'intent' });
  const parsed = resolutionSchema.safeParse(change.fields);
  if (!parsed.success) {
    return reject('badFields', { fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].join('、') });
  }
  if (!conflict) return reject('unknownRow');
  if (conflict.deskId !== deskId) return reject('notOwner');
  const { status, note } = parsed.data;
  if (conflict.status === status) return { outcome: 'applied', status, note: note ?? null, changed: false };
  if (conflict.status !== 'open') return reject('conflictAnswered');
  return { outcome: 'applied', status, note: note ?? null, changed: true };
}
