import { Select } from 'antd';
import { useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../core/api/contract';
import { useProcedureSearch } from '../api/queries';

export interface RemoteSelectProps<N extends ProcedureName, T> {
  /** The procedure that finds the options, and its input for what the clerk typed ('' on open). */
  procedure: N;
  input: (q: string) => ProcedureInput<N>;
  items: (answer: ProcedureOutput<N>) => T[];
  toOption: (item: T) => { value: string; label: string };
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  id?: string;
  initial?: T[];
}

/**
 * A select whose options come from the register as the clerk types. Each
 * answer is kept under the text it was asked for (useProcedureSearch), so a
 * slow early answer cannot replace a later one.
 */
export function RemoteSelect<N extends ProcedureName, T>({
  procedure,
  input,
  items,
  toOption,
  value,
  onChange,
  placeholder,
  id,
  initial,
}: RemoteSelectProps<N, T>) {
  const [text, setText] = useState('');
  const found = useProcedureSearch(procedure, text, input);
  const shown = found.data ? items(found.data) : (initial ?? []);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      style={{ width: '100%' }}
      options={shown.map(toOption)}
      status={found.error ? 'error' : undefined}
      notFoundContent={found.error ? found.error.message : null}
    />
  );
}
