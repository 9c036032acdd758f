import { DomainError } from '../../core/errors';
import { isSyncFault } from '../../core/sync/fault';
import { readDesk } from '../../db/desk';
import { SCHEMA_VERSION } from '../../db/schema-version';
import { patchSyncState, readSyncState } from '../../db/sync-state';
import type { Register } from '../../db/write';
import type { Clock } from '../clock';
import { deskSigner } from '../keys/desk-key';
import type { KeyStore } from '../keys/key-store';
import type { Logger } from '../log';
import { PlatformClient, PlatformRefused } from './client';
import type { CredentialStore } from './credential';

export interface EnrolDeps {
  register: Register;
  clock: Clock;
  log: Logger;
  keys: KeyStore;
  credentials: CredentialStore;
  fetch?: typeof fetch;
}

/**
 * Enrols this desk with the city platform using the one-time code the city's
 * IT office issued: the desk's id, name, region and public key go to the
 * platform; the credential that comes back is kept in the credential store
 * (never shown, never in the register), the desk code it assigns becomes the
 * prefix of this desk's certificate serials. Audited. The code is used up
 * only when the platform agrees, so a refusal leaves nothing changed.
 */
export async function enrolDesk(deps: EnrolDeps, input: { url: string; code: string }, clerkId: string): Promise<void> {
  const { register: reg } = deps;
  const state = readSyncState(reg);
  const desk = readDesk(reg);
  if (!state || !desk) throw new DomainError('CONFLICT', 'setup.notInitialized');
  if (state.platformUrl) throw new DomainError('CONFLICT', 'sync.enrol.already');
  const publicKey = reg.write(
    { clerkId, action: 'sync.enrol.key', at: deps.clock.now() },
    (w) => deskSigner(w, reg, deps.keys, deps.log).publicKey,
  );
  const client = new PlatformClient({ url: input.url, timeoutMs: 30_000, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  let answer;
  try {
    answer = await client.enrol({
      code: input.code,
      deskId: desk.id,
      name: desk.name,
      publicKey,
      schemaVersion: SCHEMA_VERSION,
      regionCode: desk.regionCode,
    });
  } catch (e) {
    if (e instanceof PlatformRefused) {
      throw new DomainError(
        'VALIDATION',
        { key: 'sync.enrol.refused', params: { message: e.text } },
        {
          issues: [{ path: e.code === 'ENROLMENT_CODE_INVALID' ? 'code' : 'url', key: 'sync.enrol.refused', params: { message: e.text } }],
        },
      );
    }
    if (isSyncFault(e)) {
      const detail = e.ref.params?.detail ?? e.ref.key;
      throw new DomainError(
        'VALIDATION',
        { key: 'sync.enrol.unreachable', params: { detail } },
        {
          issues: [{ path: 'url', key: 'sync.enrol.unreachable', params: { detail } }],
        },
      );
    }
    throw e;
  }
  if (answer.deskId !== desk.id) throw new DomainError('VALIDATION', { key: 'sync.error.badReply' });
  // The credential first: should the register's write fail, the desk is simply not enrolled and a new code is needed.
  deps.credentials.write(answer.credential);
  const now = deps.clock.now();
  reg.write({ clerkId, action: 'sync.enrol', at: now }, (w) => {
    if (answer.deskCode !== desk.deskCode) w.update('desk', desk.id, { deskCode: answer.deskCode });
    patchSyncState(reg, {
      platformUrl: input.url,
      platformRegion: answer.regionCode,
      enrolledAt: now,
      // The same platform again keeps its position; another one starts from its beginning.
      ...(state.serverEpoch !== answer.epoch ? { serverEpoch: answer.epoch, pullCursor: 0 } : {}),
      stopped: null,
      halt: null,
      haltOverride: false,
      lastError: null,
      failures: 0,
    });
    w.audit('sync', desk.id, { platformUrl: input.url, deskCode: answer.deskCode, regionCode: answer.regionCode });
  });
  deps.log.info('enrolled with the city platform', { platform: input.url, deskCode: answer.deskCode, region: answer.regionCode });
}

/** Leaves the platform: the credential is deleted, the loop stops; the register and its outbox stay as they are. Audited. */
export function leavePlatform(deps: EnrolDeps, clerkId: string): void {
  const { register: reg } = deps;
  const state = readSyncState(reg);
  if (!state?.platformUrl) throw new DomainError('CONFLICT', 'sync.enrol.notEnrolled');
  reg.write({ clerkId, action: 'sync.leave', at: deps.clock.now() }, (w) => {
    patchSyncState(reg, { platformUrl: null, platformRegion: null, enrolledAt: null, stopped: null, halt: null, lastError: null });
    w.audit('sync', state.deskId, { platformUrl: state.platformUrl });
  });
  deps.credentials.write(null);
  deps.log.info('left the city platform', { platform: state.platformUrl });
}
