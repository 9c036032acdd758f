import { DisconnectOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput } from '../../../core/api/contract';
import type { Lang } from '../../../core/i18n/types';
import type { SyncStatus } from '../../../core/sync/schemas';
import { ApiError } from '../../api/client';
import { setProcedureData, useProcedureMutation, useQueryClient } from '../../api/queries';
import { checkWith, clearIssues, showIssues } from '../../forms/issues';
import { PlatformIdentity } from './PlatformIdentity';

type EnrolValues = ProcedureInput<'sync.enrol'>;
type SettingsValues = ProcedureInput<'sync.settings'>;

/** The admin's part: enrol with the code the city issued, or (enrolled) the alert setting and leaving. */
export function EnrolTab({ status }: { status: SyncStatus }) {
  return status.platform ? <Enrolled status={status} platform={status.platform} /> : <EnrolForm />;
}

/** The state the backend answered goes straight into the cache the header and the status tab read. */
function useShowStatus() {
  const client = useQueryClient();
  return (s: SyncStatus) => setProcedureData(client, 'sync.status', {}, s);
}

function EnrolForm() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnrolValues>();
  const [banner, setBanner] = useState<string[]>([]);
  const enrol = useProcedureMutation('sync.enrol');
  const show = useShowStatus();
  const e = (k: string) => t(`syncPage.enrol.${k}`);

  const submit = async (values: EnrolValues) => {
    setBanner([]);
    clearIssues(form);
    // The contract's own schema first: an http address or a short code is refused beside its field, with nothing sent.
    const local = checkWith(contract['sync.enrol'].input, values, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    try {
      const after = await enrol.mutateAsync(values);
      show(after);
      message.success(t('syncPage.enrol.done', { region: after.platform?.regionName ?? '' }));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      // A refused code, an unreachable address: the backend names the field; the code was not used up.
      setBanner(err.issues.length ? showIssues(form, err.issues) : [err.message]);
    }
  };

  return (
    <Card title={e('submit')} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{e('intro')}</Typography.Paragraph>
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
      ))}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        // A field the clerk corrects loses its refusal at once.
        onValuesChange={(changed: Partial<EnrolValues>) => clearIssues(form, Object.keys(changed))}
        data-testid="sync-enrol"
      >
        <Form.Item name="url" label={e('url')}>
          <Input autoComplete="off" placeholder="https://" autoFocus />
        </Form.Item>
        <Form.Item name="code" label={e('code')}>
          <Input autoComplete="off" placeholder="K7Q2-9XPM-4DHR" className="mono" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={enrol.isPending}>
          {e('submit')}
        </Button>
      </Form>
    </Card>
  );
}

function Enrolled({ status, platform }: { status: SyncStatus; platform: NonNullable<SyncStatus['platform']> }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const leave = useProcedureMutation('sync.leave');
  const show = useShowStatus();

  const confirmLeave = () =>
    modal.confirm({
      title: t('syncPage.leave.confirm'),
      content: t('sync.enrol.confirmLeave'),
      okText: t('syncPage.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          show(await leave.mutateAsync({ confirm: true }));
          message.success(t('syncPage.leave.done'));
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          message.error(err.message);
        }
      },
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PlatformIdentity platform={platform} />
      <AlertSetting hours={status.alertAfterHours} />
      <Button danger icon={<DisconnectOutlined />} onClick={confirmLeave} loading={leave.isPending} data-testid="sync-leave">
        {t('syncPage.leave')}
      </Button>
    </Space>
  );
}

/** "超过 N 小时未同步时提醒": when a change waiting to upload becomes an alert on the sync page. */
function AlertSetting({ hours }: { hours: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const [banner, setBanner] = useState<string[]>([]);
  const save = useProcedureMutation('sync.settings');
  const show = useShowStatus();

  const submit = async (values: SettingsValues) => {
    setBanner([]);
    clearIssues(form);
    const local = checkWith(contract['sync.settings'].input, values, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    try {
      show(await save.mutateAsync(values));
      message.success(t('common.saved'));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setBanner(err.issues.length ? showIssues(form, err.issues) : [err.message]);
    }
  };

  return (
    <Form form={form} layout="inline" initialValues={{ alertAfterHours: hours }} onFinish={(v) => void submit(v)}>
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12, width: '100%' }} />
      ))}
      <Form.Item label={t('syncPage.settings.alertBefore')}>
        <Space>
          <Form.Item name="alertAfterHours" noStyle>
            <InputNumber min={1} max={720} precision={0} aria-label={t('syncPage.settings.alertLabel')} />
          </Form.Item>
          <span>{t('syncPage.settings.alertAfter')}</span>
        </Space>
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
