import { Button, Space, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAddress, composeDetail, normaliseHouseNumber } from '../../../core/address';
import { maskIdNumber, maskMobile } from '../../../core/mask';
import { compactInput } from '../../../core/validation/normalize';
import { useProcedure } from '../../api/queries';
import { LetterSheet, type LetterFacts } from '../../components/LetterSheet';
import { LoadError } from '../../components/LoadError';
import type { Me } from '../../shell/me';
import { hashParams } from '../../shell/useHashRoute';
import { isBlankRoom, loadDraft } from './draft';

/**
 * The responsibility letter as an A4 print view: for a registered property
 * (`#/letter?property=…`) or for the walk-in still being entered
 * (`#/letter?draft=1`, read from this workstation's draft), so the landlord
 * signs it before the clerk finishes.
 */
export function LetterPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const params = hashParams();
  const propertyId = params.get('property');
  const fromDraft = params.get('draft') === '1';
  const property = useProcedure('properties.get', !fromDraft && propertyId ? { id: propertyId } : null);
  const p = property.data;

  const facts = useMemo((): LetterFacts | null => {
    const base = { deskName: me.desk.name, clerkName: me.clerk.displayName };
    if (fromDraft) {
      // The walk-in still being entered: this workstation's draft.
      const d = loadDraft(me.clerk.id);
      if (!d) return null;
      const v = d.values;
      const a = v.property.address;
      const detail = composeDetail(a.road, a.houseNumber ? normaliseHouseNumber(a.houseNumber) : undefined, a.detail);
      return {
        ...base,
        landlordName: d.existing?.name ?? v.landlord.name ?? '',
        idNumberMasked: d.existing?.idNumberMasked ?? maskIdNumber(compactInput(v.landlord.idNumber ?? '').toUpperCase()),
        mobileMasked: d.existing?.mobileMasked ?? maskMobile(compactInput(v.landlord.mobile ?? '')),
        address: a.regionCode ? formatAddress(a.regionCode, detail) : detail,
        roomCount: v.rooms.filter((r) => !isBlankRoom(r)).length,
        signedOn: v.letter.signed ? (v.letter.signedOn ?? null) : null,
      };
    }
    if (!p) return null;
    return {
      ...base,
      landlordName: p.landlord.name,
      idNumberMasked: p.landlord.idNumberMasked,
      mobileMasked: p.landlord.mobileMasked,
      address: p.address,
      roomCount: p.rooms.length,
      signedOn: p.landlord.letterSigned ? p.landlord.letterSignedOn : null,
    };
  }, [fromDraft, p, me]);

  if (property.error) return <LoadError error={property.error} style={{ margin: 24 }} />;
  if (!facts) return <Spin fullscreen />;
  return (
    <div className="print-page">
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" autoFocus onClick={() => window.print()}>
          {t('letter.print')}
        </Button>
        <Button onClick={() => history.back()}>{t('letter.back')}</Button>
      </Space>
      <LetterSheet f={facts} />
    </div>
  );
}
