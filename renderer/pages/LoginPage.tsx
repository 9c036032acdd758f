import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function LoginPage({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setError(null);
    setBusy(true);
    try {
      await invoke('session.login', values);
      onLoggedIn();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="centered-page">
      <Card title={`${t('app.title')} · ${t('login.title')}`} extra={<LanguageSwitch />} style={{ width: 400 }}>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 12 }} role="alert" />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('common.required') }]}>
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
