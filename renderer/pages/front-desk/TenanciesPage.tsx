import { App, Button, Card, InputNumber, Modal, Popconfirm, Select, Space, Table, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { chinaDateTime } from '../../../core/dates';
import { ApiError } from '../../api/client';
import { keepPreviousData, useProcedure, useProcedureMutation, useProcedureSearch } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { CheckInDrawer, type RoomRef } from './CheckInDrawer';

type Daily = ProcedureOutput<'tenancies.daily'>;
type Row = Daily['arrivals'][number];

const STATUS_COLOURS = { reserved: 'gold', active: 'green', ended: 'default', cancelled: 'default' } as const;

/** Today's arrivals and departures, tenancies ending soon, rooms held: and what a clerk does with each. */
export function TenanciesPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [days, setDays] = useState(7);
  const daily = useProcedure('tenancies.daily', { days }, { placeholderData: keepPreviousData });
  const data: Daily | null = daily.data ?? null;
  const [checkIn, setCheckIn] = useState<{ room: RoomRef; reservation: Row } | null>(null);
  const [moving, setMoving] = useState<Row | null>(null);
  const cancel = useProcedureMutation('tenancies.cancel');
  const checkOut = useProcedureMutation('tenancies.checkOut');

  /** A change to one tenancy; the day's lists follow by themselves (the write invalidates them). */
  const act = async (fn: () => Promise<string>) => {
    try {
      message.success(await fn());
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      modal.error({ title: e.message, content: e.issues.map((i) => i.message).join('；') || undefined });
    }
  };

  const columns = [
    { title: t('tenancy.daily.room'), key: 'room', render: (_: unknown, r: Row) => `${r.address} ${r.roomLabel}` },
    {
      title: t('tenancy.daily.tenant'),
      key: 'tenant',
      render: (_: unknown, r: Row) => `${r.tenantName}${r.tenantMobileMasked ? ` ${r.tenantMobileMasked}` : ''}`,
    },
    {
      title: t('tenancy.daily.persons'),
      key: 'persons',
      render: (_: unknown, r: Row) => (r.status === 'reserved' ? r.adults + r.children : r.persons),
    },
    { title: t('tenancy.daily.checkInOn'), dataIndex: 'checkInOn' },
    { title: t('tenancy.daily.expectedEndOn'), dataIndex: 'expectedEndOn' },
    {
      title: t('tenancy.daily.reservedUntil'),
      key: 'held',
      render: (_: unknown, r: Row) => (r.reservedUntil ? chinaDateTime(r.reservedUntil) : ''),
    },
    {
      title: t('tenancy.daily.status'),
      key: 'status',
      render: (_: unknown, r: Row) => <Tag color={STATUS_COLOURS[r.status]}>{t(`tenancyStatus.${r.status}`)}</Tag>,
    },
    {
      title: t('tenancy.daily.actions'),
      key: 'actions',
      render: (_: unknown, r: Row) => (
        <Space wrap>
          {r.status === 'reserved' && (
            <>
              <Button
                size="small"
                type="primary"
                onClick={() => setCheckIn({ room: { id: r.roomId, label: r.roomLabel, address: r.address }, reservation: r })}
              >
                {t('tenancy.daily.checkIn')}
              </Button>
              <Popconfirm
                title={t('tenancy.daily.confirmCancel')}
                onConfirm={() => act(async () => (await cancel.mutateAsync({ id: r.id }), t('tenancy.daily.cancelled')))}
              >
                <Button size="small">{t('tenancy.daily.cancel')}</Button>
              </Popconfirm>
            </>
          )}
          {r.status === 'active' && (
            <>
              <Popconfirm
                title={t('tenancy.daily.confirmCheckOut', { name: r.tenantName })}
                onConfirm={() =>
                  act(async () => (await checkOut.mutateAsync({ id: r.id }), t('tenancy.daily.checkedOut', { room: r.roomLabel })))
                }
              >
                <Button size="small">{t('tenancy.daily.checkOut')}</Button>
              </Popconfirm>
              <Button size="small" onClick={() => setMoving(r)}>
                {t('tenancy.daily.move')}
              </Button>
            </>
          )}
          {r.status !== 'cancelled' && r.status !== 'reserved' && (
            <Button size="small" href={`#/receipt?id=${r.id}`}>
              {t('tenancy.daily.receipt')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const table = (rows: Row[] | undefined, testId: string) => (
    <Table<Row>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows ?? []}
      columns={columns}
      locale={{ emptyText: t('tenancy.daily.empty') }}
      data-testid={testId}
    />
  );

  return (
    <Card title={`${t('tenancy.daily.title')} · ${data ? t('tenancy.daily.today', { date: data.today }) : ''}`} loading={daily.isPending}>
      <LoadError error={daily.error} />
      <Tabs
        items={[
          {
            key: 'arrivals',
            label: `${t('tenancy.daily.arrivals')}（${data?.arrivals.length ?? 0}）`,
            children: table(data?.arrivals, 'arrivals'),
          },
          {
            key: 'departures',
            label: `${t('tenancy.daily.departures')}（${data?.departures.length ?? 0}）`,
            children: table(data?.departures, 'departures'),
          },
          {
            key: 'endingSoon',
            label: `${t('tenancy.daily.endingSoon')}（${data?.endingSoon.length ?? 0}）`,
            children: (
              <>
                <Space style={{ marginBottom: 8 }}>
                  <InputNumber min={1} max={60} value={days} onChange={(v) => v && setDays(v)} aria-label={t('tenancy.daily.days')} />
                  {t('tenancy.daily.days')}
                </Space>
                {table(data?.endingSoon, 'ending-soon')}
              </>
            ),
          },
          {
            key: 'reservations',
            label: `${t('tenancy.daily.reservations')}（${data?.reservations.length ?? 0}）`,
            children: table(data?.reservations, 'reservations'),
          },
        ]}
      />
      <CheckInDrawer
        room={checkIn?.room ?? null}
        mode="checkIn"
        {...(checkIn ? { reservationId: checkIn.reservation.id } : {})}
        today={data?.today ?? ''}
        onClose={() => setCheckIn(null)}
        onDone={(tn) => {
          message.success(t('tenancy.checkIn.done', { name: tn.tenantName, room: tn.roomLabel }));
          setCheckIn(null);
        }}
      />
      <MoveDialog
        row={moving}
        onClose={() => setMoving(null)}
        onMoved={(room) => act(async () => (setMoving(null), t('tenancy.daily.moved', { room })))}
      />
    </Card>
  );
}

/** Picks a vacant room that can be let (from the rack's "available only") and moves the household there. */
function MoveDialog({ row, onClose, onMoved }: { row: Row | null; onClose: () => void; onMoved: (room: string) => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [text, setText] = useState('');
  const [to, setTo] = useState<string | undefined>();
  // Asked while the dialog is open, keyed by what the clerk typed: an early answer never replaces a later one.
  const vacant = useProcedureSearch(
    'rooms.page',
    text,
    (q) => ({ filters: { offerable: true, ...(q ? { q } : {}) }, offset: 0, limit: 20 }),
    {
      enabled: row !== null,
    },
  );
  const options = (vacant.data?.lines ?? []).flatMap((p) =>
    p.rooms.map((r) => ({ value: r.id, label: `${p.address} ${r.label}（${t('rooms.maxOccupants', { n: r.maxOccupants })}）` })),
  );
  const move = useProcedureMutation('tenancies.move');
  useEffect(() => {
    setText('');
    setTo(undefined);
  }, [row]);
  const submit = async () => {
    if (!row || !to) return;
    try {
      const r = await move.mutateAsync({ id: row.id, toRoomId: to });
      onMoved(r.to.roomLabel);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      modal.error({ title: e.message });
    }
  };
  return (
    <Modal
      open={row !== null}
      title={t('tenancy.daily.moveTo')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ disabled: !to }}
    >
      <Select
        style={{ width: '100%' }}
        showSearch={{ filterOption: false, onSearch: setText }}
        placeholder={t('tenancy.daily.moveSearch')}
        options={options}
        value={to}
        onChange={setTo}
        aria-label={t('tenancy.daily.moveTo')}
      />
    </Modal>
  );
}
