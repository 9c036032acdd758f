import { Alert, Button, Descriptions, Drawer, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProcedure } from '../../api/queries';
import { FireStatusTag, RoomStatusTag } from '../../components/StatusTags';
import { SyncNotes } from '../../components/SyncNotes';
import { useSay } from '../../i18n/say';

/** One room: its property and why it has its status, why the room may not be let, who lives there, who lived there. */
export function RoomDrawer({
  roomId,
  canInspect,
  canReadNotes,
  onClose,
}: {
  roomId: string | null;
  canInspect: boolean;
  /** The platform's rejections of edits to this room or its property (register.read). */
  canReadNotes: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const say = useSay();
  const { data: d, error } = useProcedure('rooms.detail', roomId ? { id: roomId } : null);
  return (
    <Drawer
      open={roomId !== null}
      onClose={onClose}
      size="large"
      title={d ? t('rooms.detail', { room: d.room.label }) : ''}
      data-testid="room-drawer"
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {!d ? (
        !error && <Spin />
      ) : (
        <>
          <SyncNotes ids={[d.property.id, d.room.id]} canRead={canReadNotes} />
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('rooms.property')} span={2}>
              {d.property.address}
            </Descriptions.Item>
            <Descriptions.Item label={t('rooms.fireStatus')}>
              <FireStatusTag status={d.property.fireStatus} />
              {d.property.validUntil && d.property.fireStatus === 'compliant' ? t('rooms.validUntil', { date: d.property.validUntil }) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('rooms.status')}>
              <RoomStatusTag status={d.room.status} />
              <Tag color={d.room.offerable ? 'green' : 'red'}>{d.room.offerable ? t('rooms.offerableYes') : t('rooms.offerableNo')}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('rooms.landlord')}>
              {d.property.landlordName} {d.property.landlordMobileMasked}
            </Descriptions.Item>
            <Descriptions.Item label="m²">
              {d.room.areaM2} m² · {t('rooms.maxOccupants', { n: d.room.maxOccupants })} · ¥{d.room.rentMonthly}
              {d.room.cookingPermitted ? ` · ${t('rooms.cooking')}` : ''}
            </Descriptions.Item>
          </Descriptions>
          {d.property.closedReason && (
            <Alert type="error" title={t('rooms.closed', { reason: d.property.closedReason })} style={{ marginBottom: 12 }} />
          )}
          {canInspect && (
            <Button type="primary" href={`#/inspect?property=${d.property.id}`} style={{ marginBottom: 12 }}>
              {t('inspections.status.inspect')}
            </Button>
          )}
          <Typography.Title level={5}>{t('rooms.statusReasons')}</Typography.Title>
          <List
            size="small"
            dataSource={d.property.reasons}
            renderItem={(r) => <List.Item data-testid="status-reason">{say(r)}</List.Item>}
            style={{ marginBottom: 12 }}
          />
          {d.room.reasons.length > 0 && (
            <>
              <Typography.Title level={5}>{t('rooms.roomReasons')}</Typography.Title>
              <List
                size="small"
                dataSource={d.room.reasons}
                renderItem={(r) => <List.Item data-testid="room-reason">{say(r)}</List.Item>}
                style={{ marginBottom: 12 }}
              />
            </>
          )}
          <Typography.Title level={5}>{t('rooms.current')}</Typography.Title>
          {d.current ? (
            <List
              size="small"
              data-testid="room-current"
              dataSource={d.current.household}
              renderItem={(p) => (
                <List.Item>
                  {p.name} · {p.role === 'tenant' ? t('tenancy.receipt.tenant') : t(`relation.${p.relation ?? 'other'}`)} ·{' '}
                  {p.idNumberMasked ?? '—'} · {p.originName ?? ''}
                </List.Item>
              )}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('rooms.noCurrent')}</Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('rooms.history')}</Typography.Title>
          <List
            size="small"
            data-testid="room-history"
            locale={{ emptyText: t('rooms.noHistory') }}
            dataSource={d.history}
            renderItem={(h) => (
              <List.Item>
                {h.tenantName} · {h.persons} · {h.checkInOn} – {h.checkedOutOn ?? h.expectedEndOn ?? ''} · {t(`tenancyStatus.${h.status}`)}
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
