import type { ProcedureOutput } from '../../core/api/contract';
import { RemoteSelect } from './RemoteSelect';

type Item = ProcedureOutput<'properties.find'>['properties'][number];

/** Finds a property by part of its address or its landlord's name. */
export function PropertyPicker(props: {
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  id?: string;
  initial?: Item;
}) {
  return (
    <RemoteSelect
      {...props}
      initial={props.initial ? [props.initial] : []}
      procedure="properties.find"
      input={(q) => ({ q, limit: 20 })}
      items={(r) => r.properties}
      toOption={(p) => ({ value: p.id, label: `${p.address}（${p.landlordName}）` })}
    />
  );
}
