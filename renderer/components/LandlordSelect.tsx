import type { ProcedureOutput } from '../../core/api/contract';
import { invoke } from '../api/client';
import { RemoteSelect } from './RemoteSelect';

type Item = ProcedureOutput<'landlords.list'>['landlords'][number];

/** Finds a landlord by name, ID number or mobile as the clerk types. */
export function LandlordSelect(props: { value?: string; onChange?: (id: string) => void; placeholder?: string; id?: string }) {
  return (
    <RemoteSelect<Item>
      {...props}
      search={async (q) => (await invoke('landlords.list', { q: q || undefined, offset: 0, limit: 20 })).landlords}
      toOption={(l) => ({ value: l.id, label: `${l.name}  ${l.idNumberMasked}  ${l.mobileMasked}` })}
    />
  );
}
