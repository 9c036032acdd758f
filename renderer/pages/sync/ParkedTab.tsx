import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { chinaDateTime } from '../../../core/dates';
import { useProcedure } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { useSay } from '../../i18n/say';

type Parked = ProcedureOutput<'sync.parked'>['items'][number];

/** Changes pulled from the platform that this desk keeps aside (it cannot apply them yet), and why. */
export function ParkedTab() {
  const { t } = useTranslation();
  const say = useSay();
  const list = useProcedure('sync.parked', {});
  const p = (k: string) => t(`syncPage.parked.${k}`);
  return (
    <>
      <LoadError error={list.error} />
      <Table<Parked>
        rowKey="cursor"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: p('none') }}
        columns={[
          { title: p('entity'), dataIndex: 'entity', render: (e: string) => t(`sync.entity.${e}`, { defaultValue: e }) },
          { title: p('id'), dataIndex: 'entityId', render: (v: string) => <span className="mono">{v}</span> },
          { title: p('reason'), key: 'reason', render: (_, x) => say(x.reason) },
          { title: p('at'), dataIndex: 'parkedAt', render: (v: number) => chinaDateTime(v) },
          { title: p('attempts'), dataIndex: 'attempts' },
        ]}
      />
    </>
  );
}
