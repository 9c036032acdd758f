import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ProcedureOutput } from '../../core/api/contract';
import { invoke } from '../api/client';

type Item = ProcedureOutput<'landlords.list'>['landlords'][number];

/** Finds a landlord by name, ID number or mobile as the clerk types. */
export function LandlordSelect(props: { value?: string; onChange?: (id: string) => void; placeholder?: string; id?: string }) {
  const [items, setItems] = useState<Item[]>([]);
  const seq = useRef(0);

  const search = async (q: string) => {
    const mine = ++seq.current;
    const r = await invoke('landlords.list', { q: q.trim() || undefined, offset: 0, limit: 20 });
    if (mine === seq.current) setItems(r.landlords);
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
      options={items.map((l) => ({ value: l.id, label: `${l.name}  ${l.idNumberMasked}  ${l.mobileMasked}` }))}
      notFoundContent={null}
    />
  );
}
