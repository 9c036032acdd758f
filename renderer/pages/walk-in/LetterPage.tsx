import { Button, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAddress, composeDetail, normaliseHouseNumber } from '../../../core/address';
import { maskIdNumber, maskMobile } from '../../../core/mask';
import { compactInput } from '../../../core/validation/normalize';
import { invoke } from '../../api/client';
import { LetterSheet, type LetterFacts } from '../../components/LetterSheet';
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
  const [facts, setFacts] = useState<LetterFacts | null>(null);
  const params = hashParams();
  const propertyId = params.get('property');
  const fromDraft = params.get('draft') === '1';

  useEffect(() => {
    const base = { deskName: me.desk.name, clerkName: me.clerk.displayName };
    if (fromDraft) {
      const d = loadDraft(me.clerk.id);
      if (!d) return;
      const v = d.values;
      const a = v.property.address;
      const detail = composeDetail(a.road, a.houseNumber ? normaliseHouseNumber(a.houseNumber) : undefined, a.detail);
      setFacts({
        ...base,
        landlordName: d.existing?.name ?? v.landlord.name ?? '',
        idNumberMasked: d.existing?.idNumberMasked ?? maskIdNumber(compactInput(v.landlord.idNumber ?? '').toUpperCase()),
        mobileMasked: d.existing?.mobileMasked ?? maskMobile(compactInput(v.landlord.mobile ?? '')),
        address: a.regionCode ? formatAddress(a.regionCode, detail) : detail,
        roomCount: v.rooms.filter((r) => !isBlankRoom(r)).length,
        signedOn: v.letter.signed ? (v.letter.signedOn ?? null) : null,
      });
    } else if (propertyId) {
      void invoke('properties.get', { id: propertyId }).then((p) =>
        setFacts({
          ...base,
          landlordName: p.landlord.name,
          idNumberMasked: p.landlord.idNumberMasked,
          mobileMasked: p.landlord.mobileMasked,
          address: p.address,
          roomCount: p.rooms.length,
          signedOn: p.landlord.letterSigned ? p.landlord.letterSignedOn : null,
        }),
      );
    }
  }, [fromDraft, propertyId, me]);

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
