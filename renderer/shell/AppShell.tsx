import { AppstoreOutlined, HomeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import { invoke } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { BoardPage } from '../pages/BoardPage';
import { LandlordsPage } from '../pages/LandlordsPage';
import { PropertiesPage } from '../pages/PropertiesPage';
import { useHashRoute } from './useHashRoute';

/** Who is logged in and at which desk, as session.me answers. */
export type Me = ProcedureOutput<'session.me'>;

const ROUTES = ['board', 'landlords', 'properties'] as const;
type Route = (typeof ROUTES)[number];

export function AppShell({ me, onLoggedOut }: { me: Me; onLoggedOut: () => void }) {
  const { t } = useTranslation();
  const [route, go] = useHashRoute(ROUTES, 'board');

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
          <span data-testid="clerk-name">
            <UserOutlined /> {me.clerk.displayName}（{t(`app.role.${me.clerk.role}`)}）
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
            selectedKeys={[route]}
            onClick={(e) => go(e.key as Route)}
            items={[
              { key: 'board', icon: <AppstoreOutlined />, label: t('nav.board') },
              { key: 'landlords', icon: <UserOutlined />, label: t('nav.landlords') },
              { key: 'properties', icon: <HomeOutlined />, label: t('nav.properties') },
            ]}
          />
        </Layout.Sider>
        <Layout.Content className="desk-content">
          {route === 'board' && <BoardPage />}
          {route === 'landlords' && <LandlordsPage />}
          {route === 'properties' && <PropertiesPage deskRegion={me.desk.regionCode} />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
