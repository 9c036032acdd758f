import { Alert, App, Button, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, canSavePdf, printPage } from '../api/client';
import { useProcedure, useProcedureMutation } from '../api/queries';
import { CertificateSheet } from '../components/CertificateSheet';
import { hashParams } from '../shell/useHashRoute';
import { useSay } from '../i18n/say';

/**
 * One certificate as its A4 sheet, with the print buttons above it (not on
 * paper). Every print is counted by the register first (`certificates.print`,
 * audited), so the footer shows which print this is; a void certificate
 * shows why and cannot be printed.
 */
export function CertificatePage() {
  const { t } = useTranslation();
  const say = useSay();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [id, setId] = useState(() => hashParams().get('id'));
  const certificate = useProcedure('certificates.get', id ? { id } : null);
  const countPrint = useProcedureMutation('certificates.print');
  /** The count the register gave for the print just made, shown before the page goes to the printer. */
  const [printed, setPrinted] = useState<{ id: string; prints: number } | null>(null);
  const got = certificate.data ?? null;
  const c = got && printed?.id === got.id ? { ...got, prints: Math.max(got.prints, printed.prints) } : got;

  // Going from one certificate to another (back, forward, a link) changes only the hash's parameters.
  useEffect(() => {
    const follow = () => setId(hashParams().get('id'));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const print = async (mode: 'dialog' | 'pdf') => {
    if (!c) return;
    setBusy(true);
    try {
      const { prints } = await countPrint.mutateAsync({ id: c.id });
      // The sheet must show this print's number before the page goes to the printer.
      flushSync(() => setPrinted({ id: c.id, prints }));
      message.info(t('certificates.view.printed', { n: prints }));
      const r = await printPage({ mode, fileName: `合格证明-${c.serial}.pdf` });
      if (r.ok && r.path) message.success(t('certificates.view.saved', { path: r.path }));
      else if (!r.ok) message.warning(t(r.reason === 'cancelled' ? 'certificates.view.cancelled' : 'certificates.view.failed'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      message.error(e.message);
    } finally {
      setBusy(false);
    }
  };

  if (certificate.error) return <Alert type="error" showIcon title={certificate.error.message} style={{ margin: 24 }} />;
  // A plain spinner, not the fullscreen one: its fade-out must never end up on paper.
  if (!c) return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  const isVoid = c.status === 'void';
  return (
    <div className="print-page">
      <Space className="no-print" style={{ marginBottom: 16 }} wrap>
        <Button type="primary" disabled={isVoid} loading={busy} onClick={() => void print('dialog')} autoFocus>
          {c.prints > 0 ? t('certificates.view.reprint') : t('certificates.view.print')}
        </Button>
        {canSavePdf() && (
          <Button disabled={isVoid} loading={busy} onClick={() => void print('pdf')}>
            {t('certificates.view.savePdf')}
          </Button>
        )}
        <Button onClick={() => history.back()}>{t('certificates.view.back')}</Button>
        {!canSavePdf() && <Typography.Text type="secondary">{t('certificates.view.pdfHint')}</Typography.Text>}
      </Space>
      {isVoid && (
        <Alert
          className="no-print"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('certificates.view.voidBanner', { reason: c.void ? say(c.void.message) : '' })}
        />
      )}
      <CertificateSheet c={c} />
    </div>
  );
}
