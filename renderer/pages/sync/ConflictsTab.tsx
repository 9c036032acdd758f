import { Alert, App, Button, Card, Empty, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../../core/api/contract';
import { chinaDateTime } from '../../../core/dates';
import type { Lang } from '../../../core/i18n/types';
import { ApiError } from '../../api/client';
import { keepPreviousData, useProcedure, useProcedureMutation } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { checkWith, clearIssues, showIssues } from '../../forms/issues';
import { useRejectionWords } from '../../components/rejection-words';

type Conflict = ProcedureOutput<'sync.conflicts'>['items'][number];
type Choice = ProcedureInput<'sync.resolve'>['choice'];
type Show = 'open' | 'done';

const ANSWER_COLOURS: Record<Conflict['status'], string> = { open: 'orange', accepted: 'blue', resubmitted: 'purple', escalated: 'red' };

/**
 * The conflict inbox: a row this desk changed while the platform changed it
 * too. A supervisor sees both values side by side and answers; answered ones
 * stay listed under 已处理 with who answered.
 */
export function ConflictsTab() {
  const { t } = useTranslation();
  const [show, setShow] = useState<Show>('open');
  const list = useProcedure('sync.conflicts', { status: show === 'open' ? 'open' : 'all' }, { placeholderData: keepPreviousData });
  const items = (list.data?.items ?? []).filter((c) => (show === 'open' ? c.status === 'open' : c.status !== 'open'));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Segmented<Show>
        value={show}
        onChange={setShow}
        options={(['open', 'done'] as const).map((v) => ({ value: v, label: t(`syncPage.conflict.show.${v}`) }))}
      />
      <LoadError error={list.error} />
      {!list.isPending && items.length === 0 && (
        <Empty description={t(show === 'open' ? 'syncPage.conflict.none' : 'syncPage.conflict.noneDone')} />
      )}
      {items.map((c) => (
        <ConflictCard key={c.id} conflict={c} />
      ))}
    </Space>
  );
}

/** A field's value as a clerk reads it: yes/no, a dash for nothing, the text itself. */
function useValueText() {
  const { t } = useTranslation();
  return (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return JSON.stringify(v);
  };
}

function ConflictCard({ conflict: c }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const words = useRejectionWords();
  const value = useValueText();
  const resolve = useProcedureMutation('sync.resolve');
  const [escalating, setEscalating] = useState(false);
  const k = (key: string, o?: Record<string, unknown>) => t(`syncPage.conflict.${key}`, o);
  const unknown = k('unknown');

  const answer = async (choice: Exclude<Choice, 'escalate'>) => {
    try {
      await resolve.mutateAsync({ id: c.id, choice });
      message.success(k('done'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      message.error(e.message);
    }
  };

  return (
    <Card
      size="small"
      data-testid="sync-conflict"
      title={`${words.entity(c.entity)} · ${c.label ?? c.entityId}`}
      extra={<Tag color={ANSWER_COLOURS[c.status]}>{k(`answer.${c.status}`)}</Tag>}
    >
      <Table
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={c.fields}
        columns={[
          { title: k('field'), dataIndex: 'field', render: (f: string) => words.field(f) },
          { title: k('desk'), dataIndex: 'desk', render: (v: unknown) => value(v) },
          { title: k('platform'), dataIndex: 'platform', render: (v: unknown) => value(v) },
        ]}
      />
      <Space orientation="vertical" size={0} style={{ margin: '8px 0' }}>
        <Typography.Text type="secondary">
          {k('deskSide', { clerk: c.desk.clerkName ?? unknown, time: chinaDateTime(c.desk.at) })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {k('platformSide', {
            desk: c.platform.deskName ?? unknown,
            clerk: c.platform.clerkName ?? '',
            time: chinaDateTime(c.platform.at),
          })}
        </Typography.Text>
      </Space>
      {c.status === 'open' ? (
        <Space wrap>
          <Button type="primary" loading={resolve.isPending} onClick={() => void answer('accept')}>
            {k('accept')}
          </Button>
          <Button loading={resolve.isPending} onClick={() => void answer('resubmit')}>
            {k('resubmit')}
          </Button>
          <Button danger onClick={() => setEscalating(true)}>
            {k('escalate')}
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {k('answeredBy', { name: c.resolvedByName ?? unknown, time: c.resolvedAt ? chinaDateTime(c.resolvedAt) : '—' })}
          {c.note && `：${c.note}`}
        </Typography.Paragraph>
      )}
      <EscalateModal id={escalating ? c.id : null} onClose={() => setEscalating(false)} />
    </Card>
  );
}

/** Referring a conflict to the city needs a note the city's officer can act on: checked with the contract's schema, beside the field. */
function EscalateModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [banner, setBanner] = useState<string[]>([]);
  const resolve = useProcedureMutation('sync.resolve');

  const submit = async ({ note }: { note?: string }) => {
    if (!id) return;
    setBanner([]);
    clearIssues(form);
    const input: ProcedureInput<'sync.resolve'> = { id, choice: 'escalate', note: note ?? '' };
    const local = checkWith(contract['sync.resolve'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    try {
      await resolve.mutateAsync(input);
      message.success(t('syncPage.conflict.done'));
      form.resetFields();
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setBanner(e.issues.length ? showIssues(form, e.issues) : [e.message]);
    }
  };

  return (
    <Modal
      open={id !== null}
      title={t('syncPage.conflict.escalate')}
      okText={t('syncPage.conflict.escalate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: resolve.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
      ))}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="note" label={t('syncPage.conflict.note')}>
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
