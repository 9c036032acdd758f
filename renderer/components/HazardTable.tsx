import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HazardRecord } from '../../core/schemas/inspection';

/** Hazards with their deadline state in colour and words. */
export function HazardTable({ hazards, showAddress = true }: { hazards: HazardRecord[]; showAddress?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<HazardRecord>
      rowKey="id"
      size="small"
      dataSource={hazards}
      pagination={hazards.length > 20 ? { pageSize: 20 } : false}
      columns={[
        ...(showAddress ? [{ title: t('inspections.queue.address'), dataIndex: 'address' as const }] : []),
        { title: t('inspections.hazards.code'), dataIndex: 'itemCode', width: 80 },
        {
          title: t('inspections.hazards.description'),
          dataIndex: 'description',
          render: (v: string, h) => `${v}${h.roomLabel ? `（${h.roomLabel}）` : ''}`,
        },
        { title: t('inspections.hazards.foundOn'), dataIndex: 'foundOn', width: 110 },
        { title: t('inspections.hazards.deadline'), dataIndex: 'deadline', width: 110 },
        {
          title: t('inspections.hazards.status'),
          width: 170,
          render: (_, h) => (
            <>
              {h.status === 'rectified' ? (
                <Tag color="green">{t('inspections.hazards.rectified')}</Tag>
              ) : h.overdue ? (
                <Tag color="red">{t('inspections.hazards.overdue')}</Tag>
              ) : (
                <Tag color="orange">{t('inspections.hazards.open')}</Tag>
              )}
              {h.escalatedAt && h.status === 'open' && <Tag color="magenta">{t('inspections.hazards.escalated')}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
