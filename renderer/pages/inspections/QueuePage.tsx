import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { useProcedure } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { FireStatusTag } from '../../components/StatusTags';

type Item = ProcedureOutput<'inspections.queue'>['items'][number];
const KIND_COLOURS: Record<Item['kind'], string> = {
  first: 'blue',
  reinspection: 'gold',
  deadline: 'orange',
  overdue: 'red',
  expiring: 'volcano',
};

/** What the inspector should do next, soonest first. */
export function QueuePage() {
  const { t } = useTranslation();
  const queue = useProcedure('inspections.queue', {});
  return (
    <Card title={t('inspections.queue.title')}>
      <LoadError error={queue.error} />
      <Table<Item>
        rowKey={(r) => `${r.kind}-${r.propertyId}-${r.dueOn}`}
        size="small"
        loading={queue.isPending}
        dataSource={queue.data?.items ?? []}
        locale={{ emptyText: t('inspections.queue.empty') }}
        pagination={false}
        columns={[
          { title: t('inspections.queue.dueOn'), dataIndex: 'dueOn', width: 110 },
          {
            title: t('inspections.queue.what'),
            dataIndex: 'kind',
            width: 130,
            render: (k: Item['kind']) => <Tag color={KIND_COLOURS[k]}>{t(`inspections.queue.kind.${k}`)}</Tag>,
          },
          { title: t('inspections.queue.address'), dataIndex: 'address' },
          { title: t('inspections.queue.detail'), dataIndex: 'detail', render: (v: string | null) => v ?? '' },
          { title: t('rooms.fireStatus'), dataIndex: 'fireStatus', width: 110, render: (s) => <FireStatusTag status={s} /> },
          {
            title: '',
            width: 110,
            render: (_, r) => (
              <Button size="small" type="primary" href={`#/inspect?property=${r.propertyId}`}>
                {t('inspections.queue.start')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
