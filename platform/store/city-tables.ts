import type { SyncEntity } from '../../core/sync/entities';
import * as s from './schema';

/** Which table of the city register holds each synced entity. */
export const CITY_TABLES = {
  landlords: s.cityLandlords,
  properties: s.cityProperties,
  rooms: s.cityRooms,
  scheduledInspections: s.cityScheduledInspections,
  ruleSets: s.cityRuleSets,
  inspections: s.cityInspections,
  findings: s.cityFindings,
  hazards: s.cityHazards,
  tenants: s.cityTenants,
  tenancies: s.cityTenancies,
  householdMembers: s.cityHouseholdMembers,
  certificates: s.cityCertificates,
} as const satisfies Record<SyncEntity, unknown>;

export type CityTable = (typeof CITY_TABLES)[SyncEntity];
