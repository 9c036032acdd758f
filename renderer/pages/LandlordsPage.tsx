import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../core/api/contract';
import type { Lang } from '../../core/i18n/types';
import { ID_TYPES } from '../../core/schemas/person-id';
import { ApiError } from '../api/client';
import { keepPreviousData, useProcedure, useProcedureMutation } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { LandlordDrawer } from '../components/register/LandlordDrawer';
import { PropertyDrawer } from '../components/register/PropertyDrawer';
import { checkWith, showIssues } from '../forms/issues';
import type { Me } from '../shell/me';

type Item = ProcedureOutput<'landlords.list'>['landlords'][number];
type NewLandlord = ProcedureInput<'landlords.create'>;
const PAGE = 20;

export function LandlordsPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewLandlord>();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [property, setProperty] = useState<string | null>(null);
  /** A refused duplicate ID names the registered landlord: offer to open it. */
  const [duplicate, setDuplicate] = useState<{ id: string; name: string } | null>(null);

  const list = useProcedure(
    'landlords.list',
    { q: q || undefined, offset: (page - 1) * PAGE, limit: PAGE },
    { placeholderData: keepPreviousData },
  );
  const data = list.data ?? { landlords: [], total: 0 };
  const create = useProcedureMutation('landlords.create');

  const submit = async (values: NewLandlord) => {
    setBanner([]);
    setDuplicate(null);
    const input: NewLandlord = { ...values, address: values.address || undefined };
    const local = checkWith(contract['landlords.create'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      const created = await create.mutateAsync(input);
      message.success(t('landlords.created', { name: created.name }));
      form.resetFields();
      form.focusField('name');
      setPage(1);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const details = e.details as { existingId?: string; existingName?: string } | undefined;
      if (details?.existingId) setDuplicate({ id: details.existingId, name: details.existingName ?? '' });
      setBanner(e.issues.length ? showIssues(form, e.issues) : [e.message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Card title={t('landlords.create')} style={{ marginBottom: 16 }}>
        {banner.map((b) => (
          <Alert key={b} type="error" title={b} showIcon style={{ marginBottom: 12 }} />
        ))}
        {duplicate && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('register.landlord.existingId', { name: duplicate.name })}
            action={
              <Button onClick={() => setOpen(duplicate.id)} data-testid="open-existing-landlord">
                {t('register.landlord.openExisting')}
              </Button>
            }
          />
        )}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ idType: 'resident_id' }}>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name="name" label={t('landlords.name')} rules={[{ required: true, message: t('common.required') }]}>
                <Input autoFocus maxLength={80} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="idType" label={t('landlords.idType')}>
                <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="idNumber" label={t('landlords.idNumber')} rules={[{ required: true, message: t('common.required') }]}>
                <Input maxLength={30} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="mobile" label={t('landlords.mobile')} rules={[{ required: true, message: t('common.required') }]}>
                <Input maxLength={20} inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16} align="bottom">
            <Col span={18}>
              <Form.Item name="address" label={t('landlords.address')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} block>
                  {t('landlords.submit')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card
        title={t('landlords.list')}
        extra={
          <Input.Search
            allowClear
            placeholder={t('landlords.searchPlaceholder')}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            style={{ width: 280 }}
          />
        }
      >
        <LoadError error={list.error} />
        <Table<Item>
          rowKey="id"
          size="small"
          loading={list.isPending}
          onRow={(r) => ({ onClick: () => setOpen(r.id), className: 'clickable' })}
          dataSource={data.landlords}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: data.total,
            onChange: setPage,
            showTotal: (n) => t('common.total', { count: n }),
          }}
          columns={[
            { title: t('landlords.name'), dataIndex: 'name' },
            { title: t('landlords.idType'), dataIndex: 'idType', render: (v: string) => t(`idType.${v}`) },
            { title: t('landlords.idNumber'), dataIndex: 'idNumberMasked', className: 'mono' },
            { title: t('landlords.mobile'), dataIndex: 'mobileMasked', className: 'mono' },
            { title: t('landlords.properties'), dataIndex: 'propertyCount', align: 'right' },
            {
              title: t('landlords.registeredAt'),
              dataIndex: 'createdAt',
              render: (v: number) => new Date(v).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN'),
            },
          ]}
        />
      </Card>
      <LandlordDrawer id={open} me={me} onClose={() => setOpen(null)} onOpenProperty={setProperty} />
      <PropertyDrawer id={property} me={me} onClose={() => setProperty(null)} onOpenLandlord={setOpen} />
    </>
  );
}
