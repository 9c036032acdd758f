import {
  keepPreviousData,
  MutationCache,
  QueryClient,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../core/api/contract';
import { ApiError, invoke, onEvent, type EventPayload } from './client';

/**
 * The renderer's data layer: TanStack Query over `invoke`. A read is a query
 * keyed by `[procedure, input]`, so two inputs never share an answer and an
 * answer always lands under the input it was asked for (a slow early answer
 * cannot replace a later one). A write is a mutation; when it succeeds the
 * queries it can change are invalidated by the table below.
 */

/** 'landlords' of 'landlords.create': the part of a procedure's name before the dot. */
export type Domain = ProcedureName extends infer N ? (N extends `${infer D}.${string}` ? D : never) : never;

export const domainOf = (name: string): string => name.slice(0, name.indexOf('.'));

/**
 * Everything that shows a landlord, a property, a room, or what is derived
 * from them (fire status, occupancy, matches, certificates' addresses): an
 * edit of the register can change any of these lists.
 */
const REGISTER = [
  'landlords',
  'properties',
  'rooms',
  'search',
  'register',
  'match',
  'tenancies',
  'tenants',
  'inspections',
  'hazards',
  'supervision',
  'certificates',
  // The header's sync state (a write waits to upload) and the platform's notes on these records.
  'sync',
] as const satisfies readonly Domain[];

/**
 * THE invalidation rule: after a write in the domain on the left succeeds (or
 * is refused with CONFLICT, which means the register changed under the
 * clerk), the queries of the domains on the right are invalidated. Every
 * domain of the contract has a line, so a new one fails the type check until
 * someone decides what its writes touch.
 *
 * Why a table and not "invalidate everything": invalidation refetches only
 * the queries on screen (`refetchType: 'active'`) and marks the rest stale,
 * and every query on screen is one record or one page of at most a few dozen
 * rows, so even the broad REGISTER line costs a handful of small reads on a
 * 100k-room register. The table keeps the narrow writes narrow (an account,
 * a key, a rule set, a tenancy must not re-run the register's searches and the
 * supervision overview), and says in one place what depends on what.
 */
export const INVALIDATES: Record<Domain, readonly Domain[]> = {
  // The register's own records, and the flows that write several at once.
  landlords: REGISTER,
  properties: REGISTER,
  rooms: REGISTER,
  walkIns: REGISTER,
  imports: REGISTER,
  // A recorded inspection changes the fire status every list of properties and rooms shows.
  inspections: REGISTER,
  // Occupancy: the rack, matching, the day's lists, room status, a tenant's current stay, follow-ups.
  // Each of these also waits to upload: the header's sync state counts it.
  tenancies: ['tenancies', 'tenants', 'match', 'rooms', 'properties', 'search', 'register', 'sync'],
  certificates: ['certificates', 'register', 'sync'],
  // Checklists follow the rule set in force.
  rules: ['rules', 'inspections', 'sync'],
  clerks: ['clerks'],
  keys: ['keys'],
  // A sync run may bring anything from the platform (another desk's rows, a city closure, a desk key, a checklist).
  sync: [...REGISTER, 'keys', 'rules'],
  // A photo is shown only through the inspection that cites it.
  photos: [],
  // Reads, some of them logged (a reveal, a full export): nothing on screen changes.
  exports: [],
  tenants: [],
  search: [],
  register: [],
  match: [],
  hazards: [],
  supervision: [],
  // Login and logout clear the whole cache (App.tsx): one clerk never sees another's answers.
  setup: [],
  session: [],
};

/** Queries of the given domains, on screen or not, are stale; those on screen are read again. */
export function invalidateDomains(client: QueryClient, domains: readonly string[]): Promise<void> {
  const touched = new Set(domains);
  return client.invalidateQueries({
    predicate: (q) => typeof q.queryKey[0] === 'string' && touched.has(domainOf(q.queryKey[0])),
  });
}

/** What a write to `name` can change, by the table. */
export function invalidateAfter(client: QueryClient, name: ProcedureName): Promise<void> {
  return invalidateDomains(client, INVALIDATES[domainOf(name) as Domain]);
}

/**
 * The Electron host's 'register.changed' (another window wrote): the entities
 * it names are read as domains of the table; a name the table does not know,
 * or none, invalidates the whole register.
 */
export function invalidateForChange(client: QueryClient, payload: EventPayload<'register.changed'>): Promise<void> {
  const known = payload.entities.filter((e): e is Domain => Object.prototype.hasOwnProperty.call(INVALIDATES, e));
  const domains = known.length === payload.entities.length && known.length > 0 ? known.flatMap((d) => [d, ...INVALIDATES[d]]) : REGISTER;
  return invalidateDomains(client, domains);
}

/** Subscribes the cache to the host's change events; returns the unsubscribe. */
export function followRegisterChanges(client: QueryClient): () => void {
  return onEvent('register.changed', (payload) => void invalidateForChange(client, payload));
}

/** A refusal, a validation error, a missing record: asking again gives the same answer. */
const isFinal = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

/**
 * The cache for one window. Defaults for a desk on a local backend:
 * - `networkMode: 'always'`: the host is this PC (IPC) or the LAN; the
 *   browser's idea of "online" (a route to the internet) must never hold a
 *   query back, as TanStack's default 'online' mode would.
 * - `staleTime` 0: a screen shows what the cache has at once and reads the
 *   register again as it opens. Reads are local and take milliseconds, while
 *   writes from elsewhere (another clerk on the browser host, another window)
 *   reach this cache only that way: even a 1 s window let a list opened just
 *   after such a write keep showing the old state. Components of one screen
 *   asking the same thing together still share one request.
 * - `refetchOnWindowFocus` off: this desk's writes invalidate what they
 *   change, each screen reads again as it opens, and the Electron host's
 *   'register.changed' invalidates too; a refetch of everything on screen each
 *   time the clerk comes back from the ID-card reader or Excel would only cost
 *   reads and move rows under the cursor.
 * - retries: never for a 4xx ApiError (the register's answer stands); twice,
 *   quickly, for an unreachable host or a 5xx; never for a write.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSettled: (_data, error, _variables, _result, mutation) => {
        const name = mutation.options.mutationKey?.[0];
        if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(INVALIDATES, domainOf(name))) return;
        if (error && !(error instanceof ApiError && error.code === 'CONFLICT')) return;
        // Not awaited: the write is done when the register answers; the lists follow.
        void invalidateAfter(client, name as ProcedureName);
      },
    }),
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 0,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => !isFinal(error) && failures < 2,
        retryDelay: (attempt) => 200 * 2 ** attempt,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return client;
}

/** For paged or filtered lists: the previous page stays shown while the next one loads. */
export { keepPreviousData, useQueryClient };

export type ProcedureKey<N extends ProcedureName> = readonly [N, ProcedureInput<N> | null];

/** The cache key of one answer: the procedure and its input. */
export const procedureKey = <N extends ProcedureName>(name: N, input: ProcedureInput<N> | null): ProcedureKey<N> => [name, input];

/**
 * Puts an answer the register just gave (a save answers with the record)
 * under the key a read of it uses, so the screen shows it at once.
 */
export function setProcedureData<N extends ProcedureName>(
  client: QueryClient,
  name: N,
  input: ProcedureInput<N>,
  data: ProcedureOutput<N>,
): void {
  client.setQueryData<ProcedureOutput<N>>(procedureKey(name, input), data);
}

/**
 * Asks the register now (whatever the cache holds) and keeps the answer in
 * the cache, for flows that await a read outside a component's render (the
 * app's own start: setup.status, session.me).
 */
export function fetchProcedure<N extends ProcedureName>(
  client: QueryClient,
  name: N,
  input: ProcedureInput<N>,
): Promise<ProcedureOutput<N>> {
  return client.fetchQuery({ queryKey: procedureKey(name, input), queryFn: () => invoke(name, input), staleTime: 0 });
}

export type ProcedureQueryOptions<N extends ProcedureName, TData = ProcedureOutput<N>> = Omit<
  UseQueryOptions<ProcedureOutput<N>, Error, TData, ProcedureKey<N>>,
  'queryKey' | 'queryFn'
>;

/**
 * Reads `name` with `input`, typed by the contract. `input` null (or
 * `enabled: false`) waits: the input is not ready yet (no record picked).
 * The error is the ApiError, its message in the clerk's language.
 */
export function useProcedure<N extends ProcedureName, TData = ProcedureOutput<N>>(
  name: N,
  input: ProcedureInput<N> | null,
  options?: ProcedureQueryOptions<N, TData>,
): UseQueryResult<TData, Error> {
  return useQuery({
    ...options,
    queryKey: procedureKey(name, input),
    queryFn: input === null ? skipToken : () => invoke(name, input),
  });
}

export type ProcedureMutationOptions<N extends ProcedureName> = Omit<
  UseMutationOptions<ProcedureOutput<N>, Error, ProcedureInput<N>>,
  'mutationFn' | 'mutationKey'
>;

/**
 * A write to `name`, typed by the contract. When it succeeds (or is refused
 * with CONFLICT) the cache invalidates what INVALIDATES says it touches.
 */
export function useProcedureMutation<N extends ProcedureName>(
  name: N,
  options?: ProcedureMutationOptions<N>,
): UseMutationResult<ProcedureOutput<N>, Error, ProcedureInput<N>> {
  return useMutation({
    ...options,
    mutationKey: [name],
    mutationFn: (input: ProcedureInput<N>) => invoke(name, input),
  });
}

/** `value`, once it has stayed the same for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Search as you type: `text` is what the clerk has typed so far; the register
 * is asked once the typing pauses, keyed by the text asked for, so an answer
 * always belongs to its own text and an old one can never replace a newer one.
 * While a new text is on its way the previous answer stays shown. Not
 * `enabled`: nothing is asked (the picker is closed).
 */
export function useProcedureSearch<N extends ProcedureName>(
  name: N,
  text: string,
  input: (q: string) => ProcedureInput<N>,
  { debounceMs = 200, enabled = true }: { debounceMs?: number; enabled?: boolean } = {},
): UseQueryResult<ProcedureOutput<N>, Error> {
  const asked = useDebounced(text.trim(), debounceMs);
  return useProcedure(name, enabled ? input(asked) : null, { placeholderData: keepPreviousData });
}
