import { z } from 'zod';
import { ULID_PATTERN } from '../ids';
import { base32Decode, base32Encode, utf8Decode, utf8Encode } from './bytes';

/**
 * The signed payload a certificate's QR code carries: the facts a verifier
 * must compare with the paper, the serial and the issuing desk, and the
 * desk's Ed25519 signature. Verifiable with no network by anyone holding
 * the desk's public key (verify.ts).
 *
 * Wire form: `RSDC1:<base32 body>:<base32 signature>`. The body is a JSON
 * array (positions, not keys, to keep the QR small) in UTF-8. Base32 keeps
 * the text in QR's alphanumeric mode and typeable by a USB scanner.
 */
export const PAYLOAD_PREFIX = 'RSDC1';

/** What is signed: a fixed context, then the body, so a desk signature over anything else can never pass as a certificate. */
const CONTEXT = utf8Encode('rsd-certificate-v1\u0000');

const date = z.iso.date();

export const certificateRoomFacts = z.object({
  label: z.string().min(1).max(20),
  maxOccupants: z.number().int().min(1).max(99),
  cookingPermitted: z.boolean(),
});

export const certificateFacts = z.object({
  /** Desk code, year, sequence: 331004006056-2026-000001; a desk code from the platform is <region>-<nn>: 331004006-01-2026-000001. */
  serial: z.string().regex(/^[0-9A-Z]{2,16}(-\d{2,3})?-\d{4}-\d{6,9}$/),
  deskId: z.string().regex(ULID_PATTERN),
  issuedOn: date,
  validUntil: date,
  inspectedOn: date,
  ruleVersion: z.string().min(1).max(40),
  address: z.string().min(1).max(200),
  landlord: z.string().min(1).max(100),
  rooms: z.array(certificateRoomFacts).min(1).max(200),
});
export type CertificateFacts = z.infer<typeof certificateFacts>;

/** The body as it travels: a positional tuple, cooking as 0/1. */
const wireBody = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.array(z.tuple([z.string(), z.number(), z.union([z.literal(0), z.literal(1)])])),
]);

function toWire(f: CertificateFacts): z.infer<typeof wireBody> {
  return [
    f.serial,
    f.deskId,
    f.issuedOn,
    f.validUntil,
    f.inspectedOn,
    f.ruleVersion,
    f.address,
    f.landlord,
    f.rooms.map((r) => [r.label, r.maxOccupants, r.cookingPermitted ? 1 : 0] as [string, number, 0 | 1]),
  ];
}

function fromWire(w: z.infer<typeof wireBody>): unknown {
  const [serial, deskId, issuedOn, validUntil, inspectedOn, ruleVersion, address, landlord, rooms] = w;
  return {
    serial,
    deskId,
    issuedOn,
    validUntil,
    inspectedOn,
    ruleVersion,
    address,
    landlord,
    rooms: rooms.map(([label, maxOccupants, cooking]) => ({ label, maxOccupants, cookingPermitted: cooking === 1 })),
  };
}

/** The exact bytes the desk signs for a body. */
export function signedMessage(body: Uint8Array): Uint8Array {
  const m = new Uint8Array(CONTEXT.length + body.length);
  m.set(CONTEXT, 0);
  m.set(body, CONTEXT.length);
  return m;
}

/** A signer holds the desk's private key; core only ever sees this function. */
export type Signer = (message: Uint8Array) => Uint8Array;

/** Builds the QR text for a certificate. The facts are checked first: a bad one is a bug, not a clerk's mistake. */
export function encodeCertificate(facts: CertificateFacts, sign: Signer): string {
  const checked = certificateFacts.parse(facts);
  const body = utf8Encode(JSON.stringify(toWire(checked)));
  const signature = sign(signedMessage(body));
  if (signature.length !== 64) throw new Error('an Ed25519 signature is 64 bytes');
  return `${PAYLOAD_PREFIX}:${base32Encode(body)}:${base32Encode(signature)}`;
}

export type Decoded =
  | { ok: true; facts: CertificateFacts; message: Uint8Array; signature: Uint8Array }
  /** `unreadable`: not one of our payloads at all; `malformed`: ours, but broken (tampered or mis-scanned). */
  | { ok: false; reason: 'unreadable' | 'malformed' };

/** Longest text worth looking at: a certificate with 200 rooms is far below it. */
export const MAX_PAYLOAD_CHARS = 8000;

/**
 * Splits and decodes a scanned or pasted text. Whitespace around it (a
 * scanner's Enter) is ignored and letters are read case-blind (a scanner
 * typing with Caps Lock on); nothing else is forgiven.
 */
export function decodeCertificate(text: string): Decoded {
  const t = text.trim().toUpperCase();
  if (t.length > MAX_PAYLOAD_CHARS || !t.startsWith(`${PAYLOAD_PREFIX}:`)) return { ok: false, reason: 'unreadable' };
  const parts = t.split(':');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const body = base32Decode(parts[1]!);
  const signature = base32Decode(parts[2]!);
  if (!body || !signature || signature.length !== 64) return { ok: false, reason: 'malformed' };
  const json = utf8Decode(body);
  if (json === null) return { ok: false, reason: 'malformed' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const wire = wireBody.safeParse(raw);
  if (!wire.success) return { ok: false, reason: 'malformed' };
  const facts = certificateFacts.safeParse(fromWire(wire.data));
  if (!facts.success) return { ok: false, reason: 'malformed' };
  return { ok: true, facts: facts.data, message: signedMessage(body), signature };
}
