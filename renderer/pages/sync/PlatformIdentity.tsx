import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../../core/dates';
import type { SyncStatus } from '../../../core/sync/schemas';

/** Who this desk is to the city platform: what the IT officer asks for over the phone. */
export function PlatformIdentity({ platform }: { platform: NonNullable<SyncStatus['platform']> }) {
  const { t } = useTranslation();
  const s = (k: string) => t(`syncPage.status.${k}`);
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      data-testid="sync-identity"
      title={s('platform')}
      items={[
        { key: 'deskCode', label: s('deskCode'), children: <span className="mono">{platform.deskCode}</span> },
        { key: 'deskId', label: s('deskId'), children: <span className="mono">{platform.deskId}</span> },
        { key: 'region', label: s('region'), children: `${platform.regionName}（${platform.regionCode}）` },
        { key: 'url', label: s('url'), children: platform.url },
        { key: 'enrolledAt', label: s('enrolledAt'), children: chinaDateTime(platform.enrolledAt) },
      ]}
    />
  );
}
