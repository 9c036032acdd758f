import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { translate, type Lang } from '../../core/i18n/catalog';
import type { WireError } from '../../core/errors';
import type { Services } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { DESK_REQUEST_HEADER, LANG_HEADER, SESSION_COOKIE, UI_HEADERS } from './headers';
import { resolveUiFile, sendFile } from './static-files';
import type { AdjustableClock } from '../clock';

export interface DeskServerOptions {
  /** The built renderer (dist/renderer). */
  uiRoot: string;
  /** Largest request body accepted, in bytes (spreadsheets arrive as base64 JSON). */
  maxBodyBytes?: number;
  /**
   * End-to-end tests only (`serve --test-clock`): `POST /__test/clock` moves the
   * desk's clock so a test can let a deadline pass. Absent in every real host.
   */
  testClock?: AdjustableClock;
  /** Host names the Host header may carry; anything else is refused (DNS rebinding). */
  allowedHosts?: string[];
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

const API_PREFIX = '/api/';

/**
 * The browser host: the built UI on GET and `POST /api/<procedure>` into the
 * same dispatcher the Electron host uses. Sessions ride in an HttpOnly,
 * SameSite=Strict cookie; every API call must carry `x-desk-request: 1`.
 */
export function createDeskServer(services: Services, opts: DeskServerOptions): Server {
  const maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  return createServer((req, res) => {
    handle(services, opts, maxBody, req, res).catch((e) => {
      services.log.error('request failed', { error: e instanceof Error ? e.stack : String(e) });
      if (!res.headersSent) sendError(res, 500, 'zh', 'INTERNAL', 'error.internal');
      else res.destroy();
    });
  });
}

async function handle(services: Services, opts: DeskServerOptions, maxBody: number, req: IncomingMessage, res: ServerResponse) {
  const uiRoot = opts.uiRoot;
  const url = new URL(req.url ?? '/', 'http://desk.invalid');
  const lang = langOf(req);

  // A page on another site that resolves its own name to 127.0.0.1 still sends its
  // own name in Host: refusing unknown names keeps it away from the register.
  const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (![...LOOPBACK_NAMES, ...(opts.allowedHosts ?? [])].includes(hostName)) {
    sendError(res, 403, lang, 'FORBIDDEN', 'error.crossSite');
    return;
  }

  if (opts.testClock && url.pathname === '/__test/clock' && req.method === 'POST' && req.headers[DESK_REQUEST_HEADER] === '1') {
    const body = JSON.parse((await readBody(req, 1024))?.toString('utf8') || '{}') as { now?: number; addDays?: number };
    if (typeof body.now === 'number') opts.testClock.setNow(body.now);
    if (typeof body.addDays === 'number') opts.testClock.setNow(opts.testClock.now() + body.addDays * 86_400_000);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ now: opts.testClock.now() }));
    return;
  }

  if (url.pathname.startsWith(API_PREFIX)) {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (req.headers[DESK_REQUEST_HEADER] !== '1') {
      sendError(res, 403, lang, 'FORBIDDEN', 'error.crossSite');
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      sendError(res, 413, lang, 'VALIDATION', 'error.tooLarge');
      return;
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        sendError(res, 400, lang, 'VALIDATION', 'error.badJson');
        return;
      }
    }
    let token = cookieOf(req, SESSION_COOKIE);
    let setCookie: string | null = null;
    const result = await dispatch(services, url.pathname.slice(API_PREFIX.length), input, {
      lang,
      session: {
        token: () => token,
        set: (t) => {
          token = t;
          setCookie = t
            ? `${SESSION_COOKIE}=${t}; Path=/; HttpOnly; SameSite=Strict`
            : `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
        },
      },
    });
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    if (setCookie) headers['set-cookie'] = setCookie;
    res.writeHead(result.status, headers);
    res.end(JSON.stringify(result.ok ? result.output : { error: result.error }));
    return;
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  // The UI is a single page: unknown paths without a file extension get index.html.
  const file = resolveUiFile(uiRoot, url.pathname) ?? (/\.[a-z0-9]+$/i.test(url.pathname) ? null : resolveUiFile(uiRoot, '/index.html'));
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const cache = url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  sendFile(res, file, { ...UI_HEADERS, 'cache-control': cache });
}

function langOf(req: IncomingMessage): Lang {
  return req.headers[LANG_HEADER] === 'en' ? 'en' : 'zh';
}

function cookieOf(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, lang: Lang, code: WireError['code'], key: string) {
  const error: WireError = { code, message: translate(key, lang), issues: [] };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error }));
}
