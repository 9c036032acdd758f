// @vitest-environment happy-dom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureName } from '../../core/api/contract';
import { ApiError } from './client';
import {
  createQueryClient,
  followRegisterChanges,
  INVALIDATES,
  procedureKey,
  useProcedure,
  useProcedureMutation,
  useProcedureSearch,
} from './queries';

/**
 * The host is stood in for at the transport the browser host really uses:
 * client.ts POSTs to /api/<procedure>, and these tests answer those requests.
 */
declare global {
  // React's flag for "updates are wrapped in act()".
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

type Answer = { status?: number; body: unknown };
type Route = (input: Record<string, unknown>) => Answer | Promise<Answer>;
interface Call {
  name: string;
  input: Record<string, unknown>;
}

function standInHost(routes: Record<string, Route>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const name = url.replace(/^\/api\//, '');
    const input = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({ name, input });
    const route = routes[name];
    const answer = route ? await route(input) : refusal(404, 'NOT_FOUND', `no such procedure: ${name}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

const refusal = (status: number, code: string, message: string): Answer => ({ status, body: { error: { code, message, issues: [] } } });
const ok = (body: unknown): Answer => ({ body });

/** A promise settled by the test, for answers that arrive when the test says so. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Renders `hook` with `props` inside the client's provider and keeps what
 * each render returned. It reads the whole result as it renders (a component
 * re-renders for the fields it reads: here, all of them).
 */
function renderHook<P, R extends object>(client: QueryClient, hook: (props: P) => R, props: NoInfer<P>) {
  const seen: R[] = [];
  function Probe({ p }: { p: P }) {
    seen.push({ ...hook(p) });
    return null;
  }
  const root: Root = createRoot(document.createElement('div'));
  const render = (p: P) =>
    act(() =>
      root.render(
        <QueryClientProvider client={client}>
          <Probe p={p} />
        </QueryClientProvider>,
      ),
    );
  render(props);
  return {
    seen,
    get current(): R {
      return seen[seen.length - 1]!;
    },
    rerender: render,
    unmount: () => act(() => root.unmount()),
  };
}

/** Lets promises and timers run until `done` holds. */
async function until(done: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 5)));
  }
}

const landlord = (id: string, name: string) => ({ id, name });
const callsOf = (calls: Call[], name: ProcedureName) => calls.filter((c) => c.name === name);

let client: QueryClient;
let unmounts: (() => void)[] = [];
beforeEach(() => {
  client = createQueryClient();
  unmounts = [];
});
afterEach(() => {
  unmounts.forEach((u) => u());
  client.clear();
  vi.unstubAllGlobals();
});

describe('useProcedure', () => {
  it('keys each answer by procedure and input: two inputs never share an answer', async () => {
    const calls = standInHost({ 'landlords.get': (i) => ok(landlord(String(i.id), i.id === 'a' ? '陈建国' : '林小红')) });
    const a = renderHook(client, (id: string) => useProcedure('landlords.get', { id }), 'a');
    unmounts.push(a.unmount);
    await until(() => a.current.data !== undefined);
    expect(a.current.data?.name).toBe('陈建国');

    a.rerender('b');
    // The new input has no answer yet: nothing of 'a' is shown as if it were 'b'.
    expect(a.current.data).toBeUndefined();
    await until(() => a.current.data !== undefined);
    expect(a.current.data?.name).toBe('林小红');

    expect(callsOf(calls, 'landlords.get').map((c) => c.input)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(client.getQueryData(procedureKey('landlords.get', { id: 'a' }))).toEqual(landlord('a', '陈建国'));
    expect(client.getQueryData(procedureKey('landlords.get', { id: 'b' }))).toEqual(landlord('b', '林小红'));
  });

  it('asks nothing while the input is not ready (null)', async () => {
    const calls = standInHost({ 'landlords.get': (i) => ok(landlord(String(i.id), '陈建国')) });
    const h = renderHook(client, (id: string | null) => useProcedure('landlords.get', id ? { id } : null), null);
    unmounts.push(h.unmount);
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(calls).toEqual([]);
    expect(h.current.fetchStatus).toBe('idle');
    h.rerender('a');
    await until(() => h.current.data !== undefined);
    expect(calls).toHaveLength(1);
  });

  it('does not ask again after a 4xx refusal, and shows its message', async () => {
    const calls = standInHost({ 'landlords.get': () => refusal(404, 'NOT_FOUND', '没有找到该房东') });
    const h = renderHook(client, () => useProcedure('landlords.get', { id: 'x' }), undefined);
    unmounts.push(h.unmount);
    await until(() => h.current.isError);
    expect(h.current.error).toBeInstanceOf(ApiError);
    expect(h.current.error?.message).toBe('没有找到该房东');
    expect((h.current.error as ApiError).status).toBe(404);
    await act(() => new Promise((r) => setTimeout(r, 700)));
    expect(calls).toHaveLength(1);
  });

  it('asks twice more when the host fails or cannot be reached, then shows the error', async () => {
    let n = 0;
    const calls = standInHost({
      'landlords.get': () => (++n < 3 ? refusal(500, 'INTERNAL', '服务台程序出错') : ok(landlord('x', '陈建国'))),
    });
    const h = renderHook(client, () => useProcedure('landlords.get', { id: 'x' }), undefined);
    unmounts.push(h.unmount);
    await until(() => h.current.isSuccess);
    expect(calls).toHaveLength(3);

    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const down = renderHook(client, () => useProcedure('landlords.get', { id: 'y' }), undefined);
    unmounts.push(down.unmount);
    await until(() => down.current.isError);
    expect(down.current.failureCount).toBe(3);
    expect((down.current.error as ApiError).status).toBe(0);
  });
});

describe('useProcedureMutation', () => {
  /** Puts an answer in the cache under each key, as if each page had been opened once. */
  const seed = (...keys: [ProcedureName, Record<string, unknown>][]) =>
    keys.forEach(([name, input]) => client.setQueryData([name, input], { seeded: true }));
  const invalidated = (name: ProcedureName, input: Record<string, unknown>) => client.getQueryState([name, input])?.isInvalidated ?? false;

  it('a tenancy write invalidates occupancy (rack, matching, the day, rooms), not accounts, rules or supervision', async () => {
    standInHost({ 'tenancies.checkOut': () => ok({ id: 't1', status: 'ended' }) });
    seed(
      ['rooms.page', { offset: 0 }],
      ['match.rooms', { adults: 1 }],
      ['tenancies.daily', { days: 7 }],
      ['rooms.detail', { id: 'r1' }],
      ['properties.get', { id: 'p1' }],
      ['clerks.list', {}],
      ['rules.list', {}],
      ['supervision.overview', { months: 6 }],
      ['keys.list', {}],
    );
    const h = renderHook(client, () => useProcedureMutation('tenancies.checkOut'), undefined);
    unmounts.push(h.unmount);
    await act(() => h.current.mutateAsync({ id: 't1' }).then(() => undefined));
    expect(invalidated('rooms.page', { offset: 0 })).toBe(true);
    expect(invalidated('match.rooms', { adults: 1 })).toBe(true);
    expect(invalidated('tenancies.daily', { days: 7 })).toBe(true);
    expect(invalidated('rooms.detail', { id: 'r1' })).toBe(true);
    expect(invalidated('properties.get', { id: 'p1' })).toBe(true);
    expect(invalidated('clerks.list', {})).toBe(false);
    expect(invalidated('rules.list', {})).toBe(false);
    expect(invalidated('supervision.overview', { months: 6 })).toBe(false);
    expect(invalidated('keys.list', {})).toBe(false);
  });

  it('an account write touches the accounts only; a register write touches every list of the register', async () => {
    standInHost({
      'clerks.create': () => ok({ id: 'c1', username: 'clerk1', displayName: '李窗口', role: 'clerk' }),
      'landlords.create': () => ok({ ...landlord('l1', '陈建国'), warnings: [] }),
    });
    seed(['clerks.list', {}], ['landlords.list', { offset: 0 }], ['search.query', { q: '陈' }], ['rooms.summary', {}], ['keys.list', {}]);
    const clerks = renderHook(client, () => useProcedureMutation('clerks.create'), undefined);
    unmounts.push(clerks.unmount);
    await act(() =>
      clerks.current
        .mutateAsync({ username: 'clerk1', displayName: '李窗口', role: 'clerk', password: 'clerk password 1' })
        .then(() => undefined),
    );
    expect(invalidated('clerks.list', {})).toBe(true);
    expect(invalidated('landlords.list', { offset: 0 })).toBe(false);
    expect(invalidated('search.query', { q: '陈' })).toBe(false);

    const landlords = renderHook(client, () => useProcedureMutation('landlords.create'), undefined);
    unmounts.push(landlords.unmount);
    await act(() =>
      landlords.current
        .mutateAsync({ name: '陈建国', idType: 'resident_id', idNumber: '330104199001011234', mobile: '13805761234' })
        .then(() => undefined),
    );
    expect(invalidated('landlords.list', { offset: 0 })).toBe(true);
    expect(invalidated('search.query', { q: '陈' })).toBe(true);
    expect(invalidated('rooms.summary', {})).toBe(true);
    expect(invalidated('keys.list', {})).toBe(false);
  });

  it('reads again at once what is on screen; a refusal invalidates nothing unless the register changed (CONFLICT)', async () => {
    let version = 1;
    const refuse = { current: null as Answer | null };
    const calls = standInHost({
      'tenancies.daily': () => ok({ today: '2025-03-01', version }),
      'tenancies.cancel': () => refuse.current ?? ((version += 1), ok({ id: 't1', status: 'cancelled' })),
    });
    const page = renderHook(client, () => useProcedure('tenancies.daily', { days: 7 }), undefined);
    unmounts.push(page.unmount);
    await until(() => page.current.isSuccess);
    const cancel = renderHook(client, () => useProcedureMutation('tenancies.cancel'), undefined);
    unmounts.push(cancel.unmount);

    await act(() => cancel.current.mutateAsync({ id: 't1' }).then(() => undefined));
    await until(() => callsOf(calls, 'tenancies.daily').length === 2);

    refuse.current = refusal(422, 'RULE_VIOLATION', '该预订已过期');
    await act(() => cancel.current.mutateAsync({ id: 't1' }).catch(() => undefined));
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(callsOf(calls, 'tenancies.daily')).toHaveLength(2);

    refuse.current = refusal(409, 'CONFLICT', '该记录已被他人修改');
    await act(() => cancel.current.mutateAsync({ id: 't1' }).catch(() => undefined));
    await until(() => callsOf(calls, 'tenancies.daily').length === 3);
  });

  it('every domain of the contract has a line in the table', async () => {
    const { PROCEDURE_NAMES } = await import('../../core/api/contract');
    const domains = new Set(PROCEDURE_NAMES.map((n) => n.slice(0, n.indexOf('.'))));
    expect(new Set(Object.keys(INVALIDATES))).toEqual(domains);
  });
});

describe('register.changed from the Electron host', () => {
  it('invalidates what the named entities touch, and the whole register for one it does not know', () => {
    const listeners: ((payload: unknown) => void)[] = [];
    window.api = { invoke: () => Promise.reject(new Error('not in this test')), on: (_e, cb) => (listeners.push(cb), () => undefined) };
    try {
      const stop = followRegisterChanges(client);
      client.setQueryData(['clerks.list', {}], {});
      client.setQueryData(['keys.list', {}], {});
      client.setQueryData(['landlords.list', {}], {});
      listeners.forEach((cb) => cb({ entities: ['clerks'] }));
      expect(client.getQueryState(['clerks.list', {}])?.isInvalidated).toBe(true);
      expect(client.getQueryState(['landlords.list', {}])?.isInvalidated).toBe(false);
      listeners.forEach((cb) => cb({ entities: ['somethingNew'] }));
      expect(client.getQueryState(['landlords.list', {}])?.isInvalidated).toBe(true);
      expect(client.getQueryState(['keys.list', {}])?.isInvalidated).toBe(false);
      stop();
    } finally {
      delete window.api;
    }
  });
});

describe("RemoteSelect's search as you type", () => {
  const input = (q: string) => ({ q: q || undefined, offset: 0, limit: 20 });
  const names = (r: { data?: { landlords: { name: string }[] } }) => r.data?.landlords.map((l) => l.name);

  it('never shows the answer to an earlier text once a newer one is asked, whichever answers first', async () => {
    for (const lateFirst of [false, true]) {
      client.clear();
      const answers = new Map<string, ReturnType<typeof deferred<Answer>>>();
      const calls = standInHost({
        'landlords.list': (i) => {
          const q = String(i.q ?? '');
          if (q === '') return ok({ landlords: [landlord('0', '所有房东')], total: 1 });
          const d = deferred<Answer>();
          answers.set(q, d);
          return d.promise;
        },
      });
      const h = renderHook(client, (text: string) => useProcedureSearch('landlords.list', text, input, { debounceMs: 0 }), '');
      unmounts.push(h.unmount);
      await until(() => h.current.isSuccess);
      h.rerender('陈');
      await until(() => answers.has('陈'));
      h.rerender('陈建');
      await until(() => answers.has('陈建'));
      const from = h.seen.length;

      const stale = () => answers.get('陈')!.resolve(ok({ landlords: [landlord('1', '陈（旧的答复）')], total: 1 }));
      const fresh = () => answers.get('陈建')!.resolve(ok({ landlords: [landlord('2', '陈建国')], total: 1 }));
      if (lateFirst) stale();
      else fresh();
      await act(() => new Promise((r) => setTimeout(r, 20)));
      if (lateFirst) fresh();
      else stale();
      await until(() => names(h.current)?.[0] === '陈建国');
      await act(() => new Promise((r) => setTimeout(r, 20)));

      expect(names(h.current)).toEqual(['陈建国']);
      // Not for one render did the earlier text's answer stand in for the later one.
      expect(h.seen.slice(from).map(names).flat()).not.toContain('陈（旧的答复）');
      expect(callsOf(calls, 'landlords.list').map((c) => c.input.q)).toEqual([undefined, '陈', '陈建']);
      h.unmount();
      unmounts.pop();
    }
  });

  it('asks once the typing pauses, not for every keystroke', async () => {
    const calls = standInHost({ 'landlords.list': (i) => ok({ landlords: [landlord('1', String(i.q ?? ''))], total: 1 }) });
    const h = renderHook(client, (text: string) => useProcedureSearch('landlords.list', text, input, { debounceMs: 60 }), '');
    unmounts.push(h.unmount);
    await until(() => h.current.isSuccess);
    h.rerender('陈');
    h.rerender('陈建');
    h.rerender('陈建国 ');
    await until(() => names(h.current)?.[0] === '陈建国');
    expect(callsOf(calls, 'landlords.list').map((c) => c.input.q)).toEqual([undefined, '陈建国']);
  });
});
