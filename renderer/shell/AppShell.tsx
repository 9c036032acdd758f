import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Input, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { can } from '../../core/roles';
import { PAGES, renderPage } from './pages';
import { SyncBadge } from './SyncBadge';
import { useHashRoute } from './useHashRoute';

export type { Me } from './me';
import type { Me } from './me';

const ROUTES = PAGES.map((p) => p.key);

export function AppShell({ me, onLoggedOut }: { me: Me; onLoggedOut: () => void }) {
  const { t } = useTranslation();
  const [route, go] = useHashRoute(ROUTES, 'rooms');
  const allowed = PAGES.filter((p) => !p.needs || can(me.clerk.role, p.needs));
  const page = allowed.find((p) => p.key === route) ?? allowed[0]!;

  // Print views fill the page: no header, no menu, just the document.
  if (page.bare) return <Suspense fallback={<Spin fullscreen />}>{renderPage(page, me)}</Suspense>;

  const logout = async () => {
    await invoke('session.logout', {});
    onLoggedOut();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="desk-header">
        <Typography.Title level={4} className="desk-title">
          {t('app.title')} · {me.desk.name}
        </Typography.Title>
        <Space>
          <SyncBadge canResolve={can(me.clerk.role, 'sync.resolve')} onOpen={() => go('sync')} />
          <Input.Search
            allowClear
            style={{ width: 340 }}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            data-testid="global-search"
            onSearch={(q) => q.trim() && go('search', { q: q.trim() })}
          />
          <span data-testid="clerk-name">
            <UserOutlined /> {me.clerk.displayName}（{t(`role.${me.clerk.role}`)}）
          </span>
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
            {t('app.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={180} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[page.key]}
            onClick={(e) => go(e.key)}
            items={allowed.filter((p) => p.menu !== false).map((p) => ({ key: p.key, icon: p.icon, label: t(p.label) }))}
          />
        </Layout.Sider>
        <Layout.Content className="desk-content">
          <Suspense fallback={<Spin />}>{renderPage(page, me)}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
