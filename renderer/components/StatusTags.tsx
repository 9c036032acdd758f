import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FireStatus, RoomStatus } from '../../core/schemas/statuses';

/** Colour and words together: a status is never told by colour alone. */
const FIRE_COLOURS: Record<FireStatus, string> = {
  uninspected: 'default',
  compliant: 'green',
  rectifying: 'orange',
  overdue: 'red',
  expired: 'volcano',
  closed: 'magenta',
};
const ROOM_COLOURS: Record<RoomStatus, string> = {
  vacant: 'blue',
  reserved: 'gold',
  occupied: 'purple',
  unavailable: 'default',
};

export function FireStatusTag({ status }: { status: FireStatus }) {
  const { t } = useTranslation();
  return <Tag color={FIRE_COLOURS[status]}>{t(`fireStatus.${status}`)}</Tag>;
}

export function RoomStatusTag({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  return <Tag color={ROOM_COLOURS[status]}>{t(`roomStatus.${status}`)}</Tag>;
}
