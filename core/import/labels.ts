import { LABELS } from '../i18n/labels';
import type { LandlordIdType, LandlordKind } from '../schemas/landlord';
import type { BuildingType, EbikeArrangement } from '../schemas/property';

/**
 * The words the register sheet uses for enumerations: the Chinese of the one
 * label table (core/i18n/labels.ts), since the sheet is Chinese whatever the
 * UI language (it goes to and comes from Chinese offices).
 */
const chinese = <V extends string>(set: Record<V, { zh: string }>): Record<V, string> =>
  Object.fromEntries(Object.entries(set).map(([v, t]) => [v, (t as { zh: string }).zh])) as Record<V, string>;

export const KIND_LABELS: Record<LandlordKind, string> = chinese(LABELS.landlordKind);
export const ID_TYPE_LABELS: Record<LandlordIdType, string> = chinese(LABELS.idType);
export const BUILDING_TYPE_LABELS: Record<BuildingType, string> = chinese(LABELS.buildingType);
export const EBIKE_LABELS: Record<EbikeArrangement, string> = chinese(LABELS.ebike);
/** Statuses as the exported sheet shows them (read-only columns the import ignores). */
export const ROOM_STATUS_LABELS: Record<string, string> = chinese(LABELS.roomStatus);
export const FIRE_STATUS_LABELS: Record<string, string> = chinese(LABELS.fireStatus);
export const PROPERTY_STATUS_LABELS: Record<string, string> = chinese(LABELS.propertyStatus);

export const YES = LABELS.yesNo.yes.zh;
export const NO = LABELS.yesNo.no.zh;

/** label -> value, also accepting the value itself (a sheet written by a script). */
export function labelLookup<V extends string>(labels: Record<V, string>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [value, label] of Object.entries(labels) as [V, string][]) {
    m.set(label, value);
    m.set(value, value);
  }
  return m;
}
