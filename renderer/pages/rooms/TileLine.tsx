import { useTranslation } from 'react-i18next';
import type { RoomLine } from '../../../core/schemas/rooms';
import { FireStatusTag } from '../../components/StatusTags';

/**
 * One property in the hotel-style rack: its rooms as tiles coloured by
 * occupancy and marked by the property's fire status — always with words too.
 */
export function TileLine({
  line,
  firstOfCommunity,
  onOpen,
}: {
  line: RoomLine;
  firstOfCommunity: boolean;
  onOpen: (roomId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`rack-row${firstOfCommunity ? ' first' : ''}`} data-testid="rack-row">
      {firstOfCommunity && <span className="rack-community">{line.communityName}</span>}
      <div className="rack-property">
        <span className="rack-address" title={line.address}>
          {line.address}
        </span>
        <span>
          <FireStatusTag status={line.fireStatus} />
          {t('rooms.landlord')} {line.landlordName}
          {line.grid ? ` · ${line.grid}` : ''}
        </span>
      </div>
      <div className="rack-rooms">
        {line.rooms.map((r) => (
          <button
            type="button"
            key={r.id}
            className={`rack-tile ${r.status} ${line.fireStatus === 'compliant' ? 'compliant' : 'not-compliant'}`}
            onClick={() => onOpen(r.id)}
            data-testid="rack-tile"
            title={`${r.label} ${t(`roomStatus.${r.status}`)} · ${t(`fireStatus.${line.fireStatus}`)}`}
          >
            <div>
              <span className="rack-label">{r.label}</span> {t(`roomStatus.${r.status}`)}
            </div>
            <div>
              {r.occupant ? `${r.occupant} ${t('rooms.persons', { n: r.persons })}` : t('rooms.maxOccupants', { n: r.maxOccupants })}
            </div>
            <div>
              ¥{r.rentMonthly}
              {r.cookingPermitted ? ` · ${t('rooms.cooking')}` : ''}
            </div>
          </button>
        ))}
      </div>
    </div>
  );
}
