import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../core/errors';

/**
 * Where the desk keeps its private signing key. An interface, because the
 * two hosts protect it differently: the browser host keeps it in the data
 * folder readable by the owner only (this file); Electron encrypts it with
 * the OS keychain through safeStorage (main/key-store.ts).
 */
export interface KeyStore {
  readonly kind: 'file' | 'safeStorage';
  /** The private key as PKCS#8 PEM, or null when none is stored. */
  read(): string | null;
  /** Stores the key, replacing an earlier one. */
  write(pem: string): void;
}

export const KEYS_DIR = 'keys';
/** The plain key of the browser host. */
export const KEY_FILE = 'desk-signing-key.pem';
/** The key encrypted by Electron's safeStorage. */
export const SEALED_KEY_FILE = 'desk-signing-key.sealed';

export const keyPath = (dataDir: string, file: string) => join(dataDir, KEYS_DIR, file);

/**
 * Writes a secret so that it is never, even for a moment, readable by
 * others: created 0600 in a 0700 folder under a temporary name, then
 * renamed over the old one (a crash leaves the old key, never half a key).
 */
export function writeSecretFile(dataDir: string, file: string, data: string | Buffer): void {
  const dir = join(dataDir, KEYS_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const target = join(dir, file);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, data, { mode: 0o600, flag: 'w' });
  chmodSync(temp, 0o600);
  renameSync(temp, target);
}

export function fileKeyStore(dataDir: string): KeyStore {
  const path = keyPath(dataDir, KEY_FILE);
  return {
    kind: 'file',
    read() {
      if (existsSync(path)) return readFileSync(path, 'utf8');
      // The desktop app sealed the key with the OS keychain: this host cannot read it, and must not make a second one.
      if (existsSync(keyPath(dataDir, SEALED_KEY_FILE))) throw new DomainError('CONFLICT', 'certificate.keyProtected');
      return null;
    },
    write(pem) {
      writeSecretFile(dataDir, KEY_FILE, pem);
    },
  };
}
