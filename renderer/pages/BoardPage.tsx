import { Card, Empty, Input, Space, Statistic } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import type { BoardFilters } from '../../core/schemas/board';
import { invoke } from '../api/client';
import { PropertyStatusDrawer } from '../components/PropertyStatusDrawer';
import { FireStatusTag, RoomStatusTag } from '../components/StatusTags';
import { StatusFilters } from '../components/StatusFilters';
import { VirtualRows } from '../components/VirtualRows';

type Room = ProcedureOutput<'rooms.board'>['rooms'][number];
const PAGE = 100;
const ROW = 40;

/** Every room of the desk's register with its occupancy and fire status, filterable, any size. */
export function BoardPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<BoardFilters>({});
  const [total, setTotal] = useState<number | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [height, setHeight] = useState(() => Math.max(300, window.innerHeight - 260));
  const queryKey = useMemo(() => JSON.stringify(filters), [filters]);

  useEffect(() => {
    const onResize = () => setHeight(Math.max(300, window.innerHeight - 260));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const fetchPage = useCallback(
    async (page: number) => {
      const r = await invoke('rooms.board', { filters, offset: page * PAGE, limit: PAGE });
      setTotal(r.total);
      return r.rooms;
    },
    [filters],
  );

  // The first page tells the total; later pages come as the clerk scrolls.
  useEffect(() => {
    setTotal(null);
    void fetchPage(0);
  }, [fetchPage]);

  const set = (patch: Partial<BoardFilters>) => setFilters((f) => clean({ ...f, ...patch }));

  return (
    <Card
      title={t('board.title')}
      extra={<Statistic value={total ?? 0} suffix={t('board.room')} styles={{ content: { fontSize: 18 } }} />}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('board.searchPlaceholder')} onSearch={(q) => set({ q: q.trim() || undefined })} style={{ width: 240 }} aria-label={t('board.searchPlaceholder')} />
        <StatusFilters value={filters} onChange={set} />
      </Space>
      <div className="board-grid board-head" role="row">
        <span>{t('board.address')}</span>
        <span>{t('board.room')}</span>
        <span>{t('board.floor')}</span>
        <span>{t('board.area')}</span>
        <span>{t('board.facilities')}</span>
        <span>{t('board.rent')}</span>
        <span>{t('board.occupants')}</span>
        <span>{t('board.status')}</span>
        <span>{t('board.fireStatus')}</span>
      </div>
      {total === 0 ? (
        <Empty description={t('board.empty')} />
      ) : (
        <VirtualRows<Room>
          total={total ?? 0}
          rowHeight={ROW}
          height={height}
          pageSize={PAGE}
          queryKey={queryKey}
          fetchPage={fetchPage}
          renderRow={(r) =>
            r ? (
              <div
                className="board-grid clickable"
                data-testid="board-row"
                role="button"
                tabIndex={0}
                onClick={() => setOpened(r.propertyId)}
                onKeyDown={(e) => e.key === 'Enter' && setOpened(r.propertyId)}
              >
                <span title={r.address} className="ellipsis">{r.address}</span>
                <span>{r.label}</span>
                <span>{r.floor}</span>
                <span>{r.areaM2} m²</span>
                <span>
                  {r.hasKitchen ? t('board.kitchen') : ''} {r.privateBathroom ? t('board.bathroom') : ''}
                </span>
                <span>¥{r.rentMonthly}</span>
                <span>{r.maxOccupants}</span>
                <span><RoomStatusTag status={r.status} /></span>
                <span><FireStatusTag status={r.fireStatus} /></span>
              </div>
            ) : (
              <div className="board-grid placeholder">{t('common.loading')}</div>
            )
          }
        />
      )}
      <PropertyStatusDrawer propertyId={opened} onClose={() => setOpened(null)} />
    </Card>
  );
}

function clean(f: BoardFilters): BoardFilters {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as BoardFilters;
}
