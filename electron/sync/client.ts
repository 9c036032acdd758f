import type { z } from 'zod';
import { syncFault, SyncFault } from '../../core/sync/fault';
import {
  enrolResponse,
  platformError,
  pullResponse,
  pushResponse,
  reconcileResponse,
  type enrolRequest,
  type pullQuery,
  type pushRequest,
  type reconcileRequest,
} from '../../core/sync/protocol';

/** A page of changes as the platform sends it. */
export type PullPage = z.infer<typeof pullResponse>;

/**
 * The desk's side of the wire (docs/sync-protocol.md): one method per route,
 * every reply parsed by the protocol's schema before anything trusts it. A
 * failure becomes a SyncFault that says, in words, what happened and whether
 * waiting helps; a refusal the run handles itself (a new epoch, a gap, a body
 * too large) comes back as a PlatformRefused with the platform's code.
 */
export class PlatformRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: { zh: string; en: string },
    readonly details: Record<string, unknown>,
  ) {
    super(`${status} ${code}`);
  }
}

export interface ClientOptions {
  url: string;
  credential?: string | null;
  /** Per request; a platform that does not answer in time is a network failure. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class PlatformClient {
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly opts: ClientOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.fetchImpl = opts.fetch ?? fetch;
  }

  enrol(body: z.infer<typeof enrolRequest>) {
    return this.call('POST', '/v1/enrol', body, enrolResponse, false);
  }

  push(body: z.input<typeof pushRequest>) {
    return this.call('POST', '/v1/push', body, pushResponse, true);
  }

  pull(q: z.input<typeof pullQuery>): Promise<PullPage> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
    return this.call('GET', `/v1/pull?${params.toString()}`, undefined, pullResponse, true);
  }

  reconcile(body: z.infer<typeof reconcileRequest>) {
    return this.call('POST', '/v1/reconcile', body, reconcileResponse, true);
  }

  private async call<T extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: T,
    authenticated: boolean,
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (authenticated) {
      if (!this.opts.credential) throw syncFault('sync.error.noCredential', undefined, 'stop');
      headers.authorization = `Bearer ${this.opts.credential}`;
    }
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000),
        redirect: 'error',
      });
    } catch (e) {
      throw networkFault(e);
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (e) {
      if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) throw syncFault('sync.error.timeout');
      // A proxy's HTML error page, or a reply cut short.
      if (res.status >= 500) throw syncFault('sync.error.server', { status: res.status });
      throw syncFault('sync.error.badReply');
    }
    if (res.ok) {
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw syncFault('sync.error.badReply');
      return parsed.data;
    }
    const err = platformError.safeParse(json);
    if (res.status >= 500 || !err.success) throw syncFault('sync.error.server', { status: res.status });
    const { code, message, details } = err.data.error;
    if (res.status === 401) throw syncFault('sync.error.reauth', { message }, 'stop');
    throw new PlatformRefused(res.status, code, message, details ?? {});
  }
}

function networkFault(e: unknown): SyncFault {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return syncFault('sync.error.timeout');
  const cause = e instanceof Error ? ((e as Error & { cause?: { code?: string; message?: string } }).cause ?? null) : null;
  const detail = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return syncFault('sync.error.network', { detail });
}

/** Turns a refusal the run does not handle itself into the words for the sync page. */
export const refusedFault = (r: PlatformRefused) => syncFault('sync.error.refused', { message: r.text });
