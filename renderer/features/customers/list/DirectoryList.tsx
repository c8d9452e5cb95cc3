// The directory as a virtualized listbox: only the rows in view (plus a few) are in the DOM whatever
// the result size. Keyboard: arrows, Page Up/Down, Home/End move the highlighted row (announced via
// aria-activedescendant), Enter opens it, typing a letter continues in the search box.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useNow } from '../../../app/useNow';
import { pageWindow } from './directoryModel';
import type { PageWindow } from './directoryModel';
import classes from './DirectoryList.module.css';
import { DirectoryRow } from './DirectoryRow';
import type { DirectoryRows } from './useDirectoryRows';

export const ROW_HEIGHT = 54;
/** Rows per `customersPage` read while browsing. */
export const PAGE_SIZE = 100;
const OVERSCAN = 6;

interface DirectoryListProps {
  rows: DirectoryRows;
  cursor: number;
  selectedId: string | null;
  scrollRef: Ref<HTMLDivElement>;
  scrollElement: HTMLDivElement | null;
  onCursorChange: (index: number) => void;
  onOpen: (index: number, how: 'keyboard' | 'pointer') => void;
  onWindowChange: (window: PageWindow) => void;
  onTypeAhead: () => void;
}

export const LISTBOX_ID = 'directory-listbox';
export const optionId = (index: number) => `customer-option-${index}`;

export function DirectoryList(props: DirectoryListProps) {
  const { rows, cursor, selectedId, scrollRef, scrollElement, onCursorChange, onOpen, onWindowChange, onTypeAhead } = props;
  const count = rows.total ?? 0;
  const now = useNow(60_000);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => onWindowChange(pageWindow(first, last, PAGE_SIZE)), [first, last, onWindowChange]);
  // The placeholder row after the search hits read so far came into view: read more.
  const { loadMore } = rows;
  useEffect(() => {
    if (loadMore && last >= count - 1) loadMore();
  }, [loadMore, last, count]);
  // Follow the cursor (and jump to the top of a new result), but not on every live update of the count.
  const cursorTarget = cursor < count ? cursor : -1;
  useEffect(() => {
    if (cursorTarget >= 0) virtualizer.scrollToIndex(cursorTarget, { align: 'auto' });
  }, [cursorTarget, rows.queryKey, virtualizer]);
  useEffect(() => {
    if (rows.total !== undefined && !rows.stale && cursor > 0 && cursor >= rows.total) onCursorChange(Math.max(0, rows.total - 1));
  }, [rows.total, rows.stale, cursor, onCursorChange]);

  const pageRows = Math.max(1, Math.floor((scrollElement?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const moves: Record<string, number> = {
      ArrowDown: cursor + 1, ArrowUp: cursor - 1, PageDown: cursor + pageRows, PageUp: cursor - pageRows, Home: 0, End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      if (count > 0) onCursorChange(Math.min(count - 1, Math.max(0, moves[e.key]!)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (count > 0) onOpen(cursor, 'keyboard');
    } else if (e.key.length === 1 && e.key !== ' ') {
      onTypeAhead();
    }
  };

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      id={LISTBOX_ID}
      role="listbox"
      aria-label="Customers"
      aria-busy={rows.stale || undefined}
      tabIndex={0}
      aria-activedescendant={count > 0 ? optionId(Math.min(cursor, count - 1)) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className={classes.sizer} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows.rowAt(item.index);
          return (
            <DirectoryRow
              key={row ? row.customer.id : `loading-${item.index}`}
              id={optionId(item.index)}
              index={item.index}
              setSize={count}
              row={row}
              active={item.index === cursor}
              open={row !== undefined && row.customer.id === selectedId}
              now={now}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={(index) => {
                onCursorChange(index);
                onOpen(index, 'pointer');
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
