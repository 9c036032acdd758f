import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke, onUnauthenticated } from './api/client';
import { LoginPage } from './pages/LoginPage';
import { SetupPage } from './pages/SetupPage';
import { AppShell } from './shell/AppShell';
import type { Me } from './shell/me';

type Stage = { kind: 'loading' } | { kind: 'setup' } | { kind: 'login' } | { kind: 'ready'; me: Me };

/** First run -> setup; no session -> login; else the shell. */
export function App() {
  const { i18n } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    const status = await invoke('setup.status', {});
    if (!status.initialized) return setStage({ kind: 'setup' });
    try {
      setStage({ kind: 'ready', me: await invoke('session.me', {}) });
    } catch {
      setStage({ kind: 'login' });
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onUnauthenticated(() => setStage({ kind: 'login' }));
  }, [refresh]);

  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      // Without this antd writes 提交 as "提 交" and a clerk's screen reader and our tests trip on it.
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1d5fa8', borderRadius: 4 } }}
    >
      <AntApp>
        {stage.kind === 'loading' && <Spin fullscreen />}
        {stage.kind === 'setup' && <SetupPage onDone={() => setStage({ kind: 'login' })} />}
        {stage.kind === 'login' && <LoginPage onLoggedIn={refresh} />}
        {stage.kind === 'ready' && <AppShell me={stage.me} onLoggedOut={() => setStage({ kind: 'login' })} />}
      </AntApp>
    </ConfigProvider>
  );
}
