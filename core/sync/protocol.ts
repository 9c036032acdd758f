import { z } from 'zod';
import { ULID_PATTERN } from '../ids';
import { textSchema } from '../schemas/message';

/**
 * The wire format between a desk and the city platform (docs/sync-protocol.md),
 * one zod schema per message, shared by both sides so they cannot drift. The
 * platform's OpenAPI document (docs/openapi.json) is generated from these.
 */
export const PROTOCOL_VERSION = 1;

/** The caps every push and pull stays within; over them a push is refused whole (413) with these in the body. */
export const CAPS = {
  /** Changes in one push. */
  maxChanges: 500,
  /** Bytes of one push body. */
  maxBytes: 1_000_000,
  /** Changes in one pull page. */
  maxPullLimit: 2000,
  defaultPullLimit: 1000,
} as const;

/**
 * The desk schema versions (the desk's number of migrations, carried by every
 * change) this platform understands. A desk one version older is still served:
 * its changes simply lack the newer fields.
 */
export const DESK_SCHEMA_VERSIONS = { min: 6, max: 7 } as const;

const id = z.string().regex(ULID_PATTERN);
export const capsSchema = z.object({
  maxChanges: z.number().int(),
  maxBytes: z.number().int(),
  maxPullLimit: z.number().int(),
  defaultPullLimit: z.number().int(),
});

/** A platform error: a stable code a program can act on, the words for the clerk and the IT officer, and facts. */
export const platformError = z.object({
  error: z.object({
    code: z.string(),
    message: textSchema,
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type PlatformError = z.infer<typeof platformError>;

export const healthResponse = z.object({
  status: z.literal('ok'),
  protocol: z.literal(PROTOCOL_VERSION),
  /** Changes when the platform is restored from a backup: desks re-send what it lacks and pull again. */
  epoch: z.string(),
  /** The platform's own database schema (its number of migrations). */
  schemaVersion: z.number().int(),
  deskSchemaVersions: z.object({ min: z.number().int(), max: z.number().int() }),
  database: z.enum(['pglite', 'postgresql']),
  caps: capsSchema,
});

export const enrolRequest = z.strictObject({
  /** The one-time code a platform administrator issued (`admin desks add`). */
  code: z.string().min(6).max(64),
  /** The desk's own id (its register's `desk_id`), which every change it sends carries. */
  deskId: id,
  name: z.string().trim().min(1).max(60),
  /** The desk's Ed25519 public key (base64url of the 32 raw bytes): other desks verify its certificates with it. */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  schemaVersion: z.number().int(),
  /** The region the desk was set up for: a code issued for another region is refused before it is used up. */
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?(\d{3})?$/)
    .optional(),
});
export const enrolResponse = z.object({
  deskId: id,
  /** City-unique: the desk's certificate serials start with it, so they stay unique offline. */
  deskCode: z.string(),
  /** The region the desk serves: it may write and read only properties inside it. */
  regionCode: z.string(),
  /** The desk's secret for every later request (`Authorization: Bearer …`); the platform keeps only its hash. */
  credential: z.string(),
  epoch: z.string(),
  caps: capsSchema,
});

export const clerkRef = z.object({ id: z.string().nullable(), name: z.string().nullable() });

/** One outbox row of a desk: exactly what its register wrote in the clerk's transaction. */
export const deskChange = z.strictObject({
  /** The desk's own sequence, gapless from 1. */
  seq: z.number().int().min(1),
  changeId: id,
  deskId: id,
  clerk: clerkRef,
  schemaVersion: z.number().int(),
  entity: z.string().max(40),
  entityId: z.string().max(80),
  intent: z.enum(['create', 'update']),
  fields: z.record(z.string(), z.unknown()),
  /** The platform version of the row the edit started from (null: a create, or a row the platform never answered for). */
  baseVersion: z.number().int().nullable(),
  /** When the clerk did it, by the desk's clock: shown to people, never used to order anything. */
  at: z.number().int(),
});
export type DeskChange = z.infer<typeof deskChange>;

export const pushRequest = z.strictObject({
  /** The epoch the desk last saw (null before its first reply): a different one means the platform was restored. */
  epoch: z.string().nullable(),
  changes: z.array(deskChange).min(1).max(CAPS.maxChanges),
});

/** Why a change was rejected: a code for the program, words for the clerk. */
export const reasonSchema = z.object({ code: z.string(), message: textSchema });
export type Reason = z.infer<typeof reasonSchema>;

export const changeOutcome = z.object({
  seq: z.number().int(),
  changeId: z.string(),
  outcome: z.enum(['applied', 'rejected', 'conflict', 'mapped']),
  /** The platform's version of the row after this change (applied, mapped): the base of the desk's next edit. */
  version: z.number().int().nullable(),
  reason: reasonSchema.nullable(),
  /** A conflict record for a supervisor (both values, who and when). */
  conflictId: z.string().nullable(),
  /** A landlord the city already has: the id the desk's rows should point at from now on. */
  mappedTo: z.string().nullable(),
  /** The platform's value of the row after the decision, so a rejected or conflicting desk can return to it. */
  platformFields: z.record(z.string(), z.unknown()).nullable(),
  /** For a conflict: each field with both values, and who moved the platform's on and when, for the supervisor's inbox. */
  conflict: z
    .object({
      fields: z.array(z.object({ field: z.string(), desk: z.unknown(), platform: z.unknown() })),
      platformBy: z.object({ deskId: z.string().nullable(), clerkName: z.string().nullable(), at: z.number().int() }),
    })
    .nullable()
    .default(null),
});
export type ChangeOutcome = z.infer<typeof changeOutcome>;

export const pushResponse = z.object({
  epoch: z.string(),
  /** The highest desk sequence the platform has processed (applied, rejected, conflict or mapped). */
  lastSeq: z.number().int(),
  results: z.array(changeOutcome),
});

export const pullQuery = z.object({
  /** The cursor the desk stored with the last page it applied (0 at first). */
  after: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(1).max(CAPS.maxPullLimit).default(CAPS.defaultPullLimit),
  epoch: z.string().optional(),
  /** Only this entity's changes: a desk re-syncing one table whose digest did not match. */
  entity: z.string().max(40).optional(),
  /** `count=1`: also say how many changes of the scope lie after the cursor (a new desk's progress bar). */
  count: z.enum(['0', '1']).optional(),
});

/** A change in the desk's scope, in the platform's one global order. */
export const pulledChange = z.object({
  /** The platform's global sequence number: the desk's cursor. */
  cursor: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  intent: z.enum(['create', 'update']),
  fields: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  /** Who made it: a desk (and its clerk), or the platform itself (a city closure, a published rule set). */
  origin: z.object({ deskId: z.string().nullable(), clerk: clerkRef }),
  at: z.number().int(),
});
export type PulledChange = z.infer<typeof pulledChange>;

export const pullResponse = z.object({
  epoch: z.string(),
  changes: z.array(pulledChange),
  /** Store this with the page, in the same transaction: the next pull starts after it. */
  next: z.number().int(),
  more: z.boolean(),
  /** With `count=1`: the changes of the scope after `after`, this page included; otherwise null. */
  remaining: z.number().int().nullable(),
});

/** Per table: how many rows of the desk's scope, and a hash of their (id, version), sorted by id. */
export const tableDigest = z.object({ count: z.number().int(), hash: z.string() });
export const reconcileRequest = z.strictObject({ tables: z.record(z.string(), tableDigest) });
export const reconcileResponse = z.object({
  tables: z.record(z.string(), z.object({ count: z.number().int(), hash: z.string(), matches: z.boolean() })),
});
