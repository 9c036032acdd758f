import { Drawer, Empty, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { useProcedure } from '../../api/queries';
import { LoadError } from '../LoadError';

type Entry = ProcedureOutput<'register.history'>['entries'][number];

/** The audit log of a landlord, a property (with its rooms) or a room: who changed what, before → after. */
export function HistoryDrawer({
  target,
  onClose,
}: {
  target: { entity: 'landlords' | 'properties' | 'rooms'; id: string } | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const history = useProcedure('register.history', target ? { entity: target.entity, id: target.id } : null);
  const entries = history.data?.entries ?? null;
  const field = (f: string) => (i18n.exists(`register.fields.${f}`) ? t(`register.fields.${f}`) : f);
  const action = (a: string) => (i18n.exists(`register.actions.${a}`) ? t(`register.actions.${a}`) : a);
  // Enumerations read as words, as everywhere else on the desk.
  const ENUMS: Record<string, (e: Entry) => string> = {
    fireStatus: () => 'fireStatus',
    status: (e) => (e.entity === 'rooms' ? 'roomStatus' : 'propertyStatus'),
    buildingType: () => 'buildingType',
    ebikeArrangement: () => 'ebike',
    kind: () => 'landlordKind',
    idType: () => 'idType',
  };
  const shown = (e: Entry, f: string) => (v: unknown) => {
    if (v === null || v === undefined || v === '') return '—';
    if (v === true) return t('register.yes');
    if (v === false) return t('register.no');
    const ns = ENUMS[f]?.(e);
    return ns && i18n.exists(`${ns}.${String(v)}`) ? t(`${ns}.${String(v)}`) : String(v);
  };

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={720}
      title={t('register.historyTitle')}
      loading={target !== null && history.isPending}
    >
      <LoadError error={history.error} />
      {entries && entries.length === 0 && <Empty description={t('register.historyEmpty')} />}
      {entries && entries.length > 0 && (
        <Timeline
          data-testid="history"
          items={entries.map((e) => ({
            key: e.id,
            content: (
              <div data-testid="history-entry">
                <Typography.Text strong>{action(e.action)}</Typography.Text>
                {e.subject && <Tag style={{ marginLeft: 8 }}>{e.subject}</Tag>}
                <Tag style={{ marginLeft: 8 }}>{t(`register.kinds_.${e.kind}`)}</Tag>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {new Date(e.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN')} · {e.clerkName ?? '—'}
                </Typography.Text>
                {e.changes.length > 0 && (
                  <Table
                    size="small"
                    pagination={false}
                    showHeader={e.kind === 'changed'}
                    style={{ marginTop: 6 }}
                    rowKey="field"
                    dataSource={e.changes}
                    columns={[
                      { title: '', dataIndex: 'field', width: 130, render: field },
                      ...(e.kind === 'changed'
                        ? [
                            {
                              title: '→',
                              dataIndex: 'before',
                              render: (v: unknown, c: Entry['changes'][number]) => shown(e, c.field)(v),
                              className: 'history-before',
                            },
                          ]
                        : []),
                      { title: '', dataIndex: 'after', render: (v: unknown, c: Entry['changes'][number]) => shown(e, c.field)(v) },
                    ]}
                  />
                )}
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
