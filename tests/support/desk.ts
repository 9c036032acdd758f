import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../core/api/contract';
import type { WireError } from '../../core/errors';
import type { Lang } from '../../core/i18n/types';
import { AdjustableClock } from '../../electron/clock';
import { dispatch } from '../../electron/handlers/dispatch';
import { silentLogger, type Logger } from '../../electron/log';
import { openServices } from '../../electron/services';

export interface DeskOptions {
  log?: Logger;
  /** The sync loop's timing, or the network between desk and platform (a fault proxy). */
  services?: Pick<Parameters<typeof openServices>[0], 'syncTiming' | 'fetch'>;
}

/**
 * A real desk on a real SQLite file in a temp folder, called through the same
 * dispatcher the hosts use. Each `Caller` is one workstation with its own session.
 */
export function testDesk(opts: DeskOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-test-'));
  const clock = new AdjustableClock();
  const services = openServices({ dataDir, clock, log: opts.log ?? silentLogger, ...opts.services });
  return {
    services,
    clock,
    dataDir,
    caller: (lang: Lang = 'zh') => new Caller(services, lang),
    close() {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type CallOutcome<N extends ProcedureName> =
  { ok: true; status: 200; output: ProcedureOutput<N> } | { ok: false; status: number; error: WireError };

export class Caller {
  token: string | null = null;
  constructor(
    private readonly services: ReturnType<typeof openServices>,
    private readonly lang: Lang,
  ) {}

  raw<N extends ProcedureName>(name: N, input: ProcedureInput<N> | unknown): Promise<CallOutcome<N>> {
    return dispatch(this.services, name, input, {
      lang: this.lang,
      session: { token: () => this.token, set: (t) => (this.token = t) },
    }) as Promise<CallOutcome<N>>;
  }

  /** Calls and expects success. */
  async call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
    const r = await this.raw(name, input);
    if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
    return r.output;
  }

  /** Calls and expects a refusal. */
  async refused<N extends ProcedureName>(name: N, input: unknown): Promise<{ status: number; error: WireError }> {
    const r = await this.raw(name, input);
    if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
    return r;
  }
}

export const ADMIN = { username: 'admin', displayName: '王站长', password: 'correct horse 1' };
export const DESK = { name: '峰江街道浮排社区服务总台', regionCode: '331004006056' };

/** A desk set up and an admin logged in: where most tests start. */
export async function readyDesk(opts: DeskOptions & { desk?: { name: string; regionCode: string } } = {}) {
  const desk = testDesk(opts);
  const admin = desk.caller();
  await admin.call('setup.initialize', { desk: opts.desk ?? DESK, admin: ADMIN });
  await admin.call('session.login', { username: ADMIN.username, password: ADMIN.password });
  /** Moves the desk's clock; the admin logs in again, as a clerk would after a night off. */
  const advanceDays = async (days: number) => {
    desk.clock.setNow(desk.clock.now() + days * 86_400_000);
    await admin.call('session.login', { username: ADMIN.username, password: ADMIN.password });
  };
  return { ...desk, admin, advanceDays };
}
