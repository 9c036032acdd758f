import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualRowsProps<T> {
  total: number;
  rowHeight: number;
  height: number;
  pageSize: number;
  /** Changes when the query changes: loaded pages are dropped. */
  queryKey: string;
  fetchPage: (page: number) => Promise<T[]>;
  renderRow: (item: T | undefined, index: number) => ReactNode;
  overscan?: number;
}

/**
 * A list that renders only the rows in view and fetches them a page at a time,
 * so 100,000 rooms cost the same as 30: the scrollbar is the real length, and
 * jumping to the middle loads only that page.
 */
export function VirtualRows<T>({ total, rowHeight, height, pageSize, queryKey, fetchPage, renderRow, overscan = 10 }: VirtualRowsProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [pages, setPages] = useState<Map<number, T[]>>(new Map());
  const inFlight = useRef(new Set<number>());
  const box = useRef<HTMLDivElement>(null);
  const keyRef = useRef(queryKey);

  useEffect(() => {
    keyRef.current = queryKey;
    inFlight.current.clear();
    setPages(new Map());
    setScrollTop(0);
    if (box.current) box.current.scrollTop = 0;
  }, [queryKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    if (total === 0) return;
    for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) {
      if (pages.has(p) || inFlight.current.has(p)) continue;
      inFlight.current.add(p);
      const key = keyRef.current;
      void fetchPage(p).then(
        (rows) => {
          if (key !== keyRef.current) return;
          inFlight.current.delete(p);
          setPages((prev) => new Map(prev).set(p, rows));
        },
        () => inFlight.current.delete(p),
      );
    }
  }, [first, last, pageSize, pages, fetchPage, total]);

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const item = pages.get(Math.floor(i / pageSize))?.[i % pageSize];
    rows.push(
      <div key={i} className="vrow" role="row" aria-rowindex={i + 1} style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      className="vrows"
      role="rowgroup"
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: total * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
