import type { z } from 'zod';
import type { EventName, events, ProcedureInput, ProcedureName, ProcedureOutput } from '../../core/api/contract';
import type { WireError } from '../../core/errors';
import type { Lang } from '../../core/i18n/types';
import type { PrintRequest, PrintResult } from '../../core/api/print';

/**
 * The only code that talks to a host. In Electron the preload exposes
 * `window.api`; in the browser host we POST to /api/<procedure>. Callers get
 * the typed output or an ApiError, the same in both.
 */
type Envelope = { ok: true; output: unknown } | { ok: false; status: number; error: WireError };

interface DeskBridge {
  invoke(name: string, input: unknown, options?: { lang?: Lang }): Promise<Envelope>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  print?(request: PrintRequest): Promise<PrintResult>;
}

declare global {
  interface Window {
    api?: DeskBridge;
  }
}

export class ApiError extends Error {
  readonly code: WireError['code'];
  readonly status: number;
  readonly issues: WireError['issues'];
  readonly details: Record<string, unknown> | undefined;
  constructor(status: number, error: WireError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.status = status;
    this.issues = error.issues ?? [];
    this.details = error.details;
  }
}

let currentLang: Lang = 'zh';
export const setApiLanguage = (lang: Lang) => {
  currentLang = lang;
};

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();
/** Lets the app return to the login page when a session ends under it. */
export function onUnauthenticated(fn: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(fn);
  return () => unauthenticatedListeners.delete(fn);
}

async function overHttp(name: string, input: unknown): Promise<Envelope> {
  let res: Response;
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-desk-request': '1', 'x-desk-lang': currentLang },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: {
        code: 'INTERNAL',
        message: currentLang === 'zh' ? '无法连接服务台程序，请检查它是否在运行' : 'Cannot reach the desk host; is it running?',
        issues: [],
      },
    };
  }
  const body = (await res.json().catch(() => null)) as { error?: WireError } | null;
  if (res.ok) return { ok: true, output: body };
  return {
    ok: false,
    status: res.status,
    error: body?.error ?? { code: 'INTERNAL', message: res.statusText, issues: [] },
  };
}

export async function invoke<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const envelope = window.api ? await window.api.invoke(name, input, { lang: currentLang }) : await overHttp(name, input);
  if (envelope.ok) return envelope.output as ProcedureOutput<N>;
  if (envelope.error.code === 'UNAUTHENTICATED' && name !== 'session.login' && name !== 'session.me') {
    unauthenticatedListeners.forEach((fn) => fn());
  }
  throw new ApiError(envelope.status, envelope.error);
}

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/**
 * Follows an event the Electron host pushes (main checks each payload against
 * the contract's `events` first). The browser host pushes none: there this
 * subscribes to nothing.
 */
export function onEvent<E extends EventName>(name: E, cb: (payload: EventPayload<E>) => void): () => void {
  if (!window.api) return () => undefined;
  return window.api.on(name, (payload) => cb(payload as EventPayload<E>));
}

/** True in Electron, which saves a PDF itself; the browser host offers it in Chromium's print dialog. */
export const canSavePdf = () => typeof window.api?.print === 'function';

/**
 * Prints the current page: Electron's printer dialog or its PDF save (main
 * process), else the browser's own print dialog, whose destinations include
 * "Save as PDF".
 */
export async function printPage(request: PrintRequest): Promise<PrintResult> {
  if (window.api?.print) return window.api.print(request);
  window.print();
  return { ok: true, path: null };
}
