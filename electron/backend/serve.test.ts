import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, DESK } from '../../tests/support/desk';
import type { Logger } from '../log';
import { openServices } from '../services';
import type { FromBackend, InvokeReply, KeyHandover } from './messages';
import { runBackend, serveBackend, type BackendPort } from './serve';

/** Main's end of the port, stood in: what the backend posted, and a way to send it messages. */
class StandInPort implements BackendPort {
  readonly posted: FromBackend[] = [];
  private listeners: ((m: unknown) => void)[] = [];
  postMessage(message: FromBackend) {
    // What crosses a real port is a structured clone: a reply that cannot be cloned must fail here too.
    this.posted.push(structuredClone(message));
  }
  on(_event: 'message', listener: (m: unknown) => void) {
    this.listeners.push(listener);
  }
  send(message: unknown) {
    for (const l of [...this.listeners]) l(message);
  }
  private nextId = 1;
  /** One invoke, answered: the reply with its id. */
  async call(name: string, input: unknown, opts: { token?: string | null; lang?: 'zh' | 'en' } = {}): Promise<InvokeReply> {
    const id = this.nextId++;
    this.send({ type: 'invoke', id, name, input, lang: opts.lang ?? 'zh', token: opts.token ?? null });
    return vi.waitFor(
      () => {
        const reply = this.posted.find((m): m is InvokeReply => m.type === 'reply' && m.id === id);
        if (!reply) throw new Error(`no reply to ${name} yet`);
        return reply;
      },
      { timeout: 10_000, interval: 5 },
    );
  }
}

