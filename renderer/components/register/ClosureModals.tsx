import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../core/api/contract';
import type { Lang } from '../../../core/i18n/types';
import type { PropertyDetail } from '../../../core/schemas/property';
import { useProcedureMutation } from '../../api/queries';
import { checkWith, showIssues } from '../../forms/issues';
import { useDeskToday } from '../../shell/useDeskToday';
import { refusalOf } from './edit-errors';

/** 查封关停: reason, authority, date. Its rooms leave the board's offer in the same transaction. */
export function CloseModal({
  property,
  open,
  onClose,
  onDone,
}: {
  property: PropertyDetail;
  open: boolean;
  onClose: () => void;
  onDone: (p: PropertyDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; authority: string; closedOn: string }>();
  const today = useDeskToday();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const close = useProcedureMutation('properties.close');
  const c = (k: string) => t(`register.close.${k}`);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ closedOn: today });
      setBanner([]);
    }
  }, [open, form, today]);

  const save = async () => {
    const input = { id: property.id, baseVersion: property.version, ...form.getFieldsValue() };
    const local = checkWith(contract['properties.close'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      const r = await close.mutateAsync(input);
      message.success(c('done'));
      onDone(r.property);
      onClose();
    } catch (e) {
      setBanner(refusalOf(e, form, t, onClose));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={c('title')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={c('confirm')}
      okButtonProps={{ danger: true }}
      confirmLoading={busy}
      cancelText={t('register.cancel')}
      destroyOnHidden
    >
      <p>{property.address}</p>
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
      ))}
      <Form form={form} layout="vertical" data-testid="close-form">
        <Form.Item name="reason" label={c('reason')}>
          <Input.TextArea maxLength={200} rows={2} autoFocus />
        </Form.Item>
        <Form.Item name="authority" label={c('authority')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="closedOn" label={c('closedOn')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 解除查封, a supervisor's action: the property is active again but let only once an inspection passes. */
export function ReopenModal({
  property,
  open,
  onClose,
  onDone,
}: {
  property: PropertyDetail;
  open: boolean;
  onClose: () => void;
  onDone: (p: PropertyDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const reopen = useProcedureMutation('properties.reopen');
  const c = (k: string) => t(`register.reopen.${k}`);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setBanner([]);
    }
  }, [open, form]);

  const save = async () => {
    setBusy(true);
    try {
      const p = await reopen.mutateAsync({ id: property.id, baseVersion: property.version, note: form.getFieldValue('note') });
      message.success(c('done'));
      onDone(p);
      onClose();
    } catch (e) {
      setBanner(refusalOf(e, form, t, onClose));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={c('title')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={c('confirm')}
      confirmLoading={busy}
      cancelText={t('register.cancel')}
      destroyOnHidden
    >
      <p>{property.address}</p>
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
      ))}
      <Form form={form} layout="vertical">
        <Form.Item name="note" label={c('note')}>
          <Input.TextArea maxLength={200} rows={2} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
