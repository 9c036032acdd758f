import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StandInProcess } from '../../tests/support/backend';
import type { KeyHandover, RelayedCall, StartMessage, ToBackend } from '../backend/messages';
import type { KeyStore } from '../keys/key-store';
import type { Logger } from '../log';
import { createBackendHost, type BackendHostOptions } from './backend-host';
import { translate } from '../../core/i18n/catalog';

/**
 * The host against stand-in processes that a test speaks for: what a real
 * backend would answer is posted by hand, so every order of events, crash
 * and malformed message can be played. The real backend behind the same
 * host is exercised in ipc.test.ts.
 */

const call = (over: Partial<RelayedCall> = {}): RelayedCall => ({ name: 'setup.status', input: {}, lang: 'zh', token: null, ...over });

/** What the child side received, once it has arrived. */
const nextToChild = (proc: StandInProcess) => new Promise<ToBackend>((resolve) => proc.port.on('message', (m) => resolve(m as ToBackend)));

let procs: StandInProcess[];
let logged: { level: 'info' | 'error'; msg: string; data?: Record<string, unknown> }[];
let sealed: string[];
let handovers: number;
let givenUp: string[];
let opts: BackendHostOptions;

beforeEach(() => {
  // Fresh arrays each test, captured by this test's closures: a process a previous test killed may still report.
  const mine = { procs: [] as StandInProcess[], logged: [] as typeof logged, sealed: [] as string[], givenUp: [] as string[] };
  ({ procs, logged, sealed, givenUp } = mine);
  handovers = 0;
  const log: Logger = {
    info: (msg, data) => void mine.logged.push({ level: 'info', msg, ...(data ? { data } : {}) }),
    error: (msg, data) => void mine.logged.push({ level: 'error', msg, ...(data ? { data } : {}) }),
  };
  const keys: KeyStore = { kind: 'safeStorage', read: () => mine.sealed.at(-1) ?? null, write: (pem) => void mine.sealed.push(pem) };
  opts = {
    fork: () => {
      const p = new StandInProcess();
      mine.procs.push(p);
      return p;
    },
    startMessage: (): StartMessage => {
      handovers += 1;
      const handover: KeyHandover = { kind: 'safeStorage', pem: mine.sealed.at(-1) ?? null, refusal: null };
      return { type: 'start', dataDir: '/data', nativeBinding: null, keys: handover, credential: { kind: 'safeStorage', value: null } };
    },
    keys,
    log,
    onGiveUp: (message) => void mine.givenUp.push(message),
  };
});
afterEach(() => {
  for (const p of procs) p.kill();
});

/** A host whose first backend has said ready. */
async function readyHost(over: Partial<BackendHostOptions> = {}) {
  const host = createBackendHost({ ...opts, ...over });
  const started = host.start();
  procs[0]!.port.postMessage({ type: 'ready' });
  await started;
  return host;
}

/** Plays the backend: answers each invoke on `proc` with `answer(request)`. */
function answering(proc: StandInProcess, answer: (r: Extract<ToBackend, { type: 'invoke' }>) => object) {
  proc.port.on('message', (m) => {
    const r = m as ToBackend;
    if (r.type === 'invoke') proc.port.postMessage({ type: 'reply', id: r.id, ...answer(r) } as never);
  });
}

describe('starting', () => {
  it('forks one backend, hands it the folder and the key, and is ready when it says so', async () => {
    const host = createBackendHost(opts);
    const started = host.start();
    expect(procs).toHaveLength(1);
    expect(await nextToChild(procs[0]!)).toEqual({
      type: 'start',
      dataDir: '/data',
      nativeBinding: null,
      keys: { kind: 'safeStorage', pem: null, refusal: null },
      credential: { kind: 'safeStorage', value: null },
    });
    let ready = false;
    void started.then(() => (ready = true));
    await new Promise((r) => setImmediate(r));
    expect(ready).toBe(false);
    procs[0]!.port.postMessage({ type: 'ready' });
    await started;
    // Starting twice starts nothing more.
    await host.start();
    expect(procs).toHaveLength(1);
  });

  it("fails with the backend's reason when the register cannot open, and ends that process", async () => {
    const host = createBackendHost(opts);
    const started = host.start();
    procs[0]!.port.postMessage({ type: 'fatal', message: 'The register was written by a newer version of the desk' });
    await expect(started).rejects.toThrow('The register was written by a newer version of the desk');
    expect(procs[0]!.exited).toBe(true);
    expect(await host.relay(call({ lang: 'en' }))).toMatchObject({ ok: false, status: 500, error: { code: 'INTERNAL' } });
    expect(procs).toHaveLength(1);
  });

  it('fails when the backend exits before it is ready', async () => {
    const host = createBackendHost(opts);
    const started = host.start();
    procs[0]!.crash(9);
    await expect(started).rejects.toThrow('the desk backend stopped while starting (exit code 9)');
  });
});

