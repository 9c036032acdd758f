import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useProcedure, useProcedureMutation } from '../api/queries';
import { LoadError } from './LoadError';

/**
 * The desk's public key and the keys of other desks, until the sync issue
 * distributes them through the platform: export ours as a file, import
 * theirs after comparing fingerprints by phone.
 */
export function DeskKeysCard({ canImport }: { canImport: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const list = useProcedure('keys.list', {});
  const keys = list.data ?? null;
  const exportKey = useProcedureMutation('keys.exportOwn');
  const importKey = useProcedureMutation('keys.import');
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const exportOwn = async () => {
    try {
      const r = await exportKey.mutateAsync({});
      const url = URL.createObjectURL(new Blob([r.file], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = r.fileName;
      a.click();
      URL.revokeObjectURL(url);
      message.success(t('certificates.keys.exported', { file: r.fileName, fingerprint: r.fingerprint }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  };

  const importFile = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    try {
      const k = await importKey.mutateAsync({ file: await f.text(), replace });
      message.success(t('certificates.keys.imported', { name: k.name, fingerprint: k.fingerprint }));
      setReplace(false);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.issues[0]?.message ?? e.message);
    }
  };

  return (
    <Card title={t('certificates.keys.title')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'own',
            label: t('certificates.keys.own'),
            children: (
              <span className="mono" data-testid="own-fingerprint">
                {keys?.own.fingerprint ?? t('certificates.keys.none')}
              </span>
            ),
          },
        ]}
      />
      <Space wrap style={{ margin: '8px 0' }}>
        <Button icon={<DownloadOutlined />} onClick={() => void exportOwn()}>
          {t('certificates.keys.export')}
        </Button>
        {canImport && (
          <>
            <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
              {t('certificates.keys.import')}
            </Button>
            <input
              ref={input}
              type="file"
              accept="application/json,.json"
              aria-label={t('certificates.keys.import')}
              data-testid="key-file"
              style={{ display: 'none' }}
              onChange={(e) => {
                void importFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
              {t('certificates.keys.replace')}
            </Checkbox>
          </>
        )}
      </Space>
      {canImport && <Typography.Paragraph type="secondary">{t('certificates.keys.hint')}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <LoadError error={list.error} style={{ marginBottom: 8 }} />
      <Table
        size="small"
        rowKey="deskId"
        pagination={false}
        loading={list.isPending}
        locale={{ emptyText: t('certificates.keys.empty') }}
        dataSource={keys?.known ?? []}
        columns={[
          { title: t('certificates.keys.name'), dataIndex: 'name' },
          { title: t('certificates.keys.region'), dataIndex: 'regionCode' },
          { title: t('certificates.keys.fingerprint'), dataIndex: 'fingerprint', className: 'mono' },
          {
            title: t('certificates.keys.importedAt'),
            dataIndex: 'importedAt',
            render: (at: number) => new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN'),
          },
        ]}
      />
    </Card>
  );
}
