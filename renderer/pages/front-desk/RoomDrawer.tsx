import { Alert, Descriptions, Drawer, List, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { invoke } from '../../api/client';
import { FireStatusTag, RoomStatusTag } from '../../components/StatusTags';

type Detail = ProcedureOutput<'rack.room'>;

/** A room opened from the rack: its property and why it has its status, who lives there, who lived there. */
export function RoomDrawer({ roomId, onClose }: { roomId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Detail | null>(null);
  useEffect(() => {
    setD(null);
    if (roomId) void invoke('rack.room', { id: roomId }).then(setD);
  }, [roomId]);
  return (
    <Drawer open={roomId !== null} onClose={onClose} size="large" title={d ? t('tenancy.rack.detail', { room: d.room.label }) : ''} data-testid="room-drawer">
      {!d ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('tenancy.rack.property')} span={2}>
              {d.property.address}
            </Descriptions.Item>
            <Descriptions.Item label={t('tenancy.rack.fireStatus')}>
              <FireStatusTag status={d.property.fireStatus} />
            </Descriptions.Item>
            <Descriptions.Item label={t('tenancy.rack.status')}>
              <RoomStatusTag status={d.room.status} />
              <Tag color={d.room.offerable ? 'green' : 'red'}>{d.room.offerable ? t('tenancy.rack.offerableYes') : t('tenancy.rack.offerableNo')}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('tenancy.rack.landlord')}>
              {d.property.landlordName} {d.property.landlordMobileMasked}
            </Descriptions.Item>
            <Descriptions.Item label="m²">
              {d.room.areaM2} m² · {t('tenancy.rack.maxOccupants', { n: d.room.maxOccupants })} · ¥{d.room.rentMonthly}
              {d.room.cookingPermitted ? ` · ${t('tenancy.rack.cooking')}` : ''}
            </Descriptions.Item>
          </Descriptions>
          {d.property.closedReason && <Alert type="error" title={t('tenancy.rack.closed', { reason: d.property.closedReason })} style={{ marginBottom: 12 }} />}
          <Typography.Title level={5}>{t('tenancy.rack.statusReasons')}</Typography.Title>
          <List size="small" dataSource={d.property.reasons} renderItem={(r) => <List.Item>{r}</List.Item>} style={{ marginBottom: 12 }} />
          {d.room.reasons.length > 0 && (
            <>
              <Typography.Title level={5}>{t('tenancy.rack.roomReasons')}</Typography.Title>
              <List size="small" dataSource={d.room.reasons} renderItem={(r) => <List.Item>{r}</List.Item>} style={{ marginBottom: 12 }} />
            </>
          )}
          <Typography.Title level={5}>{t('tenancy.rack.current')}</Typography.Title>
          {d.current ? (
            <List
              size="small"
              data-testid="room-current"
              dataSource={d.current.household}
              renderItem={(p) => (
                <List.Item>
                  {p.name} · {p.role === 'tenant' ? t('tenancy.receipt.tenant') : t(`tenancy.person.relations.${p.relation ?? 'other'}`)} · {p.idNumberMasked ?? '—'} · {p.originName ?? ''}
                </List.Item>
              )}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('tenancy.rack.noCurrent')}</Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('tenancy.rack.history')}</Typography.Title>
          <List
            size="small"
            data-testid="room-history"
            locale={{ emptyText: t('tenancy.rack.noHistory') }}
            dataSource={d.history}
            renderItem={(h) => (
              <List.Item>
                {h.tenantName} · {h.persons} · {h.checkInOn} – {h.checkedOutOn ?? h.expectedEndOn ?? ''} · {t(`tenancy.daily.statuses.${h.status}`)}
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
