import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP } from '../http/headers';
import { registerAppScheme, serveUi, uiHandler } from './protocol';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

let base: string;
let ui: string;
let handler: (r: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'desk-ui-'));
  ui = join(base, 'renderer');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
  // Beside the UI build, where a `..` would reach.
  writeFileSync(join(base, 'secret.txt'), 'register backup key');
  handler = uiHandler(ui);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol (checks 2 and 3)', () => {
  it('serves index.html on GET / with the CSP header', async () => {
    const r = await get('app://desk/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(CSP);
    expect(await r.text()).toContain('<title>desk</title>');
  });

  it('serves assets with their type and a long cache', async () => {
    const r = await get('app://desk/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/javascript');
    expect(r.headers.get('cache-control')).toContain('immutable');
    expect(r.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers a client-side route with index.html, a missing asset with 404', async () => {
    expect((await get('app://desk/landlords/new')).status).toBe(200);
    const missing = await get('app://desk/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CSP);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s with 405 and the CSP', async (method) => {
    const r = await get('app://desk/', method);
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET');
    expect(r.headers.get('content-security-policy')).toBe(CSP);
  });

  it.each([
    'app://desk/../secret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/..%2fsecret.txt',
    'app://desk/assets/..%2f..%2fsecret.txt',
    'app://desk/..%2f..%2fetc%2fpasswd',
    'app://desk/..%5csecret.txt',
    'app://desk/%E0%A4%A',
  ])('answers 404 to %s, never the file or the SPA page', async (url) => {
    const r = await get(url);
    expect(r.status).toBe(404);
    expect(await r.text()).toBe('');
    expect(r.headers.get('content-security-policy')).toBe(CSP);
  });

  it('serves nothing for another host on the scheme', async () => {
    expect((await get('app://other/')).status).toBe(404);
  });

  it('registers app as a standard, secure, fetch-capable scheme and handles it', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveUi(ui);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
