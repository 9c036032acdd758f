import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProcedure } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { LandlordDrawer } from '../components/register/LandlordDrawer';
import { PropertyDrawer } from '../components/register/PropertyDrawer';
import { FireStatusTag, RoomStatusTag } from '../components/StatusTags';
import type { Me } from '../shell/me';
import { hashParams } from '../shell/useHashRoute';

const LIMIT = 20;

/** What the header's search box found: landlords, properties, rooms; each opens its record. */
export function SearchPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(() => hashParams().get('q') ?? '');
  const search = useProcedure('search.query', q.trim() ? { q, limit: LIMIT } : null);
  const r = search.data ?? null;
  const [landlord, setLandlord] = useState<string | null>(null);
  const [property, setProperty] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setQ(hashParams().get('q') ?? '');
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const s = (k: string, o?: Record<string, unknown>) => t(`search.${k}`, o);
  if (!q.trim()) return <Empty description={s('empty')} />;
  return (
    <Card
      title={s('title', { q })}
      loading={search.isPending}
      extra={r && <Typography.Text type="secondary">{s(`modes.${r.mode}`)}</Typography.Text>}
    >
      <LoadError error={search.error} />
      {r && (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          <List
            size="small"
            bordered
            header={<strong>{s('landlords')}</strong>}
            data-testid="search-landlords"
            locale={{ emptyText: s('none') }}
            dataSource={r.landlords}
            footer={r.more.landlords ? s('more', { n: LIMIT }) : undefined}
            renderItem={(l) => (
              <List.Item className="clickable" onClick={() => setLandlord(l.id)}>
                <Space>
                  <strong>{l.name}</strong>
                  <Tag>{t(`landlordKind.${l.kind}`)}</Tag>
                  <span className="mono">{l.idNumberMasked}</span>
                  <span className="mono">{l.mobileMasked}</span>
                  <Typography.Text type="secondary">{s('propertyCount', { n: l.propertyCount })}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          <List
            size="small"
            bordered
            header={<strong>{s('properties')}</strong>}
            data-testid="search-properties"
            locale={{ emptyText: s('none') }}
            dataSource={r.properties}
            footer={r.more.properties ? s('more', { n: LIMIT }) : undefined}
            renderItem={(p) => (
              <List.Item className="clickable" onClick={() => setProperty(p.id)}>
                <Space>
                  <span>{p.address}</span>
                  <Typography.Text type="secondary">{p.landlordName}</Typography.Text>
                  {p.status === 'closed' && <Tag color="magenta">{t('propertyStatus.closed')}</Tag>}
                  <FireStatusTag status={p.fireStatus} />
                </Space>
              </List.Item>
            )}
          />
          <List
            size="small"
            bordered
            header={<strong>{s('rooms')}</strong>}
            data-testid="search-rooms"
            locale={{ emptyText: s('none') }}
            dataSource={r.rooms}
            footer={r.more.rooms ? s('more', { n: LIMIT }) : undefined}
            renderItem={(x) => (
              <List.Item className="clickable" onClick={() => setProperty(x.propertyId)}>
                <Space>
                  <strong>{x.label}</strong>
                  <span>{x.address}</span>
                  <RoomStatusTag status={x.status} />
                  <FireStatusTag status={x.fireStatus} />
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
      <LandlordDrawer id={landlord} me={me} onClose={() => setLandlord(null)} onOpenProperty={(id) => setProperty(id)} />
      <PropertyDrawer id={property} me={me} onClose={() => setProperty(null)} onOpenLandlord={(id) => setLandlord(id)} />
    </Card>
  );
}
