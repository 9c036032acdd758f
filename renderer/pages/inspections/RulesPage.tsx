import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { ApiError } from '../../api/client';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { useLocal } from '../../i18n/say';
import type { Text } from '../../../core/i18n/types';

type Set = ProcedureOutput<'rules.list'>['sets'][number];

/** Checklist versions; a supervisor loads a new one from a JSON file (validated before it is accepted). */
export function RulesPage({ canLoad }: { canLoad: boolean }) {
  const { t } = useTranslation();
  const local = useLocal();
  const { message } = App.useApp();
  const list = useProcedure('rules.list', {});
  const loadRules = useProcedureMutation('rules.load');
  const [errors, setErrors] = useState<string[]>([]);
  const file = useRef<HTMLInputElement>(null);

  const upload = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    setErrors([]);
    try {
      const r = await loadRules.mutateAsync({ json: await f.text() });
      message.success(t('inspections.rules.loaded', { version: r.version, date: r.effectiveFrom }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setErrors([e.message, ...e.issues.map((i) => `${i.path}：${i.message}`)]);
    } finally {
      if (file.current) file.current.value = '';
    }
  };

  return (
    <Card
      title={t('inspections.rules.title')}
      extra={
        canLoad && (
          <>
            <input
              ref={file}
              type="file"
              accept="application/json,.json"
              hidden
              data-testid="rules-file"
              onChange={(e) => void upload(e.target.files)}
            />
            <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
              {t('inspections.rules.load')}
            </Button>
          </>
        )
      }
    >
      <LoadError error={list.error} />
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={errors[0]}
          description={errors.slice(1).map((e) => (
            <div key={e}>{e}</div>
          ))}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      <Table<Set>
        rowKey="version"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data?.sets ?? []}
        columns={[
          { title: t('inspections.rules.version'), dataIndex: 'version' },
          { title: '', dataIndex: 'title', render: (v: Text) => local(v) },
          { title: t('inspections.rules.effectiveFrom'), dataIndex: 'effectiveFrom' },
          { title: t('inspections.rules.items'), dataIndex: 'items' },
          {
            title: '',
            render: (_, r) => (
              <>
                {r.inForce && <Tag color="green">{t('inspections.rules.inForce')}</Tag>}
                {r.builtIn && <Tag>{t('inspections.rules.builtIn')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
