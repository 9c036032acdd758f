import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../../core/dates';
import { useProcedure } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { useRejectionWords, type Rejection } from '../../components/rejection-words';

/** A test id on each row: antd's row props are typed without data attributes. */
const rowProps = { 'data-testid': 'sync-rejection' } as HTMLAttributes<HTMLElement>;

/** The desk's changes the platform would not apply (it still counted them as processed: the queue never blocks on one). */
export function RejectionsTab() {
  const { t } = useTranslation();
  const words = useRejectionWords();
  const list = useProcedure('sync.rejections', {});
  const r = (k: string) => t(`syncPage.rejection.${k}`);
  return (
    <>
      <LoadError error={list.error} />
      <Table<Rejection>
        rowKey="seq"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: r('none') }}
        onRow={() => rowProps}
        columns={[
          { title: r('label'), key: 'label', render: (_, x) => x.label ?? x.entityId },
          { title: r('entity'), dataIndex: 'entity', render: (e: string) => words.entity(e) },
          { title: r('fields'), key: 'fields', render: (_, x) => words.fields(x) },
          { title: r('reason'), key: 'reason', render: (_, x) => words.reason(x) },
          { title: r('by'), dataIndex: 'clerkName', render: (v: string | null) => v ?? '—' },
          { title: r('at'), dataIndex: 'at', render: (v: number) => chinaDateTime(v) },
        ]}
      />
    </>
  );
}
