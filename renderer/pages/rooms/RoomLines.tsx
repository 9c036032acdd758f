import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { RoomLine } from '../../../core/schemas/rooms';

/** A first guess at a line's height before it is drawn; drawn lines are measured. */
const estimate = (view: 'tiles' | 'list', line: RoomLine | undefined) => (view === 'tiles' ? 64 : 36 + 34 * (line?.rooms.length ?? 3));

/**
 * The rack's lines, drawing only those in view: the scrollbar is the real
 * length, and jumping to the middle of 100,000 rooms loads only that page.
 * Lines are measured once drawn, since a property's rooms decide its height.
 */
export function RoomLines({
  total,
  view,
  height,
  line,
  onRange,
  render,
}: {
  total: number;
  view: 'tiles' | 'list';
  height: number;
  line: (index: number) => RoomLine | undefined;
  onRange: (first: number, last: number) => void;
  render: (line: RoomLine | undefined, index: number) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => box.current,
    estimateSize: (i) => estimate(view, line(i)),
    overscan: 4,
    // Lines are drawn in the first commit, before the box has been measured.
    initialRect: { width: 1200, height },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => onRange(first, last), [first, last, onRange]);
  // Another view or other filters: start again from the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
    virtualizer.measure();
  }, [view, total, virtualizer]);

  return (
    <div ref={box} className="room-lines" role="rowgroup" style={{ height, overflowY: 'auto', position: 'relative' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="room-line-slot"
            role="row"
            aria-rowindex={item.index + 1}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {render(line(item.index), item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
