import { Alert, Card, Empty, Input, Segmented, Space, Statistic, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRE_STATUSES, ROOM_STATUSES } from '../../../core/schemas/statuses';
import type { RoomFilters } from '../../../core/schemas/rooms';
import { useProcedure } from '../../api/queries';
import { LazyRegionPicker as RegionPicker } from '../../components/LazyRegionPicker';
import { FireStatusTag } from '../../components/StatusTags';
import { StatusFilters } from '../../components/StatusFilters';
import { ListHead, ListLine } from './ListLine';
import { RoomDrawer } from './RoomDrawer';
import { RoomLines } from './RoomLines';
import { TileLine } from './TileLine';
import { useRoomLines } from './useRoomLines';
import './rooms.css';

type View = 'tiles' | 'list';
const VIEW_KEY = 'desk.rooms.view';

function rememberedView(): View {
  try {
    return localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'tiles';
  } catch {
    return 'tiles';
  }
}

const clean = (f: RoomFilters): RoomFilters =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '' && v !== false)) as RoomFilters;

/**
 * 房态总台: every room of the desk's area, one line per property in community
 * order, as tiles (the hotel-style rack) or as a list — the same rooms, the
 * same filters, the same counts, the same drawer for a room. Counts are read
 * once per change of filters; the lines a page at a time as they come into view.
 */
export function RoomsPage({ deskRegion, canInspect, canReadNotes }: { deskRegion: string; canInspect: boolean; canReadNotes: boolean }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RoomFilters>({});
  const [view, setView] = useState<View>(rememberedView);
  const [open, setOpen] = useState<string | null>(null);
  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const [height, setHeight] = useState(() => Math.max(300, window.innerHeight - 300));
  const lines = useRoomLines(filters, visible);
  // The counts read every room: asked once the first lines are on screen.
  const summary = useProcedure('rooms.summary', lines.total === null ? null : { filters });

  useEffect(() => {
    const onResize = () => setHeight(Math.max(300, window.innerHeight - 300));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const onRange = useCallback(
    (first: number, last: number) => setVisible((v) => (v.first === first && v.last === last ? v : { first, last })),
    [],
  );
  const set = (patch: Partial<RoomFilters>) => setFilters((f) => clean({ ...f, ...patch }));
  const choose = (v: View) => {
    setView(v);
    try {
      localStorage.setItem(VIEW_KEY, v);
    } catch {
      // A private window may refuse storage; the choice holds for this visit.
    }
  };
  const s = summary.data;

  return (
    <Card
      title={t('rooms.title')}
      extra={
        <Space size="large">
          <Statistic value={s?.rooms ?? 0} suffix={t('rooms.rooms')} styles={{ content: { fontSize: 18 } }} />
          <Statistic value={s?.properties ?? lines.total ?? 0} suffix={t('rooms.properties')} styles={{ content: { fontSize: 18 } }} />
          <Statistic
            value={s?.offerable ?? 0}
            prefix={`${t('rooms.offerable')} `}
            styles={{ content: { fontSize: 18, color: '#389e0d' } }}
          />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 8 }} data-testid="rack-counts">
        {ROOM_STATUSES.map((st) => (
          <Tag key={st} className={`rack-count ${st}`}>
            {t(`roomStatus.${st}`)} {s?.byStatus[st] ?? 0}
          </Tag>
        ))}
        {FIRE_STATUSES.map((st) => (
          <span key={st}>
            <FireStatusTag status={st} /> {s?.byFireStatus[st] ?? 0}
          </span>
        ))}
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Segmented<View>
          value={view}
          onChange={choose}
          options={[
            { value: 'tiles', label: t('rooms.viewTiles') },
            { value: 'list', label: t('rooms.viewList') },
          ]}
          aria-label={t('rooms.title')}
        />
        <div style={{ width: 260 }}>
          <RegionPicker
            root={deskRegion.slice(0, 6)}
            value={filters.regionCode}
            onChange={(c) => set({ regionCode: c })}
            placeholder={t('rooms.region')}
          />
        </div>
        <Input.Search
          allowClear
          placeholder={t('rooms.search')}
          aria-label={t('rooms.search')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        <StatusFilters value={filters} onChange={set} />
      </Space>
      {lines.error && <Alert type="error" showIcon title={lines.error.message} style={{ marginBottom: 12 }} />}
      {lines.total === 0 ? (
        <Empty description={t('rooms.empty')} />
      ) : (
        <>
          {view === 'list' && <ListHead />}
          <RoomLines
            total={lines.total ?? 0}
            view={view}
            height={height}
            line={lines.line}
            onRange={onRange}
            render={(line, i) => {
              if (!line) return <div className="rack-row placeholder">{t('common.loading')}</div>;
              if (view === 'list') return <ListLine line={line} onOpen={setOpen} />;
              const prev = lines.line(i - 1);
              return <TileLine line={line} firstOfCommunity={!prev || prev.communityCode !== line.communityCode} onOpen={setOpen} />;
            }}
          />
        </>
      )}
      <RoomDrawer roomId={open} canInspect={canInspect} canReadNotes={canReadNotes} onClose={() => setOpen(null)} />
    </Card>
  );
}
