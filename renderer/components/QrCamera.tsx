import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeVideoFrame } from './qr-decode';

/**
 * Scans a QR code with the workstation's camera (getUserMedia + jsQR) and
 * hands the text over once. The browser asks the clerk's permission; the
 * Electron host grants no camera (its permission allowlist is empty), so
 * there the clerk uses a USB scanner or a photo instead, and is told why.
 */
export function QrCamera({ onText }: { onText: (text: string) => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const available = typeof navigator.mediaDevices?.getUserMedia === 'function';

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let live = true;
    const canvas = document.createElement('canvas');
    const tick = () => {
      if (!live || !video.current) return;
      const text = decodeVideoFrame(video.current, canvas);
      if (text) {
        setOn(false);
        onText(text);
        return;
      }
      timer = window.setTimeout(tick, 150);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (!live || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        tick();
      })
      .catch((e: unknown) => {
        setError(t('certificates.verify.cameraFailed', { reason: e instanceof Error ? e.message : String(e) }));
        setOn(false);
      });
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [on, onText, t]);

  if (!available) return null;
  return (
    <>
      <Button
        onClick={() => {
          setError(null);
          setOn(!on);
        }}
      >
        {on ? t('certificates.verify.stopCamera') : t('certificates.verify.camera')}
      </Button>
      {error && <Alert type="warning" showIcon title={error} style={{ marginTop: 8 }} />}
      {on && (
        <div style={{ marginTop: 8 }}>
          <video ref={video} muted playsInline style={{ width: 320, border: '1px solid #ddd' }} />
          <div>{t('certificates.verify.scanning')}</div>
        </div>
      )}
    </>
  );
}
