import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { base64urlDecode } from '../../core/certificates/bytes';
import type { Signer } from '../../core/certificates/payload';
import { DomainError } from '../../core/errors';
import { deskKeyRow } from '../../db/certificates';
import type { Register, Writer } from '../../db/write';
import type { Logger } from '../log';
import type { KeyStore } from './key-store';

/**
 * The desk's Ed25519 key pair. The private half signs certificates and never
 * leaves the key store; the public half (32 bytes, base64url as in a JWK) is
 * the desk profile's `publicKey`, which other desks import to verify.
 */
export function generateDeskKeyPair(): { privatePem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ format: 'jwk' }).x!,
  };
}

export function publicKeyOf(privatePem: string): string {
  return createPublicKey(createPrivateKey(privatePem)).export({ format: 'jwk' }).x!;
}

export function signerFor(privatePem: string): Signer {
  const key = createPrivateKey(privatePem);
  return (message) => new Uint8Array(sign(null, message, key));
}

/** A short, readable form of a public key, to compare over the phone before trusting an imported file. */
export function fingerprint(publicKey: string): string {
  const raw = base64urlDecode(publicKey) ?? new Uint8Array();
  const hex = createHash('sha256').update(raw).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/**
 * The desk's signer, inside the caller's write transaction. A register set
 * up before keys existed gets its key pair here, on first need (and the
 * desk profile its public key, through the write path). A key that is
 * missing or does not match the published one stops issuing rather than
 * quietly making certificates nobody can verify.
 */
export function deskSigner(w: Writer, reg: Register, keys: KeyStore, log: Logger): { deskId: string; publicKey: string; sign: Signer } {
  const desk = deskKeyRow(reg);
  if (!desk) throw new DomainError('CONFLICT', 'setup.notInitialized');
  let pem = keys.read();
  if (!desk.publicKey) {
    if (!pem) {
      const pair = generateDeskKeyPair();
      keys.write(pair.privatePem);
      pem = pair.privatePem;
    }
    const publicKey = publicKeyOf(pem);
    w.update('desk', desk.id, { publicKey });
    log.info('created the desk signing key on first need: this register was set up before certificates', { store: keys.kind });
    return { deskId: desk.id, publicKey, sign: signerFor(pem) };
  }
  if (!pem) throw new DomainError('CONFLICT', 'certificate.keyMissing');
  if (publicKeyOf(pem) !== desk.publicKey) throw new DomainError('CONFLICT', 'certificate.keyMismatch');
  return { deskId: desk.id, publicKey: desk.publicKey, sign: signerFor(pem) };
}
