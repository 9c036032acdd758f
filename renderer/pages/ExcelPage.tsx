import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import { can } from '../../core/roles';
import { ApiError, invoke } from '../api/client';
import { useProcedure, useProcedureMutation } from '../api/queries';
import { downloadBase64, fileToBase64 } from '../forms/files';
import type { Me } from '../shell/me';
import { useSay } from '../i18n/say';

type Report = ProcedureOutput<'imports.check'>;
type Progress = ProcedureOutput<'imports.progress'>;
type Row = Report['rows'][number];

const STATUS_COLOURS: Record<Row['status'], string> = { new: 'green', duplicate: 'gold', error: 'red' };

function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The register as Excel, both ways: export (masked unless the role allows
 * full export, which is logged), the import template, and an import that
 * checks every row first and lets the clerk choose — the valid rows, or
 * nothing — with a report that downloads as the same sheet plus an error column.
 */
export function ExcelPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const say = useSay();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [job, setJob] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [banner, setBanner] = useState<{ type: 'error' | 'success' | 'info'; text: string } | null>(null);
  const x = (k: string, o?: Record<string, unknown>) => t(`excel.${k}`, o);
  const commitRows = useProcedureMutation('imports.commit');

  // While a long call runs, the host is asked a few times a second how far it has got.
  const polled = useProcedure('imports.progress', job ? { jobId: job } : null, { refetchInterval: 300, gcTime: 0 });
  const progress: Progress | null = !job
    ? null
    : polled.data && polled.data.stage !== 'unknown'
      ? polled.data
      : { stage: 'reading', done: 0, total: 0 };

  /** Runs a long call under its job id, which the progress above follows. */
  const withProgress = async <T,>(jobId: string, run: () => Promise<T>): Promise<T> => {
    setJob(jobId);
    try {
      return await run();
    } finally {
      setJob(null);
    }
  };

  const refusal = (e: unknown) => {
    if (!(e instanceof ApiError)) throw e;
    setBanner({ type: 'error', text: e.issues.length ? `${e.message}：${e.issues.map((i) => i.message).join('；')}` : e.message });
  };

  const check = async (f: File) => {
    setReport(null);
    setBanner(null);
    setBusy('check');
    try {
      const chosen = { fileName: f.name, base64: await fileToBase64(f) };
      setFile(chosen);
      const jobId = newJobId();
      setReport(await withProgress(jobId, () => invoke('imports.check', { ...chosen, jobId })));
    } catch (e) {
      setFile(null);
      refusal(e);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy('commit');
    try {
      const jobId = newJobId();
      const r = await withProgress(jobId, () => commitRows.mutateAsync({ ...file, mode: 'validRows', jobId }));
      setBanner({ type: 'success', text: x('import.imported', { ...r.created, ...r.skipped }) });
      setReport(null);
      setFile(null);
    } catch (e) {
      refusal(e);
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    setReport(null);
    setFile(null);
    setBanner({ type: 'info', text: x('import.nothingImported') });
  };

  const download = async (what: 'template' | 'errors' | 'masked' | 'full') => {
    setBusy(what);
    try {
      if (what === 'template') {
        const f = await invoke('imports.template', {});
        downloadBase64(f.fileName, f.base64);
      } else if (what === 'errors' && file) {
        const f = await invoke('imports.errorSheet', file);
        downloadBase64(f.fileName, f.base64);
      } else if (what === 'masked' || what === 'full') {
        const f = await invoke('exports.register', { full: what === 'full' });
        downloadBase64(f.fileName, f.base64);
        message.success(x('export.done', f.counts));
      }
    } catch (e) {
      refusal(e);
    } finally {
      setBusy(null);
    }
  };

  const progressText = (p: Progress) =>
    p.stage === 'checking'
      ? x('import.checking', { done: p.done, total: p.total })
      : p.stage === 'writing'
        ? x('import.writing')
        : x('import.reading');

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card title={x('export.title')}>
        <Typography.Paragraph type="secondary">{x('export.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={busy === 'masked'} onClick={() => void download('masked')}>
            {x('export.masked')}
          </Button>
          {can(me.clerk.role, 'export.full') && (
            <Button icon={<DownloadOutlined />} loading={busy === 'full'} onClick={() => void download('full')}>
              {x('export.full')}
            </Button>
          )}
        </Space>
      </Card>

      <Card title={x('import.title')}>
        <Typography.Paragraph type="secondary">{x('import.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<DownloadOutlined />} loading={busy === 'template'} onClick={() => void download('template')}>
            {x('import.template')}
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            disabled={busy !== null}
            beforeUpload={(f) => {
              void check(f);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy === 'check'}>
              {x('import.choose')}
            </Button>
          </Upload>
        </Space>
        {progress && (
          <div data-testid="import-progress" style={{ marginBottom: 12 }}>
            <Progress percent={progress.total ? Math.round((progress.done / progress.total) * 100) : 0} status="active" />
            <Typography.Text type="secondary">{progressText(progress)}</Typography.Text>
          </div>
        )}
        {banner && (
          <Alert type={banner.type} showIcon title={banner.text} style={{ marginBottom: 12 }} data-testid="import-banner" role="alert" />
        )}
        {report && file && (
          <div data-testid="import-report">
            <Typography.Title level={5}>{x('import.reportTitle', { file: file.fileName })}</Typography.Title>
            <Alert
              type={report.rowCounts.error ? 'warning' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              title={x('import.summary', { total: report.totalRows, ...report.rowCounts })}
              description={report.rowCounts.new ? x('import.wouldCreate', report.wouldCreate) : x('import.noneValid')}
            />
            {report.truncated && (
              <Alert type="info" title={x('import.truncated', { n: report.rows.length })} style={{ marginBottom: 12 }} />
            )}
            {report.rows.length > 0 && (
              <Table<Row & { key: string }>
                size="small"
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="import-rows"
                dataSource={report.rows.flatMap((r) => r.problems.map((p, i) => ({ ...r, problems: [p], key: `${r.row}-${i}` })))}
                columns={[
                  { title: x('import.row'), dataIndex: 'row', width: 70 },
                  {
                    title: x('import.status'),
                    dataIndex: 'status',
                    width: 90,
                    render: (s: Row['status']) => <Tag color={STATUS_COLOURS[s]}>{x(`import.statuses.${s}`)}</Tag>,
                  },
                  { title: x('import.column'), key: 'column', width: 180, render: (_: unknown, r: Row) => r.problems[0]?.column },
                  {
                    title: x('import.problem'),
                    key: 'problem',
                    render: (_: unknown, r: Row) => (r.problems[0] ? say(r.problems[0].message) : ''),
                  },
                ]}
              />
            )}
            <Space wrap style={{ marginTop: 12 }}>
              <Button type="primary" disabled={report.rowCounts.new === 0} loading={busy === 'commit'} onClick={() => void commit()}>
                {x('import.importValid', { n: report.rowCounts.new })}
              </Button>
              <Button onClick={cancel} disabled={busy === 'commit'}>
                {x('import.importNothing')}
              </Button>
              {report.rows.length > 0 && (
                <Button icon={<DownloadOutlined />} loading={busy === 'errors'} onClick={() => void download('errors')}>
                  {x('import.downloadErrors')}
                </Button>
              )}
            </Space>
          </div>
        )}
      </Card>
    </Space>
  );
}
