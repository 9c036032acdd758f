import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloudOutlined,
  ExclamationCircleOutlined,
  PauseCircleOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Badge, Button, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../core/sync/schemas';
import { useSyncStatus, useSyncWords } from './useSyncStatus';

type Tone = 'secondary' | 'success' | 'warning' | 'danger' | undefined;

/** Icon and colour with the words: a state is never told by colour alone. */
const LOOKS: Record<SyncStatus['state'], { icon: ReactNode; tone: Tone }> = {
  offline: { icon: <CloudOutlined />, tone: 'secondary' },
  never: { icon: <ClockCircleOutlined />, tone: undefined },
  synced: { icon: <CheckCircleOutlined />, tone: 'success' },
  pending: { icon: <ClockCircleOutlined />, tone: 'warning' },
  error: { icon: <ExclamationCircleOutlined />, tone: 'danger' },
  stopped: { icon: <StopOutlined />, tone: 'danger' },
  halted: { icon: <PauseCircleOutlined />, tone: 'warning' },
  running: { icon: <SyncOutlined spin />, tone: undefined },
};

/**
 * The header's sync state, for every clerk: whether this desk's changes have
 * reached the city platform. A supervisor also sees how many conflicts wait
 * for them. Opens the sync page.
 */
export function SyncBadge({ canResolve, onOpen }: { canResolve: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const { data } = useSyncStatus();
  const words = useSyncWords();
  // Nothing until the first answer: a guessed state would be worse than none.
  if (!data) return null;
  const look = LOOKS[data.state];
  const conflicts = canResolve ? data.conflictsOpen : 0;
  return (
    <Tooltip title={words.why(data) ?? t('syncPage.badge.open')}>
      <Button type="text" onClick={onOpen} data-testid="sync-badge" data-state={data.state}>
        <Typography.Text type={look.tone}>
          {look.icon} {words.short(data)}
        </Typography.Text>
        {conflicts > 0 && (
          <Badge
            count={conflicts}
            size="small"
            title={t('syncPage.badge.conflicts', { count: conflicts })}
            aria-label={t('syncPage.badge.conflicts', { count: conflicts })}
            data-testid="sync-conflicts"
          />
        )}
      </Button>
    </Tooltip>
  );
}
