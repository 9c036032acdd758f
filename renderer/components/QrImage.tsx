import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code drawn as SVG (vector: sharp on paper and in a PDF at any size).
 * Error correction M survives a fold or a stamp across a corner while the
 * code stays small enough to read at 4–5 cm on A4.
 */
export function QrImage({ text, sizeMm, alt }: { text: string; sizeMm: number; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img src={src} alt={alt} data-testid="certificate-qr" style={{ width: `${sizeMm}mm`, height: `${sizeMm}mm`, display: 'block' }} />
  ) : (
    <div style={{ width: `${sizeMm}mm`, height: `${sizeMm}mm` }} />
  );
}
