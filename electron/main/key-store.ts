import { DomainError, isDomainError } from '../../core/errors';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { KeyHandover } from '../backend/messages';
import { fileKeyStore, KEY_FILE, keyPath, SEALED_KEY_FILE, writeSecretFile, type KeyStore } from '../keys/key-store';
import type { Logger } from '../log';

/** The bits of Electron's safeStorage used here; the real module fits. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * The Electron host's key store: the private key sealed with the OS keychain
 * (DPAPI on Windows, libsecret/kwallet on Linux) through safeStorage, so a
 * copy of the data folder alone cannot sign certificates. A key the browser
 * host left in plain form is sealed on first read and the plain file
 * removed. Where the OS offers no keychain, the 0600 file is kept (and the
 * log says so) rather than leaving the desk unable to issue.
 */
export function sealedKeyStore(safeStorage: SafeStorageLike, dataDir: string, log: Logger): KeyStore {
  if (!safeStorage.isEncryptionAvailable()) {
    log.error('safeStorage is not available: the desk signing key stays in an owner-only file');
    return fileKeyStore(dataDir);
  }
  const sealed = keyPath(dataDir, SEALED_KEY_FILE);
  const plain = keyPath(dataDir, KEY_FILE);
  const write = (pem: string) => {
    writeSecretFile(dataDir, SEALED_KEY_FILE, safeStorage.encryptString(pem));
    rmSync(plain, { force: true });
  };
  return {
    kind: 'safeStorage',
    read() {
      if (existsSync(sealed)) {
        try {
          return safeStorage.decryptString(readFileSync(sealed));
        } catch (e) {
          // A changed OS account or keychain: say so, never make a second key behind the desk's back.
          log.error('the sealed desk signing key cannot be opened', { error: e instanceof Error ? e.message : String(e) });
          throw new DomainError('CONFLICT', 'certificate.keyUnreadable');
        }
      }
      if (!existsSync(plain)) return null;
      const pem = readFileSync(plain, 'utf8');
      write(pem);
      log.info('sealed the desk signing key with safeStorage');
      return pem;
    },
    write,
  };
}

/**
 * The key as main hands it to the backend at each start (backend/key-store.ts):
 * only main can unseal it. A key main cannot open travels as the reason,
 * which the backend gives wherever the sealed store would have thrown it.
 */
export function handOverKey(store: KeyStore, log: Logger): KeyHandover {
  try {
    return { kind: store.kind, pem: store.read(), refusal: null };
  } catch (e) {
    if (isDomainError(e)) return { kind: store.kind, pem: null, refusal: { code: e.code, key: e.ref.key } };
    log.error('the desk signing key could not be read', { error: e instanceof Error ? e.message : String(e) });
    return { kind: store.kind, pem: null, refusal: { code: 'CONFLICT', key: 'certificate.keyUnreadable' } };
  }
}
