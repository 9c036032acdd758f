import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';

export interface RemoteSelectProps<T> {
  /** Asks the register for the options matching what the clerk typed ('' on open). */
  search: (q: string) => Promise<T[]>;
  toOption: (item: T) => { value: string; label: string };
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  id?: string;
  initial?: T[];
}

/**
 * A select whose options come from the register as the clerk types. Only the
 * answer to the latest keystroke is shown, so a slow early answer cannot
 * replace a later one.
 */
export function RemoteSelect<T>({ search, toOption, value, onChange, placeholder, id, initial }: RemoteSelectProps<T>) {
  const [items, setItems] = useState<T[]>(initial ?? []);
  const seq = useRef(0);
  const run = async (q: string) => {
    const mine = ++seq.current;
    const found = await search(q.trim());
    if (mine === seq.current) setItems(found);
  };
  useEffect(() => {
    void run('');
    // Once, on open: later searches follow the clerk's typing.
  }, []);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (q) => void run(q) }}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      style={{ width: '100%' }}
      options={items.map(toOption)}
      notFoundContent={null}
    />
  );
}
