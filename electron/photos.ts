import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Inspection photos are files in the data folder named by the SHA-256 of their
 * bytes (the same photo twice is stored once); the register keeps the hash.
 */
export const PHOTO_TYPES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const photoPath = (dataDir: string, id: string) => join(dataDir, 'photos', id.slice(0, 2), id);

/** Stores the bytes under their hash (atomically: write, then rename) and returns the hash. */
export function storePhoto(dataDir: string, bytes: Buffer): string {
  const id = createHash('sha256').update(bytes).digest('hex');
  const file = photoPath(dataDir, id);
  if (!existsSync(file)) {
    mkdirSync(join(dataDir, 'photos', id.slice(0, 2)), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes, { mode: 0o600 });
    renameSync(tmp, file);
  }
  return id;
}

export function readPhoto(dataDir: string, id: string): Buffer | null {
  if (!/^[0-9a-f]{64}$/.test(id)) return null;
  const file = photoPath(dataDir, id);
  return existsSync(file) ? readFileSync(file) : null;
}
