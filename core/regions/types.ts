/** The Zhejiang levels a desk works with; a desk's own region is a street or a community. */
export type RegionLevel = 'city' | 'district' | 'street' | 'community';

/** One step of a region's path, from the city down. */
export interface RegionRef {
  code: string;
  name: string;
}

/** One option of a cascading picker; `isLeaf` tells the picker not to offer a next column. */
export interface RegionOption {
  code: string;
  name: string;
  isLeaf: boolean;
}

/** A search hit for a tenant's origin (籍贯); `fullName` is what the clerk reads. */
export interface OriginMatch {
  code: string;
  name: string;
  fullName: string;
}
