import { Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIRE_STATUSES, ROOM_STATUSES, type FireStatus, type RoomStatus } from '../../core/schemas/statuses';

export interface StatusFilterValues {
  status?: RoomStatus | undefined;
  fireStatus?: FireStatus | undefined;
  availableOnly?: boolean | undefined;
}

/** The occupancy, fire-status and "available only" filters shared by the room board and the rack. */
export function StatusFilters({ value, onChange }: { value: StatusFilterValues; onChange: (patch: StatusFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select<RoomStatus | ''>
        style={{ width: 150 }}
        value={value.status ?? ''}
        aria-label={t('board.status')}
        onChange={(v) => onChange({ status: v || undefined })}
        options={[{ value: '', label: `${t('board.status')}：${t('board.any')}` }, ...ROOM_STATUSES.map((s) => ({ value: s, label: t(`roomStatus.${s}`) }))]}
      />
      <Select<FireStatus | ''>
        style={{ width: 160 }}
        value={value.fireStatus ?? ''}
        aria-label={t('board.fireStatus')}
        onChange={(v) => onChange({ fireStatus: v || undefined })}
        options={[{ value: '', label: `${t('board.fireStatus')}：${t('board.any')}` }, ...FIRE_STATUSES.map((s) => ({ value: s, label: t(`fireStatus.${s}`) }))]}
      />
      <Space>
        <Switch checked={!!value.availableOnly} onChange={(v) => onChange({ availableOnly: v || undefined })} aria-label={t('board.availableOnly')} />
        {t('board.availableOnly')}
      </Space>
    </>
  );
}
