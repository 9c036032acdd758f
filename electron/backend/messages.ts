import { z } from 'zod';
import { ERROR_CODES } from '../../core/errors';

/**
 * The messages between Electron's main process and the desk's backend (the
 * utility process that owns the register). Both ends parse everything they
 * receive with these schemas: the two sides are separate programs, and a
 * message neither expects is logged and dropped rather than trusted or
 * allowed to crash either of them. No Electron import here, so the backend
 * and its tests can use it in plain Node.
 */

const lang = z.enum(['zh', 'en']);
const token = z.string().min(1).max(200);

/**
 * The signing key as main found it at start. Only main can unseal it
 * (safeStorage exists in the main process alone), so it hands the backend
 * the plain key, or the refusal it met instead (e.g. CONFLICT
 * `certificate.keyUnreadable`), which the backend then throws exactly where
 * the sealed store would have.
 */
export const keyHandover = z.strictObject({
  kind: z.enum(['file', 'safeStorage']),
  pem: z.string().max(10_000).nullable(),
  refusal: z.strictObject({ code: z.enum(ERROR_CODES), key: z.string().max(100) }).nullable(),
});
export type KeyHandover = z.infer<typeof keyHandover>;

/** The platform credential as main unsealed it at start (null: not enrolled, or main could not open it). */
export const credentialHandover = z.strictObject({
  kind: z.enum(['file', 'safeStorage']),
  value: z.string().max(500).nullable(),
});
export type CredentialHandover = z.infer<typeof credentialHandover>;

/** Main -> backend: open the register in this folder. Sent once, first; the key rides here, never on argv. */
export const startMessage = z.strictObject({
  type: z.literal('start'),
  dataDir: z.string().min(1),
  /** better-sqlite3 built for Electron's ABI; null lets better-sqlite3 find its own. */
  nativeBinding: z.string().min(1).nullable(),
  keys: keyHandover,
  credential: credentialHandover,
});
export type StartMessage = z.infer<typeof startMessage>;

/**
 * Main -> backend: one procedure call from one window, already checked in
 * main (sender, name, input). `token` is that window's session token, which
 * main keeps; the backend never stores it.
 */
export const invokeRequest = z.strictObject({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  name: z.string().min(1).max(80),
  input: z.unknown(),
  lang,
  token: token.nullable(),
});
export type InvokeRequest = z.infer<typeof invokeRequest>;

/** Main -> backend: close the register cleanly and exit (the app is quitting). */
export const stopMessage = z.strictObject({ type: z.literal('stop') });

export const toBackend = z.discriminatedUnion('type', [startMessage, invokeRequest, stopMessage]);
export type ToBackend = z.infer<typeof toBackend>;

const wireError = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
  details: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Present only when the call changed the session (login: the new token;
 * logout: null). Main applies it to the calling window's slot.
 */
const setToken = { setToken: token.nullable().optional() };

/** Backend -> main: the answer to one invoke, by its id, as dispatch returned it. */
export const invokeReply = z.discriminatedUnion('ok', [
  z.strictObject({
    type: z.literal('reply'),
    id: z.number().int(),
    ok: z.literal(true),
    status: z.literal(200),
    output: z.unknown(),
    ...setToken,
  }),
  z.strictObject({
    type: z.literal('reply'),
    id: z.number().int(),
    ok: z.literal(false),
    status: z.number().int(),
    error: wireError,
    ...setToken,
  }),
]);
export type InvokeReply = z.infer<typeof invokeReply>;

export const fromBackend = z.union([
  /** The register is open: calls may come. */
  z.strictObject({ type: z.literal('ready') }),
  /** The register could not be opened (a newer register, a missing SQLite build): the app shows this and quits. */
  z.strictObject({ type: z.literal('fatal'), message: z.string() }),
  /** A key made by the backend (setup, or first need): main seals it with the OS keychain. */
  z.strictObject({ type: z.literal('keys.write'), pem: z.string().min(1).max(10_000) }),
  /** The platform credential from an enrolment (or null: the desk left the platform): main seals it. */
  z.strictObject({ type: z.literal('credential.write'), value: z.string().min(1).max(500).nullable() }),
  invokeReply,
]);
export type FromBackend = z.infer<typeof fromBackend>;

/** A call as the IPC handler hands it to the backend host. */
export type RelayedCall = Omit<InvokeRequest, 'type' | 'id'>;
/** A reply as the backend host hands it back. */
export type RelayedReply = DistributiveOmit<InvokeReply, 'type' | 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Main's side of the backend: one call in, one reply out; never rejects. */
export type Relay = (call: RelayedCall) => Promise<RelayedReply>;
