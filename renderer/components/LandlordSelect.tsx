import { RemoteSelect } from './RemoteSelect';

/** Finds a landlord by name, ID number or mobile as the clerk types. */
export function LandlordSelect(props: { value?: string; onChange?: (id: string) => void; placeholder?: string; id?: string }) {
  return (
    <RemoteSelect
      {...props}
      procedure="landlords.list"
      input={(q) => ({ q: q || undefined, offset: 0, limit: 20 })}
      items={(r) => r.landlords}
      toOption={(l) => ({ value: l.id, label: `${l.name}  ${l.idNumberMasked}  ${l.mobileMasked}` })}
    />
  );
}
