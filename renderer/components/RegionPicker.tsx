import { Cascader } from 'antd';
import { useMemo } from 'react';
import { regionChildren, regionPath } from '../../core/regions';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const trees = new Map<string, Option[]>();

/** The region tree under `root` (a city or district code, or all of Zhejiang), built once per root. */
function treeUnder(root: string | null): Option[] {
  const key = root ?? '*';
  let tree = trees.get(key);
  if (!tree) {
    const build = (code: string | null): Option[] =>
      regionChildren(code).map((c) => ({
        value: c.code,
        label: c.name,
        isLeaf: c.isLeaf,
        ...(c.isLeaf ? {} : { children: build(c.code) }),
      }));
    tree = build(root);
    trees.set(key, tree);
  }
  return tree;
}

export interface RegionPickerProps {
  /** Start the columns here: '3310' shows Taizhou's districts first. */
  root?: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
  status?: '' | 'error' | 'warning';
}

/**
 * 区县 / 街道 / 社区 in cascading columns from the bundled region data. A
 * street is a valid choice on its own; typing part of a name searches all levels.
 */
export function RegionPicker({ root = null, value, onChange, placeholder, id, status }: RegionPickerProps) {
  const options = useMemo(() => treeUnder(root), [root]);
  const path = useMemo(() => {
    if (!value) return undefined;
    const full = regionPath(value).map((r) => r.code);
    const start = root ? full.indexOf(root) + 1 : 0;
    return full.slice(start);
  }, [value, root]);

  return (
    <Cascader<Option>
      id={id}
      status={status}
      options={options}
      value={path}
      changeOnSelect
      placeholder={placeholder}
      style={{ width: '100%' }}
      showSearch={{
        filter: (input, opts) => opts.some((o) => o.label.includes(input.trim())),
        limit: 60,
      }}
      onChange={(codes) => onChange?.(codes && codes.length ? String(codes[codes.length - 1]) : undefined)}
    />
  );
}
