import { addDays, addMonths } from '../dates';
import type { FireStatus, RoomStatus } from '../schemas/property';
import { maxOccupants } from './density';
import type { RuleParameters } from './rule-set';

/**
 * THE derivation of fire-checklist.md: a property's fire status and, for each
 * room, its maximum occupants, whether cooking is permitted and whether it may
 * be offered — from the facts, the inspections, the hazards, the rule set's
 * parameters and the date. Pure; the register caches its answer for lists and
 * a test holds the cache equal to it.
 */
export interface StatusInputs {
  closed: boolean;
  rooms: readonly { id: string; areaM2: number; hasKitchen: boolean; status: RoomStatus }[];
  inspections: readonly { id: string; inspectedOn: string; kind: 'first' | 'routine' | 'reinspection' }[];
  hazards: readonly {
    id: string;
    itemCode: string;
    roomId: string | null;
    effects: readonly string[];
    deadline: string;
    status: 'open' | 'rectified';
  }[];
  params: Pick<RuleParameters, 'areaPerPersonM2' | 'personsPerRoom' | 'validityMonths'>;
  today: string;
}

export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export interface RoomDerived {
  id: string;
  maxOccupants: number;
  cookingPermitted: boolean;
  offerable: boolean;
  /** Why it may not be offered, or why cooking is not permitted. */
  reasons: Reason[];
}

export interface Derived {
  status: FireStatus;
  reasons: Reason[];
  /** The inspection validity is measured from (latest full inspection), if any. */
  validFrom: string | null;
  /** Last day of validity of the current pass, if compliant or expired. */
  validUntil: string | null;
  /** The first date on which this answer may change with no new event; null: never by time alone. */
  changesOn: string | null;
  rooms: RoomDerived[];
}

export function deriveFireStatus(input: StatusInputs): Derived {
  const { today, params } = input;
  const open = input.hazards.filter((h) => h.status === 'open');
  const openLetting = open.filter((h) => h.effects.includes('letting'));
  const inspected = input.inspections.length > 0;

  const full = input.inspections.filter((i) => i.kind !== 'reinspection');
  const anchor = latest((full.length ? full : input.inspections).map((i) => i.inspectedOn));
  const validUntil = anchor ? addDays(addMonths(anchor, params.validityMonths), -1) : null;

  let status: FireStatus;
  const reasons: Reason[] = [];
  let changesOn: string | null = null;
  if (input.closed) {
    status = 'closed';
    reasons.push({ key: 'fire.reason.closed' });
  } else if (!inspected) {
    status = 'uninspected';
    reasons.push({ key: 'fire.reason.uninspected' });
  } else if (openLetting.length > 0) {
    const overdue = openLetting.filter((h) => h.deadline < today);
    if (overdue.length > 0) {
      status = 'overdue';
      for (const h of overdue) reasons.push({ key: 'fire.reason.overdue', params: { code: h.itemCode, deadline: h.deadline } });
    } else {
      status = 'rectifying';
      for (const h of openLetting) reasons.push({ key: 'fire.reason.rectifying', params: { code: h.itemCode, deadline: h.deadline } });
      // The day after the earliest deadline, an unrectified hazard makes it overdue.
      changesOn = addDays(earliest(openLetting.map((h) => h.deadline))!, 1);
    }
  } else if (validUntil !== null && today > validUntil) {
    status = 'expired';
    reasons.push({ key: 'fire.reason.expired', params: { validUntil } });
  } else {
    status = 'compliant';
    reasons.push({ key: 'fire.reason.compliant', params: { validUntil: validUntil! } });
    changesOn = addDays(validUntil!, 1);
  }

  const openCooking = open.filter((h) => h.effects.includes('cooking'));
  const rooms = input.rooms.map((room): RoomDerived => {
    const max = maxOccupants(room.areaM2, params);
    const why: Reason[] = [];
    if (status !== 'compliant') why.push({ key: 'room.reason.propertyStatus', params: { status } });
    if (room.status !== 'vacant') why.push({ key: 'room.reason.notVacant', params: { status: room.status } });
    if (max === 0) why.push({ key: 'room.reason.tooSmall', params: { area: room.areaM2, perPerson: params.areaPerPersonM2 } });

    let cooking = room.hasKitchen && inspected;
    if (!room.hasKitchen) why.push({ key: 'cooking.reason.noKitchen' });
    else if (!inspected) why.push({ key: 'cooking.reason.notInspected' });
    for (const h of openCooking) {
      if (h.roomId === null || h.roomId === room.id) {
        cooking = false;
        if (room.hasKitchen) why.push({ key: 'cooking.reason.hazard', params: { code: h.itemCode, deadline: h.deadline } });
      }
    }
    return {
      id: room.id,
      maxOccupants: max,
      cookingPermitted: cooking,
      offerable: status === 'compliant' && room.status === 'vacant' && max > 0,
      reasons: why,
    };
  });

  return { status, reasons, validFrom: anchor, validUntil, changesOn, rooms };
}

const latest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null);
const earliest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null);
