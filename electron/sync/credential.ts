import { existsSync, readFileSync, rmSync } from 'node:fs';
import { DomainError } from '../../core/errors';
import { keyPath, writeSecretFile } from '../keys/key-store';

/**
 * Where the desk keeps its platform credential: like the signing key, in an
 * owner-only file in the data folder (browser host, tests) or sealed with the
 * OS keychain through Electron's safeStorage (main/credential-store.ts). It is
 * read by the sync loop and written once at enrolment; no page ever sees it.
 */
export interface CredentialStore {
  readonly kind: 'file' | 'safeStorage';
  read(): string | null;
  /** Stores it, or removes it (null: the desk left the platform). */
  write(value: string | null): void;
}

export const CREDENTIAL_FILE = 'platform-credential';
export const SEALED_CREDENTIAL_FILE = 'platform-credential.sealed';

export function fileCredentialStore(dataDir: string): CredentialStore {
  const path = keyPath(dataDir, CREDENTIAL_FILE);
  return {
    kind: 'file',
    read() {
      if (existsSync(path)) return readFileSync(path, 'utf8').trim() || null;
      // The desktop app sealed it: this host cannot read it, and the desk's administrator must not be told it is gone.
      if (existsSync(keyPath(dataDir, SEALED_CREDENTIAL_FILE))) throw new DomainError('CONFLICT', 'sync.credentialProtected');
      return null;
    },
    write(value) {
      if (value === null) rmSync(path, { force: true });
      else writeSecretFile(dataDir, CREDENTIAL_FILE, value);
    },
  };
}

/** A credential handed over by main at start (Electron), and written back through main, which seals it. */
export function relayedCredentialStore(
  handover: { kind: 'file' | 'safeStorage'; value: string | null },
  send: (value: string | null) => void,
): CredentialStore {
  let value = handover.value;
  return {
    kind: handover.kind,
    read: () => value,
    write(next) {
      value = next;
      send(next);
    },
  };
}
