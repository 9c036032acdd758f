import { EditOutlined, HistoryOutlined, LockOutlined, PlusOutlined, PrinterOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Descriptions, Drawer, Form, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput } from '../../../core/api/contract';
import type { Lang } from '../../../core/i18n/types';
import { can } from '../../../core/roles';
import {
  BUILDING_TYPES,
  EBIKE_ARRANGEMENTS,
  type AddressMatch,
  type PropertyDetail,
  type RoomRecord,
  type RoomStatus,
} from '../../../core/schemas/property';
import { ApiError } from '../../api/client';
import { setProcedureData, useProcedure, useProcedureMutation, useQueryClient } from '../../api/queries';
import { checkWith, showIssues } from '../../forms/issues';
import type { Me } from '../../shell/me';
import { LoadError } from '../LoadError';
import { RegionPicker } from '../RegionPicker';
import { FireStatusTag, RoomStatusTag } from '../StatusTags';
import { SyncNotes } from '../SyncNotes';
import { CloseModal, ReopenModal } from './ClosureModals';
import { refusalOf } from './edit-errors';
import { HistoryDrawer } from './HistoryDrawer';
import { RoomModal } from './RoomModal';

type UpdateInput = ProcedureInput<'properties.update'>;
/** The edit form: the property's own details, as properties.update takes them. */
type EditValues = Omit<UpdateInput, 'id' | 'baseVersion' | 'acknowledgeAddressDuplicate'>;

/**
 * One property: its facts, rooms, closure and the tenants to follow up, its
 * history; edits go through the write path with the version the clerk saw.
 */
