import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { CAPS } from '../../core/sync/protocol';
import type { z } from 'zod';
import type { enrolRequest, enrolResponse } from '../../core/sync/protocol';
import { refusals } from '../refusal';
import { newCredential, newEnrolmentCode, secretHash } from './ids';
import type { PlatformDb } from './open';
import { desks, enrolmentCodes } from './schema';
import { appendLog, platformEpoch, rows } from './tx';

/** How long an enrolment code is good for. */
export const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** `admin desks add`: a one-time code for a desk of `regionCode`; only its hash is stored. */
export async function issueEnrolmentCode(db: PlatformDb, desk: { name: string; regionCode: string }, now: number) {
  const code = newEnrolmentCode();
  await db.insert(enrolmentCodes).values({
    codeHash: secretHash(code),
    name: desk.name,
    regionCode: desk.regionCode,
    createdAt: now,
    expiresAt: now + CODE_LIFETIME_MS,
  });
  return { code, expiresAt: now + CODE_LIFETIME_MS };
}

/**
 * A desk enrols: the code is used up (once, before it expires), the desk is
 * bound to its id, key and the code's region, gets a city-unique desk code and
 * a credential the platform keeps only the hash of. Every desk learns the new
 * desk's public key from the change log, to verify its certificates offline.
 */
export async function enrolDesk(db: PlatformDb, req: z.infer<typeof enrolRequest>, now: number): Promise<z.infer<typeof enrolResponse>> {
  const credential = newCredential();
  const result = await db.transaction(async (tx) => {
    if (req.regionCode !== undefined) {
      // Checked before the code is used up, so a code handed to the wrong desk still serves the right one.
      const [issued] = await tx
        .select({ regionCode: enrolmentCodes.regionCode })
        .from(enrolmentCodes)
        .where(and(eq(enrolmentCodes.codeHash, secretHash(req.code)), isNull(enrolmentCodes.usedAt), gt(enrolmentCodes.expiresAt, now)));
      if (issued && issued.regionCode !== req.regionCode) throw refusals.regionMismatch(issued.regionCode, req.regionCode);
    }
    const [code] = await tx
      .update(enrolmentCodes)
      .set({ usedAt: now, usedByDesk: req.deskId })
      .where(and(eq(enrolmentCodes.codeHash, secretHash(req.code)), isNull(enrolmentCodes.usedAt), gt(enrolmentCodes.expiresAt, now)))
      .returning();
    if (!code) throw refusals.codeInvalid();
    const [known] = await tx.select().from(desks).where(eq(desks.id, req.deskId)).for('update');
    if (known) {
      // The same desk again (its credential lost or refused, or revoked): a new code from the administrator enrols it anew,
      // in its own region only, keeping its desk code and its last sequence so nothing it sent is applied twice.
      if (known.regionCode !== code.regionCode) throw refusals.deskTaken();
      await tx
        .update(desks)
        .set({
          name: req.name,
          publicKey: req.publicKey,
          credentialHash: secretHash(credential),
          schemaVersion: req.schemaVersion,
          revokedAt: null,
        })
        .where(eq(desks.id, req.deskId));
      await appendLog(tx, [
        {
          entity: 'desks',
          entityId: req.deskId,
          intent: 'update',
          fields: { name: req.name, publicKey: req.publicKey, revokedAt: null },
          version: 3,
          scope: null,
          originDesk: null,
          at: now,
        },
      ]);
      return { deskCode: known.deskCode, regionCode: known.regionCode };
    }
    const [{ last }] = (await rows<{ last: number }>(
      tx,
      sql`INSERT INTO region_counters (region_code, last) VALUES (${code.regionCode}, 1)
          ON CONFLICT (region_code) DO UPDATE SET last = region_counters.last + 1 RETURNING last`,
    )) as [{ last: number }];
    const deskCode = `${code.regionCode}-${String(last).padStart(2, '0')}`;
    await tx.insert(desks).values({
      id: req.deskId,
      name: req.name,
      regionCode: code.regionCode,
      deskCode,
      publicKey: req.publicKey,
      credentialHash: secretHash(credential),
      schemaVersion: req.schemaVersion,
      enrolledAt: now,
    });
    await appendLog(tx, [
      {
        entity: 'desks',
        entityId: req.deskId,
        intent: 'create',
        fields: { name: req.name, regionCode: code.regionCode, deskCode, publicKey: req.publicKey, revokedAt: null },
        version: 1,
        scope: null,
        originDesk: null,
        at: now,
      },
    ]);
    return { deskCode, regionCode: code.regionCode };
  });
  const { epoch } = await platformEpoch(db);
  return { deskId: req.deskId, deskCode: result.deskCode, regionCode: result.regionCode, credential, epoch, caps: { ...CAPS } };
}

/** `admin desks revoke`: refused at its next request; every desk learns the key is no longer trusted. */
export async function revokeDesk(db: PlatformDb, deskId: string, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [d] = await tx
      .update(desks)
      .set({ revokedAt: now })
      .where(and(eq(desks.id, deskId), isNull(desks.revokedAt)))
      .returning();
    if (!d) return false;
    await appendLog(tx, [
      {
        entity: 'desks',
        entityId: deskId,
        intent: 'update',
        fields: { revokedAt: now },
        version: 2,
        scope: null,
        originDesk: null,
        at: now,
      },
    ]);
    return true;
  });
}

/** The desk a credential belongs to, refusing an unknown or revoked one. */
export async function deskOfCredential(db: PlatformDb, credential: string) {
  const [d] = await db
    .select()
    .from(desks)
    .where(eq(desks.credentialHash, secretHash(credential)));
  if (!d) throw refusals.unauthenticated();
  if (d.revokedAt !== null) throw refusals.revoked();
  return d;
}
