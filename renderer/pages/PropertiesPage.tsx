import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Form, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../core/api/contract';
import type { Lang } from '../../core/i18n/types';
import { maxOccupants } from '../../core/rules/density';
import { BUILDING_TYPES, type AddressMatch, type PropertyListItem } from '../../core/schemas/property';
import { ApiError } from '../api/client';
import { keepPreviousData, useProcedure, useProcedureMutation } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { FireStatusTag } from '../components/StatusTags';
import { LandlordSelect } from '../components/LandlordSelect';
import { RegionPicker } from '../components/RegionPicker';
import { checkWith, showIssues } from '../forms/issues';
import { LandlordDrawer } from '../components/register/LandlordDrawer';
import { PropertyDrawer } from '../components/register/PropertyDrawer';
import type { Me } from '../shell/me';
import { hashParams } from '../shell/useHashRoute';

type Created = ProcedureOutput<'properties.create'>;
type NewProperty = ProcedureInput<'properties.create'>;
const newRoom = () => ({ label: '', floor: 1, areaM2: undefined, hasKitchen: false, privateBathroom: false, rentMonthly: undefined });

const LIST_PAGE = 20;

/** The desk's city: property pickers start at its districts. */
const cityOf = (code: string) => code.slice(0, 4);

export function PropertiesPage({ me }: { me: Me }) {
  const deskRegion = me.desk.regionCode;
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<NewProperty>();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<'active' | 'closed' | ''>('');
  const [open, setOpen] = useState<string | null>(() => hashParams().get('id'));
  const [landlord, setLandlord] = useState<string | null>(null);
  const listed = useProcedure(
    'properties.list',
    { status: status || undefined, offset: (page - 1) * LIST_PAGE, limit: LIST_PAGE },
    { placeholderData: keepPreviousData },
  );
  const list = listed.data ?? { properties: [], total: 0 };
  const create = useProcedureMutation('properties.create');

  const submit = async (values: NewProperty, acknowledge = false) => {
    setBanner([]);
    const input: NewProperty = {
      ...values,
      address: { ...values.address, grid: values.address.grid || undefined },
      acknowledgeAddressDuplicate: acknowledge,
    };
    const local = checkWith(contract['properties.create'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      const p = await create.mutateAsync(input);
      setCreated(p);
      message.success(t('properties.created', { address: p.address, count: p.rooms.length }));
      form.resetFields();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const matches = (e.details as { addressMatches?: AddressMatch[] } | undefined)?.addressMatches;
      if (matches) {
        // Registered at this address already: a warning, and the clerk decides.
        modal.confirm({
          title: t('walkIn.property.duplicate'),
          content: (
            <ul data-testid="address-matches">
              {matches.map((m) => (
                <li key={m.id}>{t('walkIn.property.duplicateItem', { address: m.address, landlord: m.landlordName, closed: '' })}</li>
              ))}
            </ul>
          ),
          okText: t('walkIn.property.acknowledge'),
          cancelText: t('register.cancel'),
          onOk: () => submit(values, true),
        });
        return;
      }
      setBanner(e.issues.length ? showIssues(form, e.issues) : [e.message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Card title={t('properties.title')} style={{ marginBottom: 16 }}>
        {banner.map((b) => (
          <Alert key={b} type="error" title={b} showIcon style={{ marginBottom: 12 }} />
        ))}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            buildingType: 'self_built',
            floors: 3,
            mixedUse: false,
            address: { regionCode: deskRegion },
            rooms: [newRoom()],
          }}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="landlordId" label={t('properties.landlord')} rules={[{ required: true, message: t('common.required') }]}>
                <LandlordSelect placeholder={t('properties.landlordPlaceholder')} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                name={['address', 'regionCode']}
                label={t('properties.region')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <RegionPicker root={cityOf(deskRegion)} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['address', 'grid']} label={t('properties.grid')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                name={['address', 'detail']}
                label={t('properties.detail')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="buildingType" label={t('properties.buildingType')}>
                <Select options={BUILDING_TYPES.map((v) => ({ value: v, label: t(`buildingType.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name="floors" label={t('properties.floors')}>
                <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="mixedUse" valuePropName="checked" label=" ">
                <Checkbox>{t('properties.mixedUse')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>

          <Form.List name="rooms">
            {(fields, { add, remove }) => (
              <Card
                size="small"
                type="inner"
                title={t('properties.rooms')}
                extra={
                  <Button icon={<PlusOutlined />} onClick={() => add(newRoom())}>
                    {t('properties.addRoom')}
                  </Button>
                }
              >
                {fields.map((field) => (
                  <Row gutter={8} key={field.key} align="top" data-testid="room-row">
                    <Col span={3}>
                      <Form.Item
                        name={[field.name, 'label']}
                        label={t('properties.label')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <Input maxLength={20} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name={[field.name, 'floor']} label={t('properties.floor')}>
                        <InputNumber precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item
                        name={[field.name, 'areaM2']}
                        label={t('properties.area')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <InputNumber min={0} step={0.5} precision={1} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name={[field.name, 'hasKitchen']} valuePropName="checked" label=" ">
                        <Checkbox>{t('properties.kitchen')}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'privateBathroom']} valuePropName="checked" label=" ">
                        <Checkbox>{t('properties.bathroom')}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item
                        name={[field.name, 'rentMonthly']}
                        label={t('properties.rent')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item label=" " shouldUpdate>
                        {() => {
                          const area = form.getFieldValue(['rooms', field.name, 'areaM2']) as number | undefined;
                          return area ? <Tag>{t('properties.maxOccupants', { n: maxOccupants(area) })}</Tag> : null;
                        }}
                      </Form.Item>
                    </Col>
                    <Col span={1}>
                      <Form.Item label=" ">
                        <Button
                          aria-label={t('properties.removeRoom')}
                          icon={<DeleteOutlined />}
                          disabled={fields.length === 1}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
              </Card>
            )}
          </Form.List>
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('properties.submit')}
            </Button>
          </Space>
        </Form>
      </Card>

      {created && (
        <Card title={created.address} data-testid="created-property">
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'type', label: t('properties.buildingType'), children: t(`buildingType.${created.buildingType}`) },
              { key: 'floors', label: t('properties.floors'), children: created.floors },
              { key: 'fire', label: t('rooms.fireStatus'), children: <FireStatusTag status={created.fireStatus} /> },
            ]}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={created.rooms}
            columns={[
              { title: t('properties.label'), dataIndex: 'label' },
              { title: t('properties.floor'), dataIndex: 'floor' },
              { title: t('properties.area'), dataIndex: 'areaM2' },
              { title: t('rooms.occupants'), dataIndex: 'maxOccupants' },
              { title: t('properties.rent'), dataIndex: 'rentMonthly' },
            ]}
          />
        </Card>
      )}

      <Card
        title={t('register.property.list')}
        style={{ marginTop: 16 }}
        extra={
          <Space>
            <Select<'active' | 'closed' | ''>
              style={{ width: 140 }}
              value={status}
              aria-label={t('register.property.status')}
              onChange={(v) => {
                setStatus(v);
                setPage(1);
              }}
              options={[
                { value: '', label: t('register.property.filterAll') },
                { value: 'active', label: t('propertyStatus.active') },
                { value: 'closed', label: t('propertyStatus.closed') },
              ]}
            />
            <Button type="primary" onClick={() => (window.location.hash = '#/walkin')}>
              {t('register.property.newWalkIn')}
            </Button>
          </Space>
        }
      >
        <LoadError error={listed.error} />
        <Table<PropertyListItem>
          rowKey="id"
          size="small"
          loading={listed.isPending}
          data-testid="property-list"
          dataSource={list.properties}
          onRow={(r) => ({ onClick: () => setOpen(r.id), className: 'clickable' })}
          pagination={{
            current: page,
            pageSize: LIST_PAGE,
            total: list.total,
            onChange: setPage,
            showTotal: (n) => t('common.total', { count: n }),
          }}
          columns={[
            { title: t('register.property.address'), dataIndex: 'address' },
            { title: t('register.property.landlord'), dataIndex: 'landlordName' },
            { title: t('register.property.rooms'), dataIndex: 'roomCount', align: 'right' },
            {
              title: t('register.property.status'),
              key: 'status',
              render: (_: unknown, p: PropertyListItem) => (
                <Space>
                  {p.status === 'closed' && <Tag color="magenta">{t('propertyStatus.closed')}</Tag>}
                  <FireStatusTag status={p.fireStatus} />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <PropertyDrawer id={open} me={me} onClose={() => setOpen(null)} onOpenLandlord={setLandlord} />
      <LandlordDrawer id={landlord} me={me} onClose={() => setLandlord(null)} onOpenProperty={setOpen} />
    </>
  );
}
