import { useTranslation } from 'react-i18next';
import type { RoomLine } from '../../../core/schemas/rooms';
import { FireStatusTag, RoomStatusTag } from '../../components/StatusTags';

/** The list's column heads, drawn once above the lines. */
export function ListHead() {
  const { t } = useTranslation();
  return (
    <div className="room-grid room-head" role="row">
      <span>{t('rooms.room')}</span>
      <span>{t('rooms.floor')}</span>
      <span>{t('rooms.area')}</span>
      <span>{t('rooms.facilities')}</span>
      <span>{t('rooms.rent')}</span>
      <span>{t('rooms.occupants')}</span>
      <span>{t('rooms.status')}</span>
      <span>{t('rooms.offerable')}</span>
    </div>
  );
}

/** One property in the list: its address and fire status, then a row per room with its facts. */
export function ListLine({ line, onOpen }: { line: RoomLine; onOpen: (roomId: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="room-list-line" data-testid="room-line">
      <div className="room-list-property">
        <span className="rack-address" title={line.address}>
          {line.address}
        </span>
        <FireStatusTag status={line.fireStatus} />
        <span className="muted">
          {line.communityName}
          {line.grid ? ` · ${line.grid}` : ''} · {t('rooms.landlord')} {line.landlordName}
        </span>
      </div>
      {line.rooms.map((r) => (
        <div
          key={r.id}
          className="room-grid clickable"
          data-testid="room-row"
          role="button"
          tabIndex={0}
          onClick={() => onOpen(r.id)}
          onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id)}
        >
          <span className="rack-label">{r.label}</span>
          <span>{r.floor}</span>
          <span>{r.areaM2} m²</span>
          <span>
            {r.hasKitchen ? t('rooms.kitchen') : ''} {r.privateBathroom ? t('rooms.bathroom') : ''}{' '}
            {r.cookingPermitted ? `· ${t('rooms.cooking')}` : ''}
          </span>
          <span>¥{r.rentMonthly}</span>
          <span>
            {r.occupant ? `${r.occupant} ${t('rooms.persons', { n: r.persons })}` : t('rooms.maxOccupants', { n: r.maxOccupants })}
          </span>
          <span>
            <RoomStatusTag status={r.status} />
          </span>
          <span>{r.offerable ? t('rooms.offerableYes') : t('rooms.offerableNo')}</span>
        </div>
      ))}
    </div>
  );
}
