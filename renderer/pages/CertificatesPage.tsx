import { Alert, App, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../core/api/contract';
import type { Lang } from '../../core/i18n/types';
import { ApiError } from '../api/client';
import { keepPreviousData, useProcedure, useProcedureMutation } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { PropertyPicker } from '../components/PropertyPicker';
import { checkWith } from '../forms/issues';
import { useSay } from '../i18n/say';

type Item = ProcedureOutput<'certificates.list'>['certificates'][number];
type State = NonNullable<ProcedureInput<'certificates.list'>['state']>;

/** Serials, names and dates stay on one line; the address takes what is left. */
const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

const open = (id: string) => (window.location.hash = `#/certificate?${new URLSearchParams({ id })}`);

/**
 * Workflow 6 at the window: issue a certificate for a compliant property,
 * find certificates (the supervisor's "expiring" list among them), open one
 * to print or reprint, and void one (supervisors).
 */
export function CertificatesPage({ canVoid }: { canVoid: boolean }) {
  const { t } = useTranslation();
  const say = useSay();
  const [state, setState] = useState<State>('all');
  const [q, setQ] = useState('');
  const list = useProcedure('certificates.list', { state, q: q || undefined, limit: 100 }, { placeholderData: keepPreviousData });
  const page = list.data ?? null;
  const [voiding, setVoiding] = useState<Item | null>(null);

  return (
    <>
      <IssueCard />
      <Card
        title={t('certificates.list.title')}
        extra={
          <Space>
            <Segmented<State>
              value={state}
              onChange={setState}
              options={(['all', 'valid', 'expiring', 'void'] as const).map((s) => ({
                value: s,
                label: t(`certificates.list.states.${s}`),
              }))}
            />
            <Input.Search allowClear placeholder={t('certificates.list.search')} onSearch={setQ} style={{ width: 240 }} />
          </Space>
        }
      >
        <LoadError error={list.error} />
        <Table<Item>
          rowKey="id"
          size="small"
          data-testid="certificate-list"
          loading={list.isPending}
          dataSource={page?.certificates ?? []}
          pagination={false}
          columns={[
            { title: t('certificates.list.serial'), dataIndex: 'serial', render: nowrap },
            { title: t('certificates.list.address'), dataIndex: 'address' },
            { title: t('certificates.list.landlord'), dataIndex: 'landlord', render: nowrap },
            { title: t('certificates.list.issuedOn'), dataIndex: 'issuedOn', render: nowrap },
            { title: t('certificates.list.validUntil'), dataIndex: 'validUntil', render: nowrap },
            {
              title: t('certificates.list.left'),
              dataIndex: 'daysLeft',
              render: (n: number, c) =>
                c.status === 'valid' ? <Tag color={n <= 30 ? 'orange' : 'default'}>{t('certificates.list.daysLeft', { n })}</Tag> : null,
            },
            {
              title: t('certificates.list.status'),
              render: (_, c) =>
                c.status === 'valid' ? (
                  <Tag color="green">{t('certificates.status.valid')}</Tag>
                ) : (
                  <Space orientation="vertical" size={0}>
                    <Tag color="red">{t('certificates.status.void')}</Tag>
                    <small>{c.void && say(c.void.message)}</small>
                  </Space>
                ),
            },
            { title: t('certificates.list.prints'), dataIndex: 'prints' },
            {
              title: t('certificates.list.actions'),
              render: (_, c) => (
                <Space>
                  <Button size="small" onClick={() => open(c.id)}>
                    {t('certificates.list.open')}
                  </Button>
                  {canVoid && c.status === 'valid' && (
                    <Button size="small" danger onClick={() => setVoiding(c)}>
                      {t('certificates.list.void')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {voiding && <VoidDialog c={voiding} onClose={() => setVoiding(null)} />}
    </>
  );
}

/** Picks a property and asks the register to issue; a refusal is shown with the register's own reason. */
function IssueCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [propertyId, setPropertyId] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<{ text: string; existing?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const issueFor = useProcedureMutation('certificates.issue');

  const issue = async () => {
    if (!propertyId) return;
    setBusy(true);
    setRefusal(null);
    try {
      const c = await issueFor.mutateAsync({ propertyId });
      message.success(t('certificates.issue.issued', { serial: c.serial }));
      open(c.id);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const existing = e.details?.certificateId;
      setRefusal({ text: e.message, ...(typeof existing === 'string' ? { existing } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('certificates.issue.title')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('certificates.issue.hint')}</Typography.Paragraph>
      <label htmlFor="certificate-property" style={{ display: 'block', marginBottom: 4 }}>
        {t('certificates.issue.property')}
      </label>
      <Space.Compact style={{ width: '100%', maxWidth: 820 }}>
        <div style={{ flex: 1 }}>
          <PropertyPicker
            id="certificate-property"
            value={propertyId}
            onChange={(id) => {
              setPropertyId(id);
              setRefusal(null);
            }}
            placeholder={t('certificates.issue.placeholder')}
          />
        </div>
        <Button type="primary" disabled={!propertyId} loading={busy} onClick={() => void issue()}>
          {t('certificates.issue.submit')}
        </Button>
      </Space.Compact>
      {refusal && (
        <Alert
          type="error"
          showIcon
          data-testid="issue-refusal"
          style={{ marginTop: 12 }}
          title={refusal.text}
          action={
            refusal.existing ? (
              <Button size="small" onClick={() => open(refusal.existing!)}>
                {t('certificates.issue.open')}
              </Button>
            ) : undefined
          }
        />
      )}
    </Card>
  );
}

/** A supervisor voids with a reason; the reason is checked by the contract's own schema before the round trip. */
function VoidDialog({ c, onClose }: { c: Item; onClose: (changed: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const voidIt = useProcedureMutation('certificates.void');

  const submit = async () => {
    const input = { id: c.id, reason };
    const local = checkWith(contract['certificates.void'].input, input, i18n.language as Lang);
    if (local.length) return setError(local[0]!.message);
    setBusy(true);
    try {
      await voidIt.mutateAsync(input);
      message.success(t('certificates.void.done', { serial: c.serial }));
      onClose(true);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.issues[0]?.message ?? e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('certificates.void.title', { serial: c.serial })}
      okText={t('certificates.void.submit')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
    >
      <p>{c.address}</p>
      <Form layout="vertical">
        <Form.Item label={t('certificates.void.reason')} htmlFor="void-reason" validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea
            id="void-reason"
            autoFocus
            rows={3}
            maxLength={200}
            value={reason}
            placeholder={t('certificates.void.placeholder')}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
