import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { CredentialHandover } from '../backend/messages';
import { keyPath, writeSecretFile } from '../keys/key-store';
import type { Logger } from '../log';
import { CREDENTIAL_FILE, fileCredentialStore, SEALED_CREDENTIAL_FILE, type CredentialStore } from '../sync/credential';
import type { SafeStorageLike } from './key-store';

/**
 * The Electron host's store of the platform credential: sealed with the OS
 * keychain through safeStorage, as the signing key is, so a copy of the data
 * folder alone cannot act as this desk towards the city. Where the OS offers
 * no keychain, the owner-only file is kept and the log says so.
 */
export function sealedCredentialStore(safeStorage: SafeStorageLike, dataDir: string, log: Logger): CredentialStore {
  if (!safeStorage.isEncryptionAvailable()) {
    log.error('safeStorage is not available: the platform credential stays in an owner-only file');
    return fileCredentialStore(dataDir);
  }
  const sealed = keyPath(dataDir, SEALED_CREDENTIAL_FILE);
  const plain = keyPath(dataDir, CREDENTIAL_FILE);
  const write = (value: string | null) => {
    if (value === null) rmSync(sealed, { force: true });
    else writeSecretFile(dataDir, SEALED_CREDENTIAL_FILE, safeStorage.encryptString(value));
    rmSync(plain, { force: true });
  };
  return {
    kind: 'safeStorage',
    read() {
      if (existsSync(sealed)) return safeStorage.decryptString(readFileSync(sealed));
      if (!existsSync(plain)) return null;
      // Enrolled from the browser host: sealed on first read, the plain file removed.
      const value = readFileSync(plain, 'utf8').trim();
      write(value);
      log.info('sealed the platform credential with safeStorage');
      return value;
    },
    write,
  };
}

/** The credential as main hands it to the backend at each start; one main cannot open is handed as none (the desk re-enrols). */
export function handOverCredential(store: CredentialStore, log: Logger): CredentialHandover {
  try {
    return { kind: store.kind, value: store.read() };
  } catch (e) {
    log.error('the platform credential could not be opened: the desk must be enrolled again', {
      error: e instanceof Error ? e.message : String(e),
    });
    return { kind: store.kind, value: null };
  }
}
