import jsQR from 'jsqr';

/**
 * Reads a QR code from pixels with jsQR (pure JavaScript, offline). Used for
 * a photo or scan of a certificate and for camera frames. A whole A4 page is
 * fine: jsQR looks for the finder patterns anywhere in the image.
 */
export function decodePixels(image: ImageData): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Longest side an image is reduced to before decoding: enough for a 4 cm code on a 150 dpi A4 scan, quick to search. */
const MAX_SIDE = 2000;

export async function decodeImageFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    // Full size first, then smaller: a large, slightly blurred photo often reads better scaled down.
    for (const scale of [Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height)), 0.5, 0.25]) {
      const w = Math.round(bitmap.width * scale);
      const h = Math.round(bitmap.height * scale);
      if (w < 100 || h < 100) break;
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext('2d', { willReadFrequently: true })!;
      g.drawImage(bitmap, 0, 0, w, h);
      const text = decodePixels(g.getImageData(0, 0, w, h));
      if (text) return text;
    }
    return null;
  } finally {
    bitmap.close();
  }
}

/** One camera frame, drawn to a reused canvas. */
export function decodeVideoFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): string | null {
  if (video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  g.drawImage(video, 0, 0);
  return decodePixels(g.getImageData(0, 0, canvas.width, canvas.height));
}
