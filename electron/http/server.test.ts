import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { openServices } from '../services';
import { createDeskServer } from './server';

/** The browser host's own checks, over a real socket. */
describe('the browser host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-'));
  const ui = join(dir, 'ui');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>desk</title>');
  const services = openServices({ dataDir: join(dir, 'data'), log: silentLogger });
  const server = createDeskServer(services, { uiRoot: ui });
  let port = 0;
  beforeAll(() => new Promise<void>((r) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), r()))));
  afterAll(() => {
    server.close();
    services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      });
      req.on('error', reject);
      req.end(opts.body);
    });

  it('answers the API with the desk header and refuses it without', async () => {
    const ok = await call('/api/setup.status', { method: 'POST', headers: { 'x-desk-request': '1' }, body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ initialized: false });
    const bad = await call('/api/setup.status', { method: 'POST', body: '{}' });
    expect(bad.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await call('/api/setup.status', { method: 'POST', headers: { 'x-desk-request': '1', host: 'evil.example:80' }, body: '{}' });
    expect(r.status).toBe(403);
    expect((await call('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await call('/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('serves the UI with the CSP, confines paths and refuses other methods', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    // Dot segments resolve inside the UI: at worst the single page comes back, never the file.
    const escape = await call('/../../etc/passwd');
    expect(escape.body).not.toContain('root:');
    expect(escape.body).toContain('<title>desk</title>');
    expect((await call('/%2e%2e/%2e%2e/etc/passwd')).body).not.toContain('root:');
    expect((await call('/assets/..%2f..%2f..%2fetc%2fpasswd.js')).status).toBe(404);
    expect((await call('/', { method: 'DELETE' })).status).toBe(405);
    expect((await call('/api/setup.status')).status).toBe(405);
  });

  it('turns a bad body into a clear 400 and an unknown procedure into 404', async () => {
    const bad = await call('/api/setup.status', { method: 'POST', headers: { 'x-desk-request': '1' }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('请求内容不是有效的 JSON');
    const unknown = await call('/api/nope.nothing', { method: 'POST', headers: { 'x-desk-request': '1' }, body: '{}' });
    expect(unknown.status).toBe(404);
  });
});
