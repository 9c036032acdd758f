import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import { QrImage } from './QrImage';
import './CertificateSheet.css';

type Certificate = ProcedureOutput<'certificates.get'>;

/** 2026-06-15 -> 2026年6月15日, as dates are written on official paper. */
export const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * 出租房屋消防安全检查合格证明: one A4 sheet. Always in Chinese — it is an
 * official document — whatever language the clerk's screen shows. Every fact
 * printed comes from the signed payload, so paper and QR code cannot differ.
 */
export function CertificateSheet({ c }: { c: Certificate }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('zh', undefined, 'certificates.sheet');
  const f = c.facts;
  return (
    <article className="a4 certificate" data-testid="certificate-sheet">
      {c.status === 'void' && (
        <div className="certificate-void no-print" aria-hidden>
          {t('void')}
        </div>
      )}
      <p className="serial">{t('serial', { serial: c.serial })}</p>
      <h1>{t('title')}</h1>
      <div className="certificate-rule" />
      <p className="indent">{t('intro', { rules: c.ruleTitle.zh, version: f.ruleVersion })}</p>

      <table className="bordered fixed certificate-facts">
        <colgroup>
          <col style={{ width: '17%' }} />
          <col style={{ width: '33%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '33%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('address')}</th>
            <td colSpan={3}>{f.address}</td>
          </tr>
          <tr>
            <th>{t('landlord')}</th>
            <td>{f.landlord}</td>
            <th>{t('ruleVersion')}</th>
            <td>{f.ruleVersion}</td>
          </tr>
          <tr>
            <th>{t('inspectedOn')}</th>
            <td>{chineseDate(f.inspectedOn)}</td>
            <th>{t('issuedOn')}</th>
            <td>{chineseDate(f.issuedOn)}</td>
          </tr>
          <tr>
            <th>{t('validUntil')}</th>
            <td className="certificate-strong">{chineseDate(f.validUntil)}</td>
            <th>{t('clerk')}</th>
            <td>{c.clerkName}</td>
          </tr>
          <tr>
            <th>{t('desk')}</th>
            <td colSpan={3}>{c.deskName}</td>
          </tr>
        </tbody>
      </table>

      <table className="bordered fixed certificate-rooms">
        <caption>{t('rooms')}</caption>
        <thead>
          <tr>
            <th>{t('room')}</th>
            <th>{t('maxOccupants')}</th>
            <th>{t('cooking')}</th>
          </tr>
        </thead>
        <tbody>
          {f.rooms.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td>{t('persons', { n: r.maxOccupants })}</td>
              <td>{r.cookingPermitted ? t('yes') : t('no')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="certificate-bottom">
        <figure className="certificate-qr">
          <QrImage text={c.payload} sizeMm={42} alt={t('qr')} />
          <figcaption>
            {t('qr')}
            <br />
            {t('qrNote')}
          </figcaption>
        </figure>
        <div className="certificate-seal">
          <div className="certificate-seal-circle">{t('seal')}</div>
          <p>{t('issuer', { desk: c.deskName })}</p>
          <p>{chineseDate(f.issuedOn)}</p>
        </div>
      </div>

      <section className="certificate-notes">
        <h2>{t('notesTitle')}</h2>
        <ol>
          {(['n1', 'n2', 'n3', 'n4', 'n5', 'n6'] as const).map((n) => (
            <li key={n}>{t(`notes.${n}`)}</li>
          ))}
        </ol>
      </section>
      <p className="certificate-footer">{t('footer', { prints: c.prints })}</p>
    </article>
  );
}