describe('relaying calls', () => {
  it('matches replies to calls by id, whatever order they come back in', async () => {
    const host = await readyHost();
    const seen: Extract<ToBackend, { type: 'invoke' }>[] = [];
    procs[0]!.port.on('message', (m) => void seen.push(m as never));
    const first = host.relay(call({ name: 'setup.status' }));
    const second = host.relay(call({ name: 'session.me', token: 't'.repeat(43), lang: 'en' }));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ type: 'invoke', id: seen[1]!.id, name: 'session.me', input: {}, lang: 'en', token: 't'.repeat(43) });
    procs[0]!.port.postMessage({ type: 'reply', id: seen[1]!.id, ok: true, status: 200, output: 'second', setToken: null });
    procs[0]!.port.postMessage({ type: 'reply', id: seen[0]!.id, ok: true, status: 200, output: 'first' });
    expect(await first).toEqual({ ok: true, status: 200, output: 'first' });
    expect(await second).toEqual({ ok: true, status: 200, output: 'second', setToken: null });
  });

  it('drops a malformed message, or a reply to no call, with a log line', async () => {
    const host = await readyHost();
    const proc = procs[0]!;
    answering(proc, () => ({ ok: true, status: 200, output: 1 }));
    for (const bad of [
      { type: 'reply', id: 1, ok: true, status: 201, output: 1 },
      { type: 'reply', id: 1, ok: false, status: 500, error: { code: 'OOPS', message: '', issues: [] } },
      { type: 'keys.write', pem: '' },
      { type: 'ready', extra: 1 },
      'ready',
    ]) {
      proc.port.postMessage(bad as never);
    }
    proc.port.postMessage({ type: 'reply', id: 999, ok: true, status: 200, output: null });
    expect(await host.relay(call())).toEqual({ ok: true, status: 200, output: 1 });
    expect(logged.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual([
      ...Array(5).fill('backend: dropped a malformed message'),
      'backend: dropped a reply to no waiting call',
    ]);
    expect(sealed).toEqual([]);
  });

  it("seals a key the backend made with main's store", async () => {
    await readyHost();
    procs[0]!.port.postMessage({ type: 'keys.write', pem: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n' });
    await vi.waitFor(() => expect(sealed).toHaveLength(1));
    expect(logged).toContainEqual({ level: 'info', msg: 'sealed the desk signing key the backend made', data: { store: 'safeStorage' } });
  });

  it('logs, and keeps running, when sealing the key fails', async () => {
    await readyHost({
      keys: {
        kind: 'safeStorage',
        read: () => null,
        write: () => {
          throw new Error('ENOSPC: no space left on device');
        },
      },
    });
    procs[0]!.port.postMessage({ type: 'keys.write', pem: 'pem' });
    await vi.waitFor(() =>
      expect(logged).toContainEqual({
        level: 'error',
        msg: 'the desk signing key the backend made could not be stored',
        data: { error: 'ENOSPC: no space left on device' },
      }),
    );
  });

  it('answers INTERNAL before start', async () => {
    const host = createBackendHost(opts);
    expect(await host.relay(call())).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(procs).toHaveLength(0);
  });
});

describe('when the backend dies', () => {
  it('answers every waiting call INTERNAL in its own language, says so in the log, and restarts once on the next call', async () => {
    const host = await readyHost();
    const waiting = [host.relay(call({ lang: 'zh' })), host.relay(call({ lang: 'en' }))];
    procs[0]!.crash(134);
    expect(await Promise.all(waiting)).toEqual([
      { ok: false, status: 500, error: { code: 'INTERNAL', message: translate('error.backendLost', 'zh'), issues: [] } },
      { ok: false, status: 500, error: { code: 'INTERNAL', message: translate('error.backendLost', 'en'), issues: [] } },
    ]);
    expect(logged).toContainEqual({
      level: 'error',
      msg: 'the desk backend stopped unexpectedly',
      data: { code: 134, answeredInternal: 2, restartsLeft: 1 },
    });
    // Nothing restarts on its own.
    await new Promise((r) => setImmediate(r));
    expect(procs).toHaveLength(1);

    // A key made before the crash is handed to the new backend.
    sealed.push('pem made before the crash');
    const next = host.relay(call());
    expect(procs).toHaveLength(2);
    const restarted = procs[1]!;
    expect(await nextToChild(restarted)).toMatchObject({ type: 'start', keys: { pem: 'pem made before the crash' } });
    answering(restarted, () => ({ ok: true, status: 200, output: 'after restart' }));
    restarted.port.postMessage({ type: 'ready' });
    expect(await next).toEqual({ ok: true, status: 200, output: 'after restart' });
    expect(handovers).toBe(2);
    expect(logged).toContainEqual({ level: 'error', msg: 'restarting the desk backend after it stopped' });
    expect(givenUp).toEqual([]);
  });

  it('gives up (the app shows an error box and ends) when the restarted backend dies too', async () => {
    const host = await readyHost();
    procs[0]!.crash();
    await vi.waitFor(() => expect(logged.some((l) => l.msg === 'the desk backend stopped unexpectedly')).toBe(true));
    const next = host.relay(call({ lang: 'en' }));
    procs[1]!.port.postMessage({ type: 'ready' });
    await vi.waitFor(() => expect(procs[1]!.received.some((m) => m.type === 'invoke')).toBe(true));
    procs[1]!.crash();
    expect(await next).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await vi.waitFor(() => expect(givenUp).toHaveLength(1));
    expect(givenUp[0]).toMatch(/^The desk's backend stopped unexpectedly/);
    // No third process, ever.
    expect(await host.relay(call())).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(procs).toHaveLength(2);
  });

  it('gives up when the restart itself fails', async () => {
    const host = await readyHost();
    procs[0]!.crash();
    await vi.waitFor(() => expect(logged.some((l) => l.msg === 'the desk backend stopped unexpectedly')).toBe(true));
    const next = host.relay(call());
    procs[1]!.port.postMessage({ type: 'fatal', message: 'SQLITE_CORRUPT: database disk image is malformed' });
    expect(await next).toMatchObject({ ok: false, status: 500, error: { code: 'INTERNAL' } });
    expect(givenUp).toEqual(['服务台后台意外停止，无法继续工作。请重新打开本程序，并检查最后一项操作是否已保存']);
    expect(logged).toContainEqual({
      level: 'error',
      msg: 'the desk backend is gone for good: ending the app',
      data: { why: 'could not restart: SQLITE_CORRUPT: database disk image is malformed' },
    });
  });
});

describe('stopping', () => {
  it('asks the backend to close the register, and is done when it exits', async () => {
    const host = await readyHost();
    const proc = procs[0]!;
    proc.port.on('message', (m) => {
      if ((m as ToBackend).type === 'stop') proc.exit(0);
    });
    await host.stop();
    expect(proc.received.at(-1)).toEqual({ type: 'stop' });
    // A clean stop is not a crash: no restart, no error box.
    expect(await host.relay(call())).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(procs).toHaveLength(1);
    expect(givenUp).toEqual([]);
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('kills a backend that does not close in time', async () => {
    const host = await readyHost({ stopTimeoutMs: 20 });
    await host.stop();
    expect(procs[0]!.exited).toBe(true);
    expect(logged).toContainEqual({ level: 'error', msg: 'the desk backend did not close the register in time: killing it' });
  });
});

describe("the backend's output", () => {
  it("joins main's log: its JSON lines keep their level and fields, other text is kept as it is", async () => {
    await readyHost();
    const proc = procs[0]!;
    proc.stderr.write(`${JSON.stringify({ t: '2026-01-01T00:00:00.000Z', level: 'error', msg: 'handler failed', procedure: 'x' })}\n`);
    proc.stderr.write('Error: something native\n    at <anonymous>\n');
    proc.stdout.write(`${JSON.stringify({ t: '2026-01-01T00:00:00.000Z', level: 'info', msg: 'sealed' })}\n`);
    await vi.waitFor(() => expect(logged).toHaveLength(4));
    expect(logged).toEqual(
      expect.arrayContaining([
        { level: 'error', msg: 'handler failed', data: { procedure: 'x', from: 'backend' } },
        { level: 'error', msg: 'backend output', data: { line: 'Error: something native', from: 'backend' } },
        { level: 'error', msg: 'backend output', data: { line: '    at <anonymous>', from: 'backend' } },
        { level: 'info', msg: 'sealed', data: { from: 'backend' } },
      ]),
    );
  });
});
