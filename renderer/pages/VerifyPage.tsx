import { FileImageOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import { ApiError, invoke } from '../api/client';
import { DeskKeysCard } from '../components/DeskKeysCard';
import { QrCamera } from '../components/QrCamera';
import { decodeImageFile } from '../components/qr-decode';
import { useSay } from '../i18n/say';

type Verification = ProcedureOutput<'certificates.verify'>;

const VERDICT_COLOURS: Record<Verification['verdict'], string> = {
  valid: 'green',
  tampered: 'red',
  unknownDesk: 'orange',
  void: 'red',
  expired: 'volcano',
  unreadable: 'default',
};

/**
 * 核验证明: any clerk checks a certificate offline. The code arrives from a
 * USB scanner (it types the text and presses Enter into the box), a paste,
 * a photo or scan of the paper, or the camera; the register answers with the
 * verdict and the signed facts to compare with the paper.
 */
export function VerifyPage({ canImportKeys }: { canImportKeys: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const verify = useCallback(async (payload: string) => {
    setError(null);
    setResult(null);
    if (!payload.trim()) return;
    try {
      setResult(await invoke('certificates.verify', { payload: payload.trim() }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.issues[0]?.message ?? e.message);
    }
  }, []);

  const fromText = useCallback(
    (scanned: string) => {
      setText(scanned);
      void verify(scanned);
    },
    [verify],
  );

  const fromImage = async (f: File | undefined) => {
    if (!f) return;
    setResult(null);
    const scanned = await decodeImageFile(f).catch(() => null);
    if (!scanned) return setError(t('certificates.verify.noQr'));
    fromText(scanned);
  };

  return (
    <>
      <Card title={t('certificates.verify.title')} style={{ marginBottom: 16 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor="verify-payload">{t('certificates.verify.input')}</label>
          <Input.Search
            id="verify-payload"
            autoFocus
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => void verify(v)}
            enterButton={t('certificates.verify.submit')}
            placeholder={t('certificates.verify.placeholder')}
            spellCheck={false}
            autoComplete="off"
          />
          <Space wrap align="start">
            <Button icon={<FileImageOutlined />} onClick={() => file.current?.click()}>
              {t('certificates.verify.image')}
            </Button>
            <input
              ref={file}
              type="file"
              accept="image/png,image/jpeg,image/webp"
              aria-label={t('certificates.verify.image')}
              data-testid="verify-image"
              style={{ display: 'none' }}
              onChange={(e) => {
                void fromImage(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            <QrCamera onText={fromText} />
          </Space>
          {error && <Alert type="error" showIcon title={error} />}
        </Space>
      </Card>
      {result && <VerdictCard v={result} />}
      <DeskKeysCard canImport={canImportKeys} />
    </>
  );
}

function VerdictCard({ v }: { v: Verification }) {
  const { t } = useTranslation();
  const say = useSay();
  const f = v.facts;
  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid="verdict"
      title={
        <Space>
          <Tag color={VERDICT_COLOURS[v.verdict]} style={{ fontSize: 16, padding: '4px 10px' }}>
            {t(`certificates.verify.verdicts.${v.verdict}`)}
          </Tag>
          <Typography.Text strong>{say(v.message)}</Typography.Text>
        </Space>
      }
      extra={
        v.certificateId ? (
          <Button onClick={() => (window.location.hash = `#/certificate?${new URLSearchParams({ id: v.certificateId! })}`)}>
            {t('certificates.verify.openOwn')}
          </Button>
        ) : null
      }
    >
      {f ? (
        <>
          <Typography.Title level={5}>{t('certificates.verify.facts')}</Typography.Title>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'serial', label: t('certificates.list.serial'), children: <span className="mono">{f.serial}</span> },
              { key: 'issuer', label: t('certificates.verify.issuer'), children: v.issuer },
              { key: 'address', label: t('certificates.sheet.address'), children: f.address, span: 2 },
              { key: 'landlord', label: t('certificates.sheet.landlord'), children: f.landlord },
              { key: 'rules', label: t('certificates.sheet.ruleVersion'), children: f.ruleVersion },
              { key: 'inspected', label: t('certificates.sheet.inspectedOn'), children: f.inspectedOn },
              { key: 'issued', label: t('certificates.sheet.issuedOn'), children: f.issuedOn },
              { key: 'valid', label: t('certificates.sheet.validUntil'), children: f.validUntil },
            ]}
          />
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey="label"
            pagination={false}
            dataSource={f.rooms}
            columns={[
              { title: t('certificates.sheet.room'), dataIndex: 'label' },
              { title: t('certificates.sheet.maxOccupants'), dataIndex: 'maxOccupants' },
              {
                title: t('certificates.sheet.cooking'),
                dataIndex: 'cookingPermitted',
                render: (c: boolean) => (c ? t('certificates.sheet.yes') : t('certificates.sheet.no')),
              },
            ]}
          />
        </>
      ) : (
        v.deskId && <Typography.Text type="secondary">{v.deskId}</Typography.Text>
      )}
    </Card>
  );
}
