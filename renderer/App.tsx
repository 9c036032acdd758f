import { QueryClientProvider } from '@tanstack/react-query';
import { Alert, App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from './api/client';
import { createQueryClient, fetchProcedure, followRegisterChanges } from './api/queries';
import { LoginPage } from './pages/LoginPage';
import type { Me } from './shell/me';

// Loaded when needed: the login screen paints without the region tables (setup) or the pages (shell).
const SetupPage = lazy(() => import('./pages/SetupPage').then((m) => ({ default: m.SetupPage })));
const loadShell = () => import('./shell/AppShell');
const AppShell = lazy(() => loadShell().then((m) => ({ default: m.AppShell })));

/** While setup.status and session.me travel, fetch the shell and the page the URL names. */
function preloadShell() {
  void loadShell()
    .then(() => import('./shell/pages'))
    .then((p) => p.preloadPage(window.location.hash.replace(/^#\/?/, '').split('?')[0] || 'rooms'));
}

type Stage =
  { kind: 'loading' } | { kind: 'setup' } | { kind: 'login' } | { kind: 'ready'; me: Me } | { kind: 'unreachable'; message: string };

/** First run -> setup; no session -> login; else the shell. */
export function App() {
  const { i18n } = useTranslation();
  // One cache per window, for the clerk logged in: emptied whenever the session ends.
  const [queryClient] = useState(createQueryClient);
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      // Both at once: a returning clerk's session answers while the setup check does.
      const [status, me] = await Promise.all([
        fetchProcedure(queryClient, 'setup.status', {}),
        fetchProcedure(queryClient, 'session.me', {}).catch(() => null),
      ]);
      if (!status.initialized) return setStage({ kind: 'setup' });
      setStage(me ? { kind: 'ready', me } : { kind: 'login' });
    } catch (e) {
      setStage({ kind: 'unreachable', message: e instanceof Error ? e.message : String(e) });
    }
  }, [queryClient]);

  /** Logged out, or the session ended under the clerk: back to login, and nothing of theirs stays cached. */
  const toLogin = useCallback(() => {
    setStage({ kind: 'login' });
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => {
    preloadShell();
    void refresh();
    const stopEvents = followRegisterChanges(queryClient);
    const stopSession = onUnauthenticated(toLogin);
    return () => {
      stopEvents();
      stopSession();
    };
  }, [refresh, toLogin, queryClient]);

  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      // Without this antd writes 提交 as "提 交" and a clerk's screen reader and our tests trip on it.
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1d5fa8', borderRadius: 4 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<Spin fullscreen />}>
            {stage.kind === 'loading' && <Spin fullscreen />}
            {stage.kind === 'unreachable' && <Alert type="error" showIcon title={stage.message} style={{ margin: 24 }} />}
            {stage.kind === 'setup' && <SetupPage onDone={() => setStage({ kind: 'login' })} />}
            {stage.kind === 'login' && <LoginPage onLoggedIn={refresh} />}
            {stage.kind === 'ready' && <AppShell me={stage.me} onLoggedOut={toLogin} />}
          </Suspense>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
