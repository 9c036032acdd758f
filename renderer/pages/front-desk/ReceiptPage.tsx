import { Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../../core/dates';
import { useProcedure } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { hashParams } from '../../shell/useHashRoute';
import './receipt.css';
import { useTextList } from '../../i18n/say';

/**
 * 入住登记回执: the tenant's copy of their registration on one A4 sheet: the
 * room, the household (IDs masked), the landlord's contact, the desk and the
 * fire-safety rules every tenant should know. Printed with the browser's (or
 * Electron's) print; the shared .a4 sheet sets the page.
 */
export function ReceiptPage() {
  const { t } = useTranslation();
  const id = hashParams().get('id');
  const receipt = useProcedure('tenancies.receipt', id ? { id } : null);
  const r = receipt.data;
  const tips = useTextList('tenancy.receipt.tips');
  if (receipt.error) return <LoadError error={receipt.error} style={{ margin: 24 }} />;
  if (!r) return <Spin fullscreen />;
  const tn = r.tenancy;
  const room = r.room;
  return (
    <div className="print-page">
      <Space className="no-print" style={{ margin: 16 }}>
        <Button type="primary" onClick={() => window.print()} autoFocus>
          {t('tenancy.receipt.print')}
        </Button>
        <Button onClick={() => history.back()}>{t('tenancy.receipt.back')}</Button>
      </Space>
      <article className="a4 receipt" data-testid="receipt">
        <h1>{t('tenancy.receipt.title')}</h1>
        <p className="serial">
          {t('tenancy.receipt.serial')}：{tn.id}
        </p>
        <table className="bordered fixed">
          <colgroup>
            <col style={{ width: '22%' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('tenancy.receipt.address')}</th>
              <td>{r.property.address}</td>
            </tr>
            <tr>
              <th>{t('tenancy.receipt.room')}</th>
              <td>
                {t('tenancy.receipt.roomFacts', { room: room.label, floor: room.floor, area: room.areaM2, max: room.maxOccupants })}；
                {room.cookingPermitted ? t('tenancy.receipt.kitchen') : t('tenancy.receipt.noKitchen')}
                {room.privateBathroom ? `；${t('tenancy.receipt.bathroom')}` : ''}；{t('tenancy.receipt.rent', { rent: room.rentMonthly })}
              </td>
            </tr>
            <tr>
              <th>{t('tenancy.receipt.fireStatus')}</th>
              <td>
                {t(`fireStatus.${r.property.fireStatus}`)}
                {r.property.validUntil ? `，${t('tenancy.receipt.validUntil', { date: r.property.validUntil })}` : ''}
              </td>
            </tr>
            <tr>
              <th>{t('tenancy.receipt.dates')}</th>
              <td>
                {tn.checkInOn}
                {tn.expectedEndOn ? `　${t('tenancy.receipt.until')}：${tn.expectedEndOn}` : ''}
              </td>
            </tr>
            <tr>
              <th>{t('tenancy.receipt.landlord')}</th>
              <td>
                {r.landlord.name}　{r.landlord.mobile}
              </td>
            </tr>
          </tbody>
        </table>
        <table className="bordered fixed household">
          <colgroup>
            <col style={{ width: '13%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '27%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '26%' }} />
          </colgroup>
          <caption>{t('tenancy.receipt.household')}</caption>
          <thead>
            <tr>
              <th>{t('tenancy.person.name')}</th>
              <th>{t('tenancy.receipt.role')}</th>
              <th>{t('tenancy.person.idNumber')}</th>
              <th>{t('tenancy.person.birthDate')}</th>
              <th>{t('tenancy.person.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {tn.household.map((p) => (
              <tr key={p.tenantId}>
                <td>{p.name}</td>
                <td>
                  {p.role === 'tenant'
                    ? t('tenancy.receipt.tenant')
                    : `${t('tenancy.receipt.member')}（${t(`relation.${p.relation ?? 'other'}`)}）`}
                </td>
                <td className="mono">
                  {p.idNumberMasked ?? (p.guardianName ? `${t('tenancy.person.guardian')}：${p.guardianName}` : '—')}
                </td>
                <td>{p.birthDate ?? '—'}</td>
                <td>{p.originName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section className="receipt-tips">
          <h2>{t('tenancy.receipt.tipsTitle')}</h2>
          <ol>
            {tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ol>
        </section>
        <p className="receipt-desk">
          {t('tenancy.receipt.desk')}：{r.desk.name}（{r.desk.regionName}）
          <br />
          {t('tenancy.receipt.clerk')}：{r.clerkName}　{t('tenancy.receipt.printedAt')}：{chinaDateTime(r.printedAt)}
        </p>
        <p className="receipt-keep">{t('tenancy.receipt.keep')}</p>
      </article>
    </div>
  );
}
