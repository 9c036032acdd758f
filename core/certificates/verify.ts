import { ed25519 } from '@noble/curves/ed25519';
import { base64urlDecode } from './bytes';
import { decodeCertificate, type CertificateFacts } from './payload';

/**
 * THE verification of a certificate's QR payload: pure, so the desk, the
 * renderer and (later) the city platform give the same answer offline.
 * Everything it needs is passed in: the desks' public keys, today's date,
 * and — where the caller has a register — which serials were voided.
 */
export const VERDICTS = ['valid', 'tampered', 'unknownDesk', 'void', 'expired', 'unreadable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface DeskKey {
  deskId: string;
  /** Ed25519 public key, 32 bytes as base64url (an OKP JWK's `x`). */
  publicKey: string;
  name: string;
}

export interface VoidRecord {
  reason: string;
  voidedAt: number | null;
}

export interface VerifyOptions {
  /** Every desk key the verifier trusts (its own and imported ones). */
  keys: readonly DeskKey[];
  /** The verifier's business date, YYYY-MM-DD (injected clock). */
  today: string;
  /** The register's knowledge of voided certificates (by serial and issuing desk); absent where none is held. */
  voided?: (serial: string, deskId: string) => VoidRecord | null;
}

export interface Verification {
  verdict: Verdict;
  /** The signed facts: only when the signature checked out (valid, void or expired). */
  facts: CertificateFacts | null;
  /** The desk named in the payload, when one could be read. */
  deskId: string | null;
  issuer: string | null;
  voided: VoidRecord | null;
}

/** A void that merely records the pass running out reads as "expired", which says more. */
export const isExpiryVoid = (reason: string) => reason === 'auto:expired';

export function verifyCertificate(text: string, opts: VerifyOptions): Verification {
  const none = { facts: null, deskId: null, issuer: null, voided: null };
  const decoded = decodeCertificate(text);
  if (!decoded.ok) return { ...none, verdict: decoded.reason === 'unreadable' ? 'unreadable' : 'tampered' };
  const { facts } = decoded;

  const keys = opts.keys.filter((k) => k.deskId === facts.deskId);
  if (keys.length === 0) return { ...none, verdict: 'unknownDesk', deskId: facts.deskId };
  const signer = keys.find((k) => checks(decoded.signature, decoded.message, k.publicKey));
  if (!signer) return { ...none, verdict: 'tampered', deskId: facts.deskId };

  const signed = { facts, deskId: facts.deskId, issuer: signer.name };
  const voided = opts.voided?.(facts.serial, facts.deskId) ?? null;
  if (voided && !isExpiryVoid(voided.reason)) return { ...signed, verdict: 'void', voided };
  if (opts.today > facts.validUntil) return { ...signed, verdict: 'expired', voided };
  if (voided) return { ...signed, verdict: 'void', voided };
  return { ...signed, verdict: 'valid', voided: null };
}

/**
 * True for a well-formed Ed25519 public key: 32 bytes that decode to a point
 * of the curve (strictly, as verification reads them) and not one of small
 * order, under which any signature could pass. Checked before a key is trusted.
 */
export function isDeskPublicKey(publicKey: string): boolean {
  const key = base64urlDecode(publicKey);
  if (!key || key.length !== 32) return false;
  try {
    return !ed25519.Point.fromBytes(key, false).isSmallOrder();
  } catch {
    return false;
  }
}

function checks(signature: Uint8Array, message: Uint8Array, publicKey: string): boolean {
  const key = base64urlDecode(publicKey);
  if (!key || key.length !== 32) return false;
  try {
    // zip215: false is RFC 8032's strict check: no second signature for the same message passes.
    return ed25519.verify(signature, message, key, { zip215: false });
  } catch {
    return false;
  }
}
