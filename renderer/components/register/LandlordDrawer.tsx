import { EditOutlined, EyeOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Descriptions, Drawer, Form, Input, List, Row, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput } from '../../../core/api/contract';
import type { Lang } from '../../../core/i18n/types';
import { can } from '../../../core/roles';
import { LANDLORD_ID_TYPES, type LandlordIdType } from '../../../core/schemas/landlord';
import type { FireStatus } from '../../../core/schemas/property';
import { invoke } from '../../api/client';
import { setProcedureData, useProcedure, useProcedureMutation, useQueryClient } from '../../api/queries';
import { checkWith, showIssues } from '../../forms/issues';
import type { Me } from '../../shell/me';
import { LoadError } from '../LoadError';
import { FireStatusTag } from '../StatusTags';
import { refusalOf } from './edit-errors';
import { HistoryDrawer } from './HistoryDrawer';
import { useSay } from '../../i18n/say';

type UpdateInput = ProcedureInput<'landlords.update'>;

/** The edit form: the ID number and mobile stay empty unless typed anew. */
interface EditValues {
  name: string;
  contactName?: string;
  address?: string;
  mobile?: string;
  identity?: { idType: LandlordIdType; idNumber?: string };
  letter: UpdateInput['letter'];
}

/** One landlord: masked details, properties, the letter; edit with before/after kept in the history. */
export function LandlordDrawer({
  id,
  me,
  onClose,
  onOpenProperty,
}: {
  id: string | null;
  me: Me;
  onClose: () => void;
  onOpenProperty?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const say = useSay();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const client = useQueryClient();
  const detail = useProcedure('landlords.get', id ? { id } : null);
  const l = detail.data ?? null;
  const update = useProcedureMutation('landlords.update');
  const [editing, setEditing] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [revealed, setRevealed] = useState<{ idNumber: string; mobile: string } | null>(null);
  const [history, setHistory] = useState(false);
  const r = (k: string, o?: Record<string, unknown>) => t(`register.landlord.${k}`, o);

  // Another landlord: nothing of the last one's edit or reveal stays.
  useEffect(() => {
    setEditing(false);
    setRevealed(null);
    setBanner([]);
  }, [id]);

  const startEdit = () => {
    if (!l) return;
    form.resetFields();
    form.setFieldsValue({
      name: l.name,
      contactName: l.contactName ?? undefined,
      address: l.address ?? undefined,
      identity: { idType: l.idType },
      letter: { signed: l.letterSigned, signedOn: l.letterSignedOn ?? undefined },
    });
    setEditing(true);
  };

  const save = async (v: EditValues) => {
    if (!l) return;
    setBanner([]);
    const input: UpdateInput = {
      id: l.id,
      baseVersion: l.version,
      name: v.name,
      contactName: v.contactName,
      address: v.address,
      ...(v.mobile?.trim() ? { mobile: v.mobile } : {}),
      ...(v.identity?.idNumber?.trim() ? { identity: { idType: v.identity.idType, idNumber: v.identity.idNumber } } : {}),
      letter: v.letter.signed ? { signed: true, signedOn: v.letter.signedOn } : { signed: false },
    };
    const local = checkWith(contract['landlords.update'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      const saved = await update.mutateAsync(input);
      setProcedureData(client, 'landlords.get', { id: l.id }, saved);
      setEditing(false);
      message.success(t('register.saved'));
      for (const w of saved.warnings) message.warning(say(w.message));
    } catch (e) {
      setBanner(refusalOf(e, form, t, () => void detail.refetch().then(() => setEditing(false))));
    } finally {
      setBusy(false);
    }
  };

  const signed = Form.useWatch(['letter', 'signed'], form);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={720}
      title={l ? `${t('register.landlord.title')}：${l.name}` : t('register.landlord.title')}
      loading={id !== null && detail.isPending}
      extra={
        l && (
          <Space>
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
              {t('register.history')}
            </Button>
            {!editing && can(me.clerk.role, 'register.write') && (
              <Button icon={<EditOutlined />} onClick={startEdit}>
                {t('register.edit')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <LoadError error={detail.error} />
      {l && !editing && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            data-testid="landlord-detail"
            items={[
              { key: 'kind', label: t('register.fields.kind'), children: t(`landlordKind.${l.kind}`) },
              { key: 'name', label: t('register.fields.name'), children: l.name },
              { key: 'idType', label: t('register.fields.idType'), children: t(`idType.${l.idType}`) },
              { key: 'idNumber', label: t('register.fields.idNumber'), children: <span className="mono">{l.idNumberMasked}</span> },
              { key: 'mobile', label: t('register.fields.mobile'), children: <span className="mono">{l.mobileMasked}</span> },
              { key: 'contact', label: t('register.fields.contactName'), children: l.contactName ?? '—' },
              { key: 'address', label: t('register.fields.address'), children: l.address ?? '—', span: 2 },
              {
                key: 'letter',
                label: r('letter'),
                children: l.letterSigned ? r('letterSigned', { date: l.letterSignedOn }) : <Tag color="orange">{r('letterUnsigned')}</Tag>,
                span: 2,
              },
            ]}
          />
          {can(me.clerk.role, 'pii.view') && (
            <div style={{ marginTop: 12 }}>
              {revealed ? (
                <Alert type="info" title={r('revealed', { id: revealed.idNumber, mobile: revealed.mobile })} />
              ) : (
                <Button icon={<EyeOutlined />} onClick={async () => setRevealed(await invoke('landlords.reveal', { id: l.id }))}>
                  {r('reveal')}
                </Button>
              )}
            </div>
          )}
          <List
            style={{ marginTop: 16 }}
            size="small"
            header={r('properties')}
            dataSource={l.properties}
            renderItem={(p) => (
              <List.Item
                className={onOpenProperty ? 'clickable' : undefined}
                onClick={() => onOpenProperty?.(p.id)}
                extra={
                  <Space>
                    {p.status === 'closed' && <Tag color="magenta">{t('propertyStatus.closed')}</Tag>}
                    <FireStatusTag status={p.fireStatus as FireStatus} />
                  </Space>
                }
              >
                {p.address}（{t('walkIn.inspection.rooms', { count: p.roomCount })}）
              </List.Item>
            )}
          />
        </>
      )}
      {l && editing && (
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="landlord-edit">
          {banner.map((b) => (
            <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
          ))}
          <Row gutter={16}>
            <Col span={l.kind === 'organisation' ? 14 : 24}>
              <Form.Item name="name" label={t('register.fields.name')}>
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            {l.kind === 'organisation' && (
              <Col span={10}>
                <Form.Item name="contactName" label={t('register.fields.contactName')}>
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name="address" label={t('register.fields.address')}>
            <Input maxLength={200} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="mobile" label={r('newMobile')}>
                <Input maxLength={20} placeholder={l.mobileMasked} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name={['identity', 'idType']} label={t('register.fields.idType')}>
                <Select
                  options={LANDLORD_ID_TYPES.filter((v) => (v === 'credit_code') === (l.kind === 'organisation')).map((v) => ({
                    value: v,
                    label: t(`idType.${v}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name={['identity', 'idNumber']} label={r('newIdNumber')}>
                <Input maxLength={30} placeholder={l.idNumberMasked} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16} align="bottom">
            <Col span={12}>
              <Form.Item name={['letter', 'signed']} valuePropName="checked">
                <Checkbox>{t('walkIn.letter.signed')}</Checkbox>
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={['letter', 'signedOn']} label={t('walkIn.letter.signedOn')}>
                <Input type="date" disabled={!signed} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('register.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('register.cancel')}</Button>
          </Space>
        </Form>
      )}
      <HistoryDrawer target={history && l ? { entity: 'landlords', id: l.id } : null} onClose={() => setHistory(false)} />
    </Drawer>
  );
}
