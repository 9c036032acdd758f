import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../core/api/contract';
import type { Lang } from '../../core/i18n/types';
import { ApiError, invoke } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RegionPicker } from '../components/RegionPicker';
import { checkWith, showIssues } from '../forms/issues';

interface Values {
  desk: { name: string; regionCode: string };
  admin: { username: string; displayName: string; password: string; passwordAgain: string };
}

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBanner([]);
    const { passwordAgain, ...admin } = values.admin;
    if (passwordAgain !== admin.password) {
      form.setFields([{ name: ['admin', 'passwordAgain'], errors: [t('setup.passwordsDiffer')] }]);
      return;
    }
    const input = { desk: values.desk, admin };
    const local = checkWith(contract['setup.initialize'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      await invoke('setup.initialize', input);
      message.success(t('setup.done'));
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setBanner([...(e.issues.length ? showIssues(form, e.issues) : [e.message])]);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="centered-page">
      <Card title={t('setup.title')} extra={<LanguageSwitch />} style={{ width: 560 }}>
        <p>{t('setup.intro')}</p>
        {banner.map((b) => (
          <Alert key={b} type="error" title={b} showIcon style={{ marginBottom: 12 }} />
        ))}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark>
          <Form.Item name={['desk', 'name']} label={t('setup.deskName')} rules={[{ required: true, message: t('common.required') }]}>
            <Input autoFocus maxLength={60} />
          </Form.Item>
          <Form.Item name={['desk', 'regionCode']} label={t('setup.region')} rules={[{ required: true, message: t('common.required') }]}>
            <RegionPicker />
          </Form.Item>
          <Form.Item
            name={['admin', 'username']}
            label={t('setup.adminUsername')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input autoComplete="username" maxLength={32} />
          </Form.Item>
          <Form.Item
            name={['admin', 'displayName']}
            label={t('setup.adminName')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name={['admin', 'password']} label={t('setup.password')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name={['admin', 'passwordAgain']}
            label={t('setup.passwordAgain')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('setup.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
