import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ProcedureOutput } from '../../../core/api/contract';
import type { RoomFilters, RoomLine } from '../../../core/schemas/rooms';
import { invoke } from '../../api/client';
import { procedureKey, useProcedure } from '../../api/queries';

/** Lines (properties) fetched at a time: a screenful and some. */
export const LINES_PER_PAGE = 60;

type Page = ProcedureOutput<'rooms.page'>;

/**
 * The rack's lines for these filters, a page at a time, as the list scrolls:
 * the first page is always held (it tells how many lines there are), and the
 * pages under the visible range are asked for. Each page is a query keyed by
 * filters and offset, so an answer for filters the clerk has since changed
 * never shows, and a write that changes rooms refreshes the pages on screen.
 */
export function useRoomLines(filters: RoomFilters, visible: { first: number; last: number }) {
  const input = (page: number) => ({ filters, offset: page * LINES_PER_PAGE, limit: LINES_PER_PAGE });
  // The first page is asked for during the first render, not after the page has committed and
  // its effects run: on a cold start that is the difference the clerk sees first.
  const client = useQueryClient();
  useState(
    () => void client.prefetchQuery({ queryKey: procedureKey('rooms.page', input(0)), queryFn: () => invoke('rooms.page', input(0)) }),
  );
  const first = useProcedure('rooms.page', input(0));
  const total = first.data?.total ?? null;
  const pages = useMemo(() => {
    if (total === null || total === 0) return [];
    const last = Math.min(visible.last, total - 1);
    const out: number[] = [];
    for (let p = Math.max(1, Math.floor(visible.first / LINES_PER_PAGE)); p <= Math.floor(last / LINES_PER_PAGE); p++) out.push(p);
    return out;
  }, [total, visible.first, visible.last]);
  const rest = useQueries({
    queries: pages.map((p) => ({ queryKey: procedureKey('rooms.page', input(p)), queryFn: () => invoke('rooms.page', input(p)) })),
  });
  const byPage = new Map<number, Page>();
  if (first.data) byPage.set(0, first.data);
  rest.forEach((r, i) => r.data && byPage.set(pages[i]!, r.data));
  const line = (index: number): RoomLine | undefined => byPage.get(Math.floor(index / LINES_PER_PAGE))?.lines[index % LINES_PER_PAGE];
  return { total, line, error: first.error ?? rest.find((r) => r.error)?.error ?? null };
}
