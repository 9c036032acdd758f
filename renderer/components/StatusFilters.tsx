import { Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIRE_STATUSES, ROOM_STATUSES, type FireStatus, type RoomStatus } from '../../core/schemas/statuses';

export interface StatusFilterValues {
  status?: RoomStatus | undefined;
  fireStatus?: FireStatus | undefined;
  offerable?: boolean | undefined;
}

/** The occupancy, fire-status and "offerable only" filters of the room rack. */
export function StatusFilters({ value, onChange }: { value: StatusFilterValues; onChange: (patch: StatusFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select<RoomStatus | ''>
        style={{ width: 150 }}
        value={value.status ?? ''}
        aria-label={t('rooms.status')}
        onChange={(v) => onChange({ status: v || undefined })}
        options={[
          { value: '', label: `${t('rooms.status')}：${t('rooms.any')}` },
          ...ROOM_STATUSES.map((s) => ({ value: s, label: t(`roomStatus.${s}`) })),
        ]}
      />
      <Select<FireStatus | ''>
        style={{ width: 160 }}
        value={value.fireStatus ?? ''}
        aria-label={t('rooms.fireStatus')}
        onChange={(v) => onChange({ fireStatus: v || undefined })}
        options={[
          { value: '', label: `${t('rooms.fireStatus')}：${t('rooms.any')}` },
          ...FIRE_STATUSES.map((s) => ({ value: s, label: t(`fireStatus.${s}`) })),
        ]}
      />
      <Space>
        <Switch
          checked={!!value.offerable}
          onChange={(v) => onChange({ offerable: v || undefined })}
          aria-label={t('rooms.availableOnly')}
        />
        {t('rooms.availableOnly')}
      </Space>
    </>
  );
}