const recordingLog = () => {
  const errors: string[] = [];
  const log: Logger = { info: () => {}, error: (msg) => void errors.push(msg) };
  return { log, errors };
};

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'desk-backend-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('serveBackend', () => {
  let services: ReturnType<typeof openServices>;
  let port: StandInPort;
  let errors: string[];
  beforeEach(() => {
    const recorded = recordingLog();
    errors = recorded.errors;
    services = openServices({ dataDir, log: recorded.log });
    port = new StandInPort();
    serveBackend(port, services);
  });
  afterEach(() => services.close());

  it('sets up, logs in (the token comes back as setToken), and serves a session call with that token', async () => {
    const init = await port.call('setup.initialize', { desk: DESK, admin: ADMIN });
    expect(init).toMatchObject({ type: 'reply', ok: true, status: 200, output: { admin: { username: ADMIN.username } } });
    expect(init).not.toHaveProperty('setToken');

    const login = await port.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(login).toMatchObject({ ok: true, output: { clerk: { username: ADMIN.username } } });
    const token = login.setToken;
    expect(token).toMatch(/^[\w-]{40,}$/);
    // The token travels beside the output, never in it: main keeps it from the page.
    expect(JSON.stringify(login.ok && login.output)).not.toContain(token!);

    const me = await port.call('session.me', {}, { token });
    expect(me).toMatchObject({ ok: true, output: { clerk: { username: ADMIN.username } } });
    expect(me).not.toHaveProperty('setToken');

    const logout = await port.call('session.logout', {}, { token });
    expect(logout).toMatchObject({ ok: true, setToken: null });
    expect(await port.call('session.me', {}, { token })).toMatchObject({ ok: false, status: 401 });
  });

  it("answers a refused call as dispatch does, in the clerk's language", async () => {
    expect(await port.call('session.me', {}, { lang: 'en' })).toEqual({
      type: 'reply',
      id: 1,
      ok: false,
      status: 401,
      error: { code: 'UNAUTHENTICATED', message: 'Please log in first', issues: [] },
    });
    await port.call('setup.initialize', { desk: DESK, admin: ADMIN });
    const bad = await port.call('session.login', { username: ADMIN.username, password: 'wrong password' });
    expect(bad).toMatchObject({ ok: false, status: 401, error: { code: 'UNAUTHENTICATED' } });
    expect(bad).not.toHaveProperty('setToken');
    // Defence in depth: input main should have refused is refused here too.
    expect(await port.call('setup.status', { extra: 1 })).toMatchObject({ ok: false, status: 400, error: { code: 'VALIDATION' } });
  });

  it('drops a malformed message with a log line, and goes on serving', async () => {
    for (const bad of [
      null,
      'setup.status',
      { type: 'invoke', id: 'one', name: 'setup.status', input: {}, lang: 'zh', token: null },
      { type: 'invoke', id: 1, name: 'setup.status', input: {}, lang: 'fr', token: null },
      { type: 'invoke', id: 1, name: 'setup.status', input: {}, lang: 'zh', token: null, extra: true },
      { type: 'eval', code: 'process.exit()' },
    ]) {
      port.send(bad);
    }
    expect(port.posted).toEqual([]);
    expect(errors).toEqual(Array(6).fill('backend: dropped a malformed message'));
    expect(await port.call('setup.status', {})).toMatchObject({ ok: true, output: { initialized: false } });
  });

  it('answers calls concurrently, each by its id', async () => {
    const replies = await Promise.all([port.call('setup.status', {}), port.call('session.me', {}), port.call('setup.status', {})]);
    expect(replies.map((r) => [r.id, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
  });
});

describe('runBackend', () => {
  const noKey: KeyHandover = { kind: 'safeStorage', pem: null, refusal: null };
  const start = (keys: KeyHandover = noKey, dir = dataDir) => ({
    type: 'start',
    dataDir: dir,
    nativeBinding: null,
    keys,
    credential: { kind: 'file', value: null },
  });

  /** A backend whose register is closed after each test, however the test ends. */
  const running = () => {
    const port = new StandInPort();
    const opened: ReturnType<typeof openServices>[] = [];
    const exit = vi.fn<(code: number) => void>();
    const { log, errors } = recordingLog();
    runBackend(port, {
      log,
      exit,
      open: (opts) => {
        const s = openServices(opts);
        opened.push(s);
        return s;
      },
    });
    return { port, exit, errors, opened };
  };
  const cleanup: (() => void)[] = [];
  const closeAfter = (b: ReturnType<typeof running>) => cleanup.push(() => b.opened.forEach((s) => s.sqlite.open && s.close()));
  afterEach(() => {
    for (const c of cleanup.splice(0)) c();
  });

  it('serves nothing before start, then opens the register and says ready', async () => {
    const b = running();
    b.port.send({ type: 'invoke', id: 1, name: 'setup.status', input: {}, lang: 'zh', token: null });
    expect(b.port.posted).toEqual([]);
    expect(b.errors).toEqual(['backend: dropped a message that came before start']);

    b.port.send(start());
    closeAfter(b);
    expect(b.port.posted).toEqual([{ type: 'ready' }]);
    expect(await b.port.call('setup.status', {})).toMatchObject({ ok: true });
    // A second start is not obeyed.
    b.port.send(start());
    expect(b.opened).toHaveLength(1);
  });

  it('sends main a key it made, for sealing, and keeps reporting the store main has', async () => {
    const b = running();
    b.port.send(start());
    closeAfter(b);
    expect(b.opened[0]!.keys.kind).toBe('safeStorage');
    await b.port.call('setup.initialize', { desk: DESK, admin: ADMIN });
    const written = b.port.posted.filter((m) => m.type === 'keys.write');
    expect(written).toEqual([{ type: 'keys.write', pem: expect.stringContaining('-----BEGIN PRIVATE KEY-----') }]);
    // The key is in use at once: the desk can export its public key without a round trip.
    const login = await b.port.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await b.port.call('keys.exportOwn', {}, { token: login.setToken })).toMatchObject({ ok: true });
    expect(b.port.posted.filter((m) => m.type === 'keys.write')).toHaveLength(1);
  });

  it('gives the reason main could not open the key wherever the key is needed', async () => {
    const setUp = running();
    closeAfter(setUp);
    setUp.port.send(start());
    await setUp.port.call('setup.initialize', { desk: DESK, admin: ADMIN });
    setUp.port.send({ type: 'stop' });

    // The same register, on a computer whose keychain cannot open the sealed key.
    const b = running();
    b.port.send(start({ kind: 'safeStorage', pem: null, refusal: { code: 'CONFLICT', key: 'certificate.keyUnreadable' } }));
    closeAfter(b);
    const login = await b.port.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await b.port.call('keys.exportOwn', {}, { token: login.setToken, lang: 'en' })).toMatchObject({
      ok: false,
      status: 409,
      error: { code: 'CONFLICT', message: expect.stringMatching(/^This computer cannot open the desk's signing key/) },
    });
  });

  it('says fatal, with the reason, when the register cannot be opened', () => {
    const b = running();
    const notAFolder = join(dataDir, 'file');
    writeFileSync(notAFolder, 'x');
    b.port.send(start(noKey, notAFolder));
    expect(b.port.posted).toEqual([{ type: 'fatal', message: expect.stringMatching(/EEXIST|ENOTDIR/) }]);
    expect(b.errors).toEqual(['the desk could not start']);
    expect(b.opened).toEqual([]);
  });

  it('closes the register on stop, then exits', () => {
    const b = running();
    b.port.send(start());
    const close = vi.spyOn(b.opened[0]!, 'close');
    b.port.send({ type: 'stop' });
    expect(close).toHaveBeenCalledOnce();
    expect(b.exit).toHaveBeenCalledWith(0);
  });
});