export function PropertyDrawer({
  id,
  me,
  onClose,
  onOpenLandlord,
}: {
  id: string | null;
  me: Me;
  onClose: () => void;
  onOpenLandlord?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const client = useQueryClient();
  const detail = useProcedure('properties.get', id ? { id } : null);
  const p = detail.data ?? null;
  const update = useProcedureMutation('properties.update');
  /** A save, a closure or a reopening answers with the property: shown at once. */
  const show = (saved: PropertyDetail) => setProcedureData(client, 'properties.get', { id: saved.id }, saved);
  const [editing, setEditing] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [room, setRoom] = useState<RoomRecord | 'new' | null>(null);
  const [closing, setClosing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [history, setHistory] = useState(false);
  const r = (k: string, o?: Record<string, unknown>) => t(`register.property.${k}`, o);
  const role = me.clerk.role;

  const reload = () => detail.refetch();
  // Another property: nothing of the last one's edit stays.
  useEffect(() => {
    setEditing(false);
    setBanner([]);
  }, [id]);

  const startEdit = () => {
    if (!p) return;
    form.resetFields();
    form.setFieldsValue({
      address: {
        regionCode: p.regionCode,
        grid: p.grid ?? undefined,
        road: p.road ?? undefined,
        houseNumber: p.houseNumber ?? undefined,
        detail: p.detailRest || undefined,
      },
      buildingType: p.buildingType,
      floors: p.floors,
      mixedUse: p.mixedUse,
      ebikeArrangement: p.ebikeArrangement,
      usesSandwichPanels: p.usesSandwichPanels,
    });
    setEditing(true);
  };

  const save = async (acknowledge = false) => {
    if (!p) return;
    setBanner([]);
    const input: UpdateInput = { id: p.id, baseVersion: p.version, ...form.getFieldsValue(), acknowledgeAddressDuplicate: acknowledge };
    const local = checkWith(contract['properties.update'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      show(await update.mutateAsync(input));
      setEditing(false);
      message.success(t('register.saved'));
    } catch (e) {
      const matches = e instanceof ApiError ? (e.details as { addressMatches?: AddressMatch[] } | undefined)?.addressMatches : undefined;
      if (matches) {
        // The same address is registered already: the clerk decides.
        modal.confirm({
          title: t('walkIn.property.duplicate'),
          content: (
            <ul>
              {matches.map((m) => (
                <li key={m.id}>{t('walkIn.property.duplicateItem', { address: m.address, landlord: m.landlordName, closed: '' })}</li>
              ))}
            </ul>
          ),
          okText: t('walkIn.property.acknowledge'),
          cancelText: t('register.cancel'),
          onOk: () => save(true),
        });
      } else setBanner(refusalOf(e, form, t, () => void reload().then(() => setEditing(false))));
    } finally {
      setBusy(false);
    }
  };

  const inspection = p?.scheduledInspections.find((s) => !s.done);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={860}
      title={p ? p.address : r('title')}
      loading={id !== null && detail.isPending}
      extra={
        p && (
          <Space wrap>
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
              {t('register.history')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => (window.location.hash = `#/letter?property=${p.id}`)}>
              {t('walkIn.done.printLetter')}
            </Button>
            {!editing && can(role, 'register.write') && (
              <Button icon={<EditOutlined />} onClick={startEdit}>
                {t('register.edit')}
              </Button>
            )}
            {p.status === 'active' && can(role, 'property.close') && (
              <Button danger icon={<LockOutlined />} onClick={() => setClosing(true)}>
                {r('close')}
              </Button>
            )}
            {p.status === 'closed' && can(role, 'property.reopen') && (
              <Button icon={<UnlockOutlined />} onClick={() => setReopening(true)}>
                {r('reopen')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <LoadError error={detail.error} />
      {p && <SyncNotes ids={[p.id, ...p.rooms.map((x) => x.id)]} canRead={can(role, 'register.read')} />}
      {p && p.status === 'closed' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="property-closed"
          title={r('closedAlert', { date: p.closedOn, reason: p.closedReason, authority: p.closedAuthority })}
          description={
            p.followUp.length === 0 ? (
              r('followUpNone')
            ) : (
              <>
                <div>{r('followUp')}</div>
                <Table
                  size="small"
                  rowKey="tenancyId"
                  pagination={false}
                  data-testid="follow-up"
                  dataSource={p.followUp}
                  columns={[
                    { title: t('walkIn.rooms.label'), dataIndex: 'roomLabel' },
                    { title: r('tenant'), dataIndex: 'tenantName' },
                    { title: t('register.fields.mobile'), dataIndex: 'mobileMasked', render: (v: string | null) => v ?? '—' },
                    { title: t('register.fields.status'), dataIndex: 'status', render: (v: string) => t(`tenancyStatus.${v}`) },
                    { title: r('checkIn'), dataIndex: 'checkInOn' },
                    { title: r('persons'), dataIndex: 'persons' },
                  ]}
                />
              </>
            )
          }
        />
      )}
      {p && !editing && (
        <Descriptions
          size="small"
          column={2}
          bordered
          data-testid="property-detail"
          items={[
            {
              key: 'landlord',
              label: r('landlord'),
              children: (
                <a onClick={() => onOpenLandlord?.(p.landlord.id)}>
                  {p.landlord.name}（{p.landlord.mobileMasked}）
                </a>
              ),
            },
            {
              key: 'status',
              label: r('status'),
              children: (
                <Space>
                  <Tag color={p.status === 'closed' ? 'magenta' : 'green'}>{t(`propertyStatus.${p.status}`)}</Tag>
                  <FireStatusTag status={p.fireStatus} />
                </Space>
              ),
            },
            { key: 'grid', label: t('register.fields.grid'), children: p.grid ?? '—' },
            { key: 'type', label: t('register.fields.buildingType'), children: t(`buildingType.${p.buildingType}`) },
            { key: 'floors', label: t('register.fields.floors'), children: p.floors },
            { key: 'mixed', label: t('register.fields.mixedUse'), children: p.mixedUse ? t('register.yes') : t('register.no') },
            { key: 'ebike', label: t('register.fields.ebikeArrangement'), children: t(`ebike.${p.ebikeArrangement}`) },
            {
              key: 'panels',
              label: t('register.fields.usesSandwichPanels'),
              children: p.usesSandwichPanels ? t('register.yes') : t('register.no'),
            },
            {
              key: 'letter',
              label: t('register.landlord.letter'),
              children: p.landlord.letterSigned ? (
                t('register.landlord.letterSigned', { date: p.landlord.letterSignedOn })
              ) : (
                <Tag color="orange">{t('register.landlord.letterUnsigned')}</Tag>
              ),
            },
            {
              key: 'inspection',
              label: r('firstInspection'),
              children: inspection ? r('inspectionDue', { date: inspection.dueOn, kind: r(`inspectionKinds.${inspection.kind}`) }) : '—',
            },
          ]}
        />
      )}
      {p && editing && (
        <Form form={form} layout="vertical" data-testid="property-edit" onFinish={() => void save()}>
          {banner.map((b) => (
            <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
          ))}
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item name={['address', 'regionCode']} label={t('walkIn.property.region')}>
                <RegionPicker root={me.desk.regionCode.slice(0, 4)} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name={['address', 'grid']} label={t('walkIn.property.grid')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={9}>
              <Form.Item name={['address', 'road']} label={t('walkIn.property.road')}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['address', 'houseNumber']} label={t('walkIn.property.houseNumber')}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name={['address', 'detail']} label={t('walkIn.property.detail')}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="buildingType" label={t('walkIn.property.buildingType')}>
                <Select options={BUILDING_TYPES.map((v) => ({ value: v, label: t(`buildingType.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="floors" label={t('walkIn.property.floors')}>
                <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="ebikeArrangement" label={t('walkIn.property.ebike')}>
                <Select options={EBIKE_ARRANGEMENTS.map((v) => ({ value: v, label: t(`ebike.${v}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Form.Item name="mixedUse" valuePropName="checked">
              <Checkbox>{t('walkIn.property.mixedUse')}</Checkbox>
            </Form.Item>
            <Form.Item name="usesSandwichPanels" valuePropName="checked">
              <Checkbox>{t('walkIn.property.sandwichPanels')}</Checkbox>
            </Form.Item>
          </Space>
          <div>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('register.save')}
              </Button>
              <Button onClick={() => setEditing(false)}>{t('register.cancel')}</Button>
            </Space>
          </div>
        </Form>
      )}
      {p && (
        <Table<RoomRecord>
          style={{ marginTop: 16 }}
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="property-rooms"
          title={() => (
            <Space>
              <strong>{r('rooms')}</strong>
              {can(role, 'register.write') && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setRoom('new')}>
                  {r('addRoom')}
                </Button>
              )}
            </Space>
          )}
          dataSource={p.rooms}
          columns={[
            { title: t('walkIn.rooms.label'), dataIndex: 'label' },
            { title: t('walkIn.rooms.floor'), dataIndex: 'floor' },
            { title: t('walkIn.rooms.area'), dataIndex: 'areaM2' },
            { title: t('walkIn.rooms.maxOccupants'), dataIndex: 'maxOccupants', render: (n: number) => t('walkIn.rooms.persons', { n }) },
            {
              title: t('rooms.facilities'),
              key: 'facilities',
              render: (_: unknown, x: RoomRecord) =>
                [
                  x.hasKitchen && t('walkIn.rooms.kitchen'),
                  x.privateBathroom && t('walkIn.rooms.bathroom'),
                  x.windowBars && t('walkIn.rooms.windowBars'),
                ]
                  .filter(Boolean)
                  .join('、') || '—',
            },
            { title: t('walkIn.rooms.rent'), dataIndex: 'rentMonthly' },
            { title: t('rooms.status'), dataIndex: 'status', render: (s: RoomStatus) => <RoomStatusTag status={s} /> },
            ...(can(role, 'register.write')
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, x: RoomRecord) => (
                      <Button size="small" onClick={() => setRoom(x)}>
                        {t('register.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {p && (
        <>
          <RoomModal propertyId={p.id} room={room} onClose={() => setRoom(null)} onSaved={() => void reload()} />
          <CloseModal property={p} open={closing} onClose={() => setClosing(false)} onDone={show} />
          <ReopenModal property={p} open={reopening} onClose={() => setReopening(false)} onDone={show} />
        </>
      )}
      <HistoryDrawer target={history && p ? { entity: 'properties', id: p.id } : null} onClose={() => setHistory(false)} />
    </Drawer>
  );
}
