import { Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProcedure } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { hashParams } from '../../shell/useHashRoute';
import { useLocal } from '../../i18n/say';

/**
 * 限期整改通知书: an A4 notice for the landlord listing the failed items and
 * their deadlines, with the desk's name and room for its seal. Printed from
 * the browser's print dialog (or Electron's), styled by print.css.
 */
export function NoticePage() {
  const { t } = useTranslation();
  const local = useLocal();
  const id = hashParams().get('inspection');
  const detail = useProcedure('inspections.get', id ? { id } : null);
  const d = detail.data;
  if (detail.error) return <LoadError error={detail.error} style={{ margin: 24 }} />;
  if (!d) return <Spin fullscreen />;
  const serial = `${d.inspectedOn.replaceAll('-', '')}-${d.id.slice(-6)}`;
  return (
    <div className="print-page">
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} autoFocus>
          {t('inspections.notice.print')}
        </Button>
        <Button onClick={() => history.back()}>{t('inspections.notice.back')}</Button>
      </Space>
      <article className="a4 notice" data-testid="notice">
        <h1>{t('inspections.notice.title')}</h1>
        <p className="serial">No. {serial}</p>
        <p>
          {t('inspections.notice.to')}：<strong>{d.landlordName}</strong>（{d.landlordMobile}）
        </p>
        <p className="indent">{t('inspections.notice.body', { address: d.address })}</p>
        <table className="bordered fixed">
          <colgroup>
            <col style={{ width: '6%' }} />
            <col style={{ width: '48%' }} />
            <col style={{ width: '30%' }} />
            <col style={{ width: '16%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('inspections.notice.item')}</th>
              <th>{t('inspections.notice.problem')}</th>
              <th>{t('inspections.notice.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {d.hazards.map((h, i) => (
              <tr key={h.id}>
                <td>{i + 1}</td>
                <td>
                  {h.itemCode} {local(d.findings.find((f) => f.itemCode === h.itemCode)?.check ?? { zh: '', en: '' })}
                  {h.roomLabel ? `（${h.roomLabel}）` : ''}
                </td>
                <td>{h.description}</td>
                <td className="nowrap">{h.deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="signatures">
          <div>
            <p>
              {t('inspections.notice.inspector')}：{d.inspectorName ?? ''}
            </p>
            <p>
              {t('inspections.notice.date')}：{d.inspectedOn}
            </p>
            <p>{t('inspections.notice.receipt')}________________</p>
          </div>
          <div className="seal">
            <p>{d.deskName}</p>
            <p>{t('inspections.notice.desk')}</p>
            <p className="seal-box">{t('inspections.notice.seal')}</p>
          </div>
        </div>
      </article>
    </div>
  );
}
