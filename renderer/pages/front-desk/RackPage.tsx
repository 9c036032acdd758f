import { Card, Empty, Input, Space, Statistic, Tag } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { FIRE_STATUSES, ROOM_STATUSES } from '../../../core/schemas/statuses';
import type { RackFilters } from '../../../core/schemas/tenancy';
import { invoke } from '../../api/client';
import { LazyRegionPicker as RegionPicker } from '../../components/LazyRegionPicker';
import { FireStatusTag } from '../../components/StatusTags';
import { StatusFilters } from '../../components/StatusFilters';
import { VirtualRows } from '../../components/VirtualRows';
import { RoomDrawer } from './RoomDrawer';
import './rack.css';

type Property = ProcedureOutput<'rack.page'>['properties'][number];
type Summary = ProcedureOutput<'rack.summary'>;
const PAGE = 60;
const ROW = 64;

/**
 * Workflow 5, the hotel-style room rack: every room of the desk's area, one
 * line per property in community order, each room a tile coloured by
 * occupancy and marked by its property's fire status — always with words too.
 * Only the lines in view are drawn and fetched, so 100,000 rooms scroll like 30.
 */
export function RackPage({ deskRegion }: { deskRegion: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RackFilters>({});
  const [total, setTotal] = useState<number | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [height, setHeight] = useState(() => Math.max(300, window.innerHeight - 300));
  const loaded = useRef(new Map<number, Property>());
  const queryKey = useMemo(() => JSON.stringify(filters), [filters]);

  useEffect(() => {
    const onResize = () => setHeight(Math.max(300, window.innerHeight - 300));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const current = useRef(queryKey);
  current.current = queryKey;
  const load = useCallback(async (f: RackFilters, page: number) => {
    const key = JSON.stringify(f);
    const r = await invoke('rack.page', { filters: f, offset: page * PAGE, limit: PAGE });
    // An answer to filters the clerk has since changed is dropped.
    if (key === current.current) {
      r.properties.forEach((p, i) => loaded.current.set(page * PAGE + i, p));
      setTotal(r.total);
    }
    return r.properties;
  }, []);

  // The first page of these filters is asked for during the render that first knows them, not
  // after the whole shell has committed; it tells the total, and the list then draws it from here.
  const firstPage = useRef<{ key: string; rows: Promise<Property[]> } | null>(null);
  if (firstPage.current?.key !== queryKey) firstPage.current = { key: queryKey, rows: load(filters, 0) };

  const fetchPage = useCallback(
    (page: number) => (page === 0 && firstPage.current?.key === queryKey ? firstPage.current.rows : load(filters, page)),
    [filters, queryKey, load],
  );

  useEffect(() => {
    // The counts come after the first lines: they read every room, the lines only a page.
    void firstPage.current?.rows.finally(() => invoke('rack.summary', { filters }).then(setSummary));
  }, [filters]);

  const set = (patch: Partial<RackFilters>) => {
    loaded.current.clear();
    setTotal(null);
    setSummary(null);
    setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as RackFilters);
  };

  return (
    <Card
      title={t('tenancy.rack.title')}
      extra={
        <Space size="large">
          <Statistic value={summary?.rooms ?? 0} suffix={t('tenancy.rack.rooms')} styles={{ content: { fontSize: 18 } }} />
          <Statistic value={summary?.properties ?? total ?? 0} suffix={t('tenancy.rack.properties')} styles={{ content: { fontSize: 18 } }} />
          <Statistic value={summary?.offerable ?? 0} prefix={`${t('tenancy.rack.offerable')} `} styles={{ content: { fontSize: 18, color: '#389e0d' } }} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 8 }} data-testid="rack-counts">
        {ROOM_STATUSES.map((s) => (
          <Tag key={s} className={`rack-count ${s}`}>
            {t(`roomStatus.${s}`)} {summary?.byStatus[s] ?? 0}
          </Tag>
        ))}
        {FIRE_STATUSES.map((s) => (
          <span key={s}>
            <FireStatusTag status={s} /> {summary?.byFireStatus[s] ?? 0}
          </span>
        ))}
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <div style={{ width: 260 }}>
          <RegionPicker root={deskRegion.slice(0, 6)} value={filters.regionCode} onChange={(c) => set({ regionCode: c })} placeholder={t('tenancy.rack.region')} />
        </div>
        <Input.Search allowClear placeholder={t('tenancy.rack.search')} aria-label={t('tenancy.rack.search')} onSearch={(q) => set({ q: q.trim() || undefined })} style={{ width: 220 }} />
        <StatusFilters value={filters} onChange={set} />
      </Space>
      {total === 0 ? (
        <Empty description={t('tenancy.rack.empty')} />
      ) : (
        <VirtualRows<Property>
          total={total ?? 0}
          rowHeight={ROW}
          height={height}
          pageSize={PAGE}
          queryKey={queryKey}
          fetchPage={fetchPage}
          overscan={4}
          renderRow={(p, i) => {
            if (!p) return <div className="rack-row placeholder">{t('common.loading')}</div>;
            const prev = loaded.current.get(i - 1);
            const firstOfCommunity = !prev || prev.communityCode !== p.communityCode;
            return (
              <div className={`rack-row${firstOfCommunity ? ' first' : ''}`} data-testid="rack-row">
                {firstOfCommunity && <span className="rack-community">{p.communityName}</span>}
                <div className="rack-property">
                  <span className="rack-address" title={p.address}>
                    {p.address}
                  </span>
                  <span>
                    <FireStatusTag status={p.fireStatus} />
                    {t('tenancy.rack.landlord')} {p.landlordName}
                    {p.grid ? ` · ${p.grid}` : ''}
                  </span>
                </div>
                <div className="rack-rooms">
                  {p.rooms.map((r) => (
                    <button
                      type="button"
                      key={r.id}
                      className={`rack-tile ${r.status} ${p.fireStatus === 'compliant' ? 'compliant' : 'not-compliant'}`}
                      onClick={() => setOpen(r.id)}
                      data-testid="rack-tile"
                      title={`${r.label} ${t(`roomStatus.${r.status}`)} · ${t(`fireStatus.${p.fireStatus}`)}`}
                    >
                      <div>
                        <span className="rack-label">{r.label}</span> {t(`roomStatus.${r.status}`)}
                      </div>
                      <div>{r.occupant ? `${r.occupant} ${t('tenancy.rack.persons', { n: r.persons })}` : t('tenancy.rack.maxOccupants', { n: r.maxOccupants })}</div>
                      <div>
                        ¥{r.rentMonthly}
                        {r.cookingPermitted ? ` · ${t('tenancy.rack.cooking')}` : ''}
                      </div>
                    </button>
                  ))}
                </div>
              </div>
            );
          }}
        />
      )}
      <RoomDrawer roomId={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
