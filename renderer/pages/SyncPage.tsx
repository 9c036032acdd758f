import { Badge, Card, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles';
import { LoadError } from '../components/LoadError';
import type { Me } from '../shell/me';
import { hashParams } from '../shell/useHashRoute';
import { useSyncStatus } from '../shell/useSyncStatus';
import { ConflictsTab } from './sync/ConflictsTab';
import { EnrolTab } from './sync/EnrolTab';
import { ParkedTab } from './sync/ParkedTab';
import { RejectionsTab } from './sync/RejectionsTab';
import { StatusTab } from './sync/StatusTab';

/**
 * 同步设置: where the desk stands with the city platform, for every clerk;
 * what the platform sent back, for whoever reads the register; the conflict
 * inbox and what is kept aside, for a supervisor; enrolment, for the admin.
 * A tab a role may not use is not shown (the backend refuses it anyway).
 */
export function SyncPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const role = me.clerk.role;
  const canResolve = can(role, 'sync.resolve');
  const [tab, setTab] = useState(() => hashParams().get('tab') ?? 'status');

  if (!status.data) {
    return <Card>{status.error ? <LoadError error={status.error} /> : <Spin />}</Card>;
  }
  const s = status.data;
  const tabs = [
    { key: 'status', label: t('syncPage.tab.status'), children: <StatusTab status={s} canResolve={canResolve} /> },
    can(role, 'register.read') && { key: 'rejections', label: t('syncPage.tab.rejections'), children: <RejectionsTab /> },
    canResolve && {
      key: 'conflicts',
      label: (
        <Badge count={s.conflictsOpen} size="small" offset={[8, 0]}>
          {t('syncPage.tab.conflicts')}
        </Badge>
      ),
      children: <ConflictsTab />,
    },
    canResolve && { key: 'parked', label: t('syncPage.tab.parked'), children: <ParkedTab /> },
    can(role, 'sync.manage') && { key: 'enrol', label: t('syncPage.tab.enrol'), children: <EnrolTab status={s} /> },
  ].filter((x) => !!x);

  return (
    <Card title={t('syncPage.nav')}>
      <Tabs activeKey={tabs.some((x) => x.key === tab) ? tab : 'status'} onChange={setTab} items={tabs} />
    </Card>
  );
}
