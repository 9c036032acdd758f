import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ProcedureOutput } from '../../core/api/contract';
import { invoke } from '../api/client';

type Item = ProcedureOutput<'properties.find'>['properties'][number];

/** Finds a property by part of its address or its landlord's name. */
export function PropertyPicker(props: { value?: string; onChange?: (id: string) => void; placeholder?: string; id?: string; initial?: Item }) {
  const [items, setItems] = useState<Item[]>(props.initial ? [props.initial] : []);
  const seq = useRef(0);
  const search = async (q: string) => {
    const mine = ++seq.current;
    const r = await invoke('properties.find', { q, limit: 20 });
    if (mine === seq.current) setItems(r.properties);
  };
  useEffect(() => {
    void search('');
  }, []);
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      value={props.value}
      onChange={props.onChange}
      placeholder={props.placeholder}
      style={{ width: '100%' }}
      options={items.map((p) => ({ value: p.id, label: `${p.address}（${p.landlordName}）` }))}
      notFoundContent={null}
    />
  );
}
