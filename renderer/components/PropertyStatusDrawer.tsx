import { Button, Descriptions, Drawer, List, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import { invoke } from '../api/client';
import { HazardTable } from './HazardTable';
import { FireStatusTag, RoomStatusTag } from './StatusTags';

type Status = ProcedureOutput<'properties.status'>;

/**
 * A property's derived fire status with the reasons behind it, each room's
 * maximum occupants, cooking permission and offerability, the inspections and
 * the hazards. Computed fresh from the register, not from the cache.
 */
export function PropertyStatusDrawer({ propertyId, onClose }: { propertyId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [s, setS] = useState<Status | null>(null);
  useEffect(() => {
    setS(null);
    if (propertyId) void invoke('properties.status', { id: propertyId }).then(setS);
  }, [propertyId]);
  const st = (k: string) => t(`inspections.status.${k}`);

  return (
    <Drawer open={propertyId !== null} onClose={onClose} size={760} title={s?.address ?? st('title')} loading={!s}>
      {s && (
        <>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'status', label: st('title'), children: <FireStatusTag status={s.fireStatus} /> },
              { key: 'until', label: st('validUntil'), children: s.validUntil ?? '—' },
              { key: 'landlord', label: t('board.landlord'), children: s.landlordName },
              { key: 'rules', label: t('inspections.rules.version'), children: s.ruleVersion },
            ]}
          />
          <List size="small" header={st('reasons')} dataSource={s.reasons} renderItem={(r) => <List.Item data-testid="status-reason">{r.text}</List.Item>} />
          <Space style={{ margin: '12px 0' }}>
            <Button type="primary" href={`#/inspect?property=${s.propertyId}`}>
              {st('inspect')}
            </Button>
          </Space>
          <h4>{st('rooms')}</h4>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.rooms}
            columns={[
              { title: t('board.room'), dataIndex: 'label' },
              { title: t('board.area'), dataIndex: 'areaM2', render: (v: number) => `${v} m²` },
              { title: st('maxOccupants'), dataIndex: 'maxOccupants' },
              { title: t('board.status'), dataIndex: 'status', render: (v) => <RoomStatusTag status={v} /> },
              { title: st('cooking'), dataIndex: 'cookingPermitted', render: (v: boolean) => (v ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>) },
              { title: st('offerable'), dataIndex: 'offerable', render: (v: boolean) => (v ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>) },
              { title: st('reasons'), render: (_, r) => r.reasons.map((x) => x.text).join('；') },
            ]}
          />
          <h4 style={{ marginTop: 16 }}>{st('hazards')}</h4>
          <HazardTable hazards={s.hazards} showAddress={false} />
          <h4 style={{ marginTop: 16 }}>{st('history')}</h4>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.inspections}
            columns={[
              { title: t('inspections.record.date'), dataIndex: 'inspectedOn' },
              { title: t('inspections.record.kind'), dataIndex: 'kind', render: (k: string) => t(`inspections.record.kinds.${k}`) },
              { title: '', dataIndex: 'result', render: (r: string) => <Tag color={r === 'pass' ? 'green' : 'orange'}>{st(`result.${r}`)}</Tag> },
              { title: t('inspections.notice.inspector'), dataIndex: 'inspectorName' },
              { title: t('inspections.rules.version'), dataIndex: 'ruleVersion' },
              { title: '', render: (_, i) => i.result === 'fail' && <a href={`#/notice?inspection=${i.id}`}>{t('inspections.record.printNotice')}</a> },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
