import { addDays } from '../dates';
import { DomainError, fieldError } from '../errors';
import { WINDOWS } from '../rules/windows';
import { idProblemToday, type IdType } from '../schemas/person-id';

/**
 * The register's own rules for landlords, properties and rooms: pure checks
 * over facts the handler loaded, each answering the refusal (with the field
 * it is about) or null.
 */

/** A resident ID's birth date may not lie ahead; credit codes carry none. */
export function futureBirthRefusal(idType: string, idNumber: string, today: string, path: string): DomainError | null {
  if (idType === 'credit_code') return null;
  const problem = idProblemToday(idType as IdType, idNumber, today);
  return problem ? fieldError(path, problem) : null;
}

/** The same ID registered already: 409, naming the landlord so the page can offer them instead. */
export function duplicateIdRefusal(existing: { id: string; name: string } | null, path: string, exceptId?: string): DomainError | null {
  if (!existing || existing.id === exceptId) return null;
  const ref = { key: 'landlord.duplicateId', params: { name: existing.name, id: existing.id } };
  return new DomainError('CONFLICT', ref, {
    issues: [{ path, ...ref }],
    details: { existingId: existing.id, existingName: existing.name },
  });
}

export function futureLetterRefusal(signedOn: string | null, today: string, path: string): DomainError | null {
  return signedOn && signedOn > today ? fieldError(path, 'letter.dateInFuture') : null;
}

/** An organisation is reached through a named contact. */
export function landlordEditRefusal(
  kind: 'person' | 'organisation',
  edit: { contactName: string | null | undefined; idType: string | undefined },
): DomainError | null {
  if (kind === 'organisation' && !edit.contactName) return fieldError('contactName', 'landlord.contactRequired');
  if (edit.idType !== undefined && (edit.idType === 'credit_code') !== (kind === 'organisation')) {
    return fieldError('identity.idType', 'landlord.kindMismatch');
  }
  return null;
}

/**
 * The same normalised address registered already is a warning, not a rule:
 * one building may hold two landlords' flats. Unless the clerk has seen it
 * and goes ahead, the save is refused with the properties named.
 */
export function duplicateAddressRefusal(
  matches: readonly { id: string; address: string; landlordName: string }[],
  acknowledged: boolean,
  excludeId?: string,
): DomainError | null {
  if (acknowledged) return null;
  const others = matches.filter((m) => m.id !== excludeId);
  const first = others[0];
  if (!first) return null;
  return new DomainError(
    'CONFLICT',
    { key: 'property.duplicateAddress', params: { address: first.address, landlord: first.landlordName } },
    { details: { addressMatches: others } },
  );
}

/** A building cannot lose floors its rooms are on. */
export function floorsRefusal(rooms: readonly { label: string; floor: number }[], floors: number): DomainError | null {
  const highest = rooms.reduce<{ label: string; floor: number } | null>((top, r) => (top === null || r.floor > top.floor ? r : top), null);
  return highest && highest.floor > floors
    ? fieldError('floors', 'property.floorsBelowRooms', { label: highest.label, floor: highest.floor })
    : null;
}

/** A room sits on a floor of its building. */
export function roomFloorRefusal(floor: number, floors: number, path: string): DomainError | null {
  return floor > floors ? fieldError(path, 'property.floorAboveBuilding', { floor, floors }) : null;
}

/** Labels are unique within a property, whatever their case. */
export function labelTakenRefusal(
  rooms: readonly { id: string; label: string }[],
  label: string,
  path: string,
  exceptId?: string,
): DomainError | null {
  const taken = rooms.some((r) => r.id !== exceptId && r.label.toUpperCase() === label.toUpperCase());
  return taken ? fieldError(path, 'room.duplicateLabel', { label }) : null;
}

/** A room made smaller must still hold whoever lives or is booked there (DEN-1/DEN-2 decide its maximum). */
export function occupantsRefusal(persons: number, maxOccupants: number): DomainError | null {
  if (persons <= maxOccupants) return null;
  const params = { persons, max: maxOccupants };
  return new DomainError(
    'RULE_VIOLATION',
    { key: 'room.occupantsAboveMax', params },
    { issues: [{ path: 'areaM2', key: 'room.occupantsAboveMax', params }] },
  );
}

/** A closure is recorded on or after the day it was ordered, once. `status` null: no such property. */
export function closeRefusal(status: 'active' | 'closed' | null, closedOn: string, today: string): DomainError | null {
  if (closedOn > today) return fieldError('closedOn', 'property.closedOnFuture');
  if (status === null) return new DomainError('NOT_FOUND', 'property.notFound');
  if (status === 'closed') return new DomainError('CONFLICT', 'property.alreadyClosed');
  return null;
}

/**
 * A closed property's building and rooms stay as they were when it was closed
 * until the closure is lifted: the city platform refuses such edits too
 * (core/sync/decide.ts), so the desk refuses them before a clerk believes them saved.
 */
export function closedEditRefusal(property: { status: 'active' | 'closed'; closedAuthority: string | null }): DomainError | null {
  if (property.status !== 'closed') return null;
  return new DomainError('CONFLICT', { key: 'property.closedNoEdits', params: { authority: property.closedAuthority ?? '' } });
}

export function reopenRefusal(status: 'active' | 'closed' | null): DomainError | null {
  if (status === null) return new DomainError('NOT_FOUND', 'property.notFound');
  return status !== 'closed' ? new DomainError('CONFLICT', 'property.notClosed') : null;
}

/** A walk-in's first inspection is booked from today and within the window. */
export function firstInspectionRefusal(on: string, today: string): DomainError | null {
  if (on < today) return fieldError('firstInspectionOn', 'walkIn.inspectionInPast');
  if (on > addDays(today, WINDOWS.firstInspectionMaxDays)) {
    return fieldError('firstInspectionOn', 'walkIn.inspectionTooLate', { days: WINDOWS.firstInspectionMaxDays });
  }
  return null;
}
