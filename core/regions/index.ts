export type { OriginMatch, RegionLevel, RegionOption, RegionRef } from './types';
export {
  districtOf,
  isKnownDeskRegion,
  regionChildren,
  regionFullName,
  regionLevel,
  regionName,
  regionPath,
  streetOf,
} from './desk-regions';
export { isKnownOrigin, originChildren, originName, searchOrigins } from './origins';
