import { SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Progress, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../core/sync/schemas';
import { ApiError } from '../../api/client';
import { setProcedureData, useProcedureMutation, useQueryClient } from '../../api/queries';
import { useSay } from '../../i18n/say';
import { useSyncWords } from '../../shell/useSyncStatus';
import { PlatformIdentity } from './PlatformIdentity';

/** Where the desk's sync stands, and "立即同步" for every clerk; the fail-safe's release for a supervisor. */
export function StatusTab({ status, canResolve }: { status: SyncStatus; canResolve: boolean }) {
  const { t } = useTranslation();
  const say = useSay();
  const words = useSyncWords();
  const { message } = App.useApp();
  const client = useQueryClient();
  const now = useProcedureMutation('sync.now');
  const s = (k: string, o?: Record<string, unknown>) => t(`syncPage.status.${k}`, o);

  const syncNow = async () => {
    try {
      // The run's answer is the state after it: shown at once, before the next poll.
      const after = await now.mutateAsync({});
      setProcedureData(client, 'sync.status', {}, after);
      message.info(t('syncPage.nowDone', { state: words.why(after) ?? words.short(after) }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      message.error(e.message);
    }
  };

  const running = now.isPending || status.state === 'running';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {status.state === 'offline' && <Alert type="info" showIcon title={s('offline')} />}
      {status.halt && <HaltAlert halt={status.halt} canResolve={canResolve} />}
      {status.stopped && <Alert type="error" showIcon data-testid="sync-stopped" title={say(status.stopped)} />}
      {status.alerts.map((a, i) => (
        <Alert key={`${a.key}.${i}`} type="warning" showIcon data-testid="sync-alert" title={say(a)} />
      ))}
      {status.progress && (
        <Progress
          data-testid="sync-progress"
          percent={status.progress.total ? Math.round((status.progress.done / status.progress.total) * 100) : 0}
          status="active"
          format={() => words.progress(status.progress)}
        />
      )}
      <Space>
        <Button
          type="primary"
          icon={<SyncOutlined spin={running} />}
          loading={now.isPending}
          disabled={status.state === 'offline' || running}
          onClick={() => void syncNow()}
          data-testid="sync-now"
        >
          {t('syncPage.now')}
        </Button>
      </Space>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'state',
            label: s('state'),
            children: (
              <span data-testid="sync-state">
                {words.short(status)}
                {words.why(status) && ` — ${words.why(status)}`}
              </span>
            ),
          },
          {
            key: 'pending',
            label: s('pending'),
            children: (
              <span data-testid="sync-pending">
                {s('pendingCount', { count: status.pending })}
                {status.oldestPendingAt !== null && s('oldestPending', { time: words.when(status.oldestPendingAt) })}
              </span>
            ),
          },
          { key: 'lastSuccess', label: s('lastSuccess'), children: words.when(status.lastSuccessAt) },
          { key: 'lastAttempt', label: s('lastAttempt'), children: words.when(status.lastAttemptAt) },
          { key: 'lastError', label: s('lastError'), children: status.lastError ? say(status.lastError) : '—' },
          { key: 'reconcile', label: s('reconcile'), children: <Reconcile reconcile={status.reconcile} /> },
        ]}
      />
      {status.platform && <PlatformIdentity platform={status.platform} />}
    </Space>
  );
}

/** The fail-safe held a pull back: everyone sees why; a supervisor who checked with the city lets it through. */
function HaltAlert({ halt, canResolve }: { halt: NonNullable<SyncStatus['halt']>; canResolve: boolean }) {
  const { t } = useTranslation();
  const say = useSay();
  const words = useSyncWords();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const resume = useProcedureMutation('sync.resume');

  const release = () =>
    modal.confirm({
      title: t('syncPage.halt.confirm'),
      content: t('syncPage.halt.confirmBody'),
      okText: t('syncPage.halt.resume'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setProcedureData(client, 'sync.status', {}, await resume.mutateAsync({ confirm: true }));
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          message.error(e.message);
        }
      },
    });

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="sync-halt"
      title={say(halt.message)}
      description={canResolve ? t('syncPage.halt.since', { time: words.when(halt.at) }) : t('syncPage.halt.waitSupervisor')}
      action={
        canResolve && (
          <Button onClick={release} loading={resume.isPending} data-testid="sync-resume">
            {t('syncPage.halt.resume')}
          </Button>
        )
      }
    />
  );
}

/** The last count-by-count check against the platform: what differed, and what still does. */
function Reconcile({ reconcile }: { reconcile: SyncStatus['reconcile'] }) {
  const { t } = useTranslation();
  const words = useSyncWords();
  if (!reconcile) return <>—</>;
  if (reconcile.mismatched.length === 0) return <>{t('syncPage.status.reconcileSame', { time: words.when(reconcile.at) })}</>;
  return (
    <Space orientation="vertical" size={0}>
      <span>{words.when(reconcile.at)}</span>
      {reconcile.mismatched.map((m) => (
        <span key={m.entity}>
          {t('syncPage.status.reconcileDiff', { entity: t(`sync.entity.${m.entity}`), desk: m.desk, platform: m.platform })}
        </span>
      ))}
    </Space>
  );
}
