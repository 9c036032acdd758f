import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors';
import { fileKeyStore, KEY_FILE, KEYS_DIR, SEALED_KEY_FILE } from '../keys/key-store';
import { silentLogger } from '../log';
import { handOverKey, sealedKeyStore, type SafeStorageLike } from './key-store';

/**
 * safeStorage as the OS keychain gives it: here a reversible XOR under a
 * secret, enough to prove the file on disk is not the key. Only Electron's
 * module is stood in for; the stores are the real ones.
 */
class FakeSafeStorage implements SafeStorageLike {
  constructor(
    private readonly available = true,
    private readonly secret = 0x5a,
  ) {}
  isEncryptionAvailable() {
    return this.available;
  }
  encryptString(s: string) {
    return Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ this.secret));
  }
  decryptString(b: Buffer) {
    const plain = Buffer.from(b.map((x) => x ^ this.secret)).toString('utf8');
    if (!plain.startsWith('-----BEGIN')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return plain;
  }
}

const PEM = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const path = (f: string) => join(dir, KEYS_DIR, f);

describe('the file key store (browser host)', () => {
  it('keeps the key owner-only in an owner-only folder, and replaces it whole', () => {
    const store = fileKeyStore(dir);
    expect(store.read()).toBeNull();
    store.write(PEM);
    expect(statSync(path(KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, KEYS_DIR)).mode & 0o777).toBe(0o700);
    expect(store.read()).toBe(PEM);
    store.write(`${PEM}\n`);
    expect(store.read()).toBe(`${PEM}\n`);
    expect(statSync(path(KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});

describe('the safeStorage key store (Electron)', () => {
  it('seals the key: the file on disk is not the key, and reads back through the keychain', () => {
    const store = sealedKeyStore(new FakeSafeStorage(), dir, silentLogger);
    expect(store.kind).toBe('safeStorage');
    expect(store.read()).toBeNull();
    store.write(PEM);
    expect(existsSync(path(KEY_FILE))).toBe(false);
    const onDisk = readFileSync(path(SEALED_KEY_FILE));
    expect(onDisk.toString('utf8')).not.toContain('PRIVATE KEY');
    expect(statSync(path(SEALED_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(store.read()).toBe(PEM);
    // The browser host on the same data folder cannot use it and says why, rather than making a second key.
    expect(() => fileKeyStore(dir).read()).toThrow(DomainError);
  });

  it('seals a key the browser host left in plain form, and removes the plain file', () => {
    fileKeyStore(dir).write(PEM);
    const store = sealedKeyStore(new FakeSafeStorage(), dir, silentLogger);
    expect(store.read()).toBe(PEM);
    expect(existsSync(path(KEY_FILE))).toBe(false);
    expect(existsSync(path(SEALED_KEY_FILE))).toBe(true);
    expect(store.read()).toBe(PEM);
  });

  it('refuses with a clear message when the keychain cannot open the key', () => {
    sealedKeyStore(new FakeSafeStorage(true, 0x5a), dir, silentLogger).write(PEM);
    const otherAccount = sealedKeyStore(new FakeSafeStorage(true, 0x33), dir, silentLogger);
    expect(() => otherAccount.read()).toThrow(expect.objectContaining({ code: 'CONFLICT', ref: { key: 'certificate.keyUnreadable' } }));
  });

  it('falls back to the owner-only file where the OS has no keychain', () => {
    const store = sealedKeyStore(new FakeSafeStorage(false), dir, silentLogger);
    expect(store.kind).toBe('file');
    store.write(PEM);
    expect(statSync(path(KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});

describe('handing the key to the backend', () => {
  it("unseals the key for the backend, keeping the store's kind", () => {
    const store = sealedKeyStore(new FakeSafeStorage(), dir, silentLogger);
    expect(handOverKey(store, silentLogger)).toEqual({ kind: 'safeStorage', pem: null, refusal: null });
    store.write(PEM);
    expect(handOverKey(store, silentLogger)).toEqual({ kind: 'safeStorage', pem: PEM, refusal: null });
    expect(handOverKey(sealedKeyStore(new FakeSafeStorage(false), dir, silentLogger), silentLogger).kind).toBe('file');
  });

  it('hands over the refusal when the keychain cannot open the key, never a key', () => {
    sealedKeyStore(new FakeSafeStorage(true, 0x5a), dir, silentLogger).write(PEM);
    const otherAccount = sealedKeyStore(new FakeSafeStorage(true, 0x33), dir, silentLogger);
    expect(handOverKey(otherAccount, silentLogger)).toEqual({
      kind: 'safeStorage',
      pem: null,
      refusal: { code: 'CONFLICT', key: 'certificate.keyUnreadable' },
    });
  });

  it('turns an unexpected read failure into the unreadable-key refusal, and logs it', () => {
    const errors: string[] = [];
    const broken = {
      kind: 'safeStorage' as const,
      read: () => {
        throw new Error('EACCES');
      },
      write: () => {},
    };
    expect(handOverKey(broken, { info: () => {}, error: (m) => void errors.push(m) }).refusal).toEqual({
      code: 'CONFLICT',
      key: 'certificate.keyUnreadable',
    });
    expect(errors).toEqual(['the desk signing key could not be read']);
  });
});
