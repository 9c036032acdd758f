import { Select } from 'antd';
import { lazy, Suspense } from 'react';
import type { RegionPickerProps } from './RegionPicker';

const RegionPicker = lazy(() => import('./RegionPicker').then((m) => ({ default: m.RegionPicker })));

/**
 * The region picker as a filter on list pages: its 26,000-community table
 * loads after the list has painted, not before.
 */
export function LazyRegionPicker(props: RegionPickerProps) {
  return (
    <Suspense fallback={<Select disabled placeholder={props.placeholder} style={{ width: '100%' }} />}>
      <RegionPicker {...props} />
    </Suspense>
  );
}
