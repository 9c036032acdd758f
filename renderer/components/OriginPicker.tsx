import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { originName, searchOrigins } from '../../core/regions';

export interface OriginPickerProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
  status?: '' | 'error' | 'warning';
}

/**
 * 籍贯 from the national list of provinces, cities and counties (core/regions):
 * the clerk types part of a name (亳州, 安徽亳州) and picks the full name.
 */
export function OriginPicker({ value, onChange, placeholder, id, status }: OriginPickerProps) {
  const [text, setText] = useState('');
  const options = useMemo(() => {
    const hits = text ? searchOrigins(text, 30) : [];
    const current = value && !hits.some((h) => h.code === value) ? [{ code: value, fullName: originName(value) ?? value }] : [];
    return [...current, ...hits].map((o) => ({ value: o.code, label: o.fullName }));
  }, [text, value]);
  return (
    <Select
      id={id}
      status={status}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      placeholder={placeholder}
      options={options}
      onChange={(v) => onChange?.(v ?? undefined)}
      notFoundContent={null}
      style={{ width: '100%' }}
    />
  );
}
