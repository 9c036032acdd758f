import { useTranslation } from 'react-i18next';
import { useTextList } from '../i18n/say';

export interface LetterFacts {
  landlordName: string;
  idNumberMasked: string;
  mobileMasked: string;
  address: string;
  roomCount: number;
  signedOn: string | null;
  deskName: string;
  clerkName: string;
}

/**
 * 消防安全责任书: the landlord's duties under the checklist (fire-checklist.md
 * MGT-1 asks for it signed), on an A4 sheet; the shell's print styles show
 * only the sheet on paper. ID and mobile are printed masked, as lists show them.
 */
export function LetterSheet({ f }: { f: LetterFacts }) {
  const { t } = useTranslation();
  const duties = useTextList('letter.duties');
  return (
    <article className="a4 letter" data-testid="letter-sheet">
      <h1>{t('letter.title')}</h1>
      <table className="bordered">
        <tbody>
          <tr>
            <th className="nowrap">{t('letter.lessor')}</th>
            <td>{f.landlordName}</td>
            <th className="nowrap">{t('letter.idNumber')}</th>
            <td className="nowrap">{f.idNumberMasked}</td>
          </tr>
          <tr>
            <th className="nowrap">{t('letter.address')}</th>
            <td colSpan={3}>{f.address}</td>
          </tr>
          <tr>
            <th className="nowrap">{t('letter.rooms')}</th>
            <td>{t('letter.roomsValue', { count: f.roomCount })}</td>
            <th className="nowrap">{t('letter.mobile')}</th>
            <td className="nowrap">{f.mobileMasked}</td>
          </tr>
        </tbody>
      </table>
      <p className="indent">{t('letter.intro')}</p>
      <ol>
        {duties.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ol>
      <p className="indent">{t('letter.breach')}</p>
      <p className="indent">{t('letter.copies')}</p>
      <div className="signatures">
        <div>
          <p>{t('letter.lessorSign')}________________</p>
          <p>
            {t('letter.date')}
            {f.signedOn ?? '________________'}
          </p>
        </div>
        <div className="seal">
          <p>{f.deskName}</p>
          <p>{t('letter.desk')}</p>
          <p>{t('letter.clerk', { name: f.clerkName })}</p>
          <div className="seal-box">{t('letter.seal')}</div>
        </div>
      </div>
    </article>
  );
}
