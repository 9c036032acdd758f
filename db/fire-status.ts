import type { FireStatus } from '../core/schemas/property';
import type { Writer } from './write';

/**
 * Recomputes a property's derived fire status and its rooms' derived facts
 * (maximum occupants, cooking permitted) from the register and the rule set in
 * force, and stores them in the cache columns through the write path.
 * Call it inside the write transaction of anything that changes those inputs:
 * room edits, inspections, hazards, closures, reopenings.
 *
 * (Being completed with the inspections issue: until then it knows closures only.)
 */
export function refreshFireStatus(w: Writer, propertyId: string, today: string): FireStatus {
  void today;
  const p = w.reg.get('properties', propertyId);
  if (!p) throw new Error(`no property ${propertyId}`);
  const status: FireStatus = p.status === 'closed' ? 'closed' : p.fireStatus === 'closed' ? 'uninspected' : (p.fireStatus as FireStatus);
  if (status !== p.fireStatus) w.update('properties', propertyId, { fireStatus: status });
  return status;
}
