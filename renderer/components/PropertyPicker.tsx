import type { ProcedureOutput } from '../../core/api/contract';
import { invoke } from '../api/client';
import { RemoteSelect } from './RemoteSelect';

type Item = ProcedureOutput<'properties.find'>['properties'][number];

/** Finds a property by part of its address or its landlord's name. */
export function PropertyPicker(props: { value?: string; onChange?: (id: string) => void; placeholder?: string; id?: string; initial?: Item }) {
  return (
    <RemoteSelect<Item>
      {...props}
      initial={props.initial ? [props.initial] : []}
      search={async (q) => (await invoke('properties.find', { q, limit: 20 })).properties}
      toOption={(p) => ({ value: p.id, label: `${p.address}（${p.landlordName}）` })}
    />
  );
}
