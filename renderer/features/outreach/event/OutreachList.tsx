// The event's outreach list as a virtualized listbox (like the customer directory): thousands of
// customers, only the rows in view in the DOM. Arrows, Page Up/Down, Home/End move the highlighted
// customer (announced via aria-activedescendant); Enter logs a call to it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { OutreachRow as Row } from '../../../data/outreach/eventOutreach';
import classes from './OutreachList.module.css';
import { OutreachRow } from './OutreachRow';

export const OUTREACH_ROW_HEIGHT = 56;
const OVERSCAN = 6;
export const OUTREACH_LISTBOX_ID = 'outreach-listbox';
const optionId = (index: number) => `outreach-option-${index}`;

interface OutreachListProps {
  rows: readonly Row[];
  cursor: number;
  now: number;
  height: number | undefined;
  onCursorChange: (index: number) => void;
  onCall: (index: number) => void;
}

export function OutreachList({ rows, cursor, now, height, onCursorChange, onCall }: OutreachListProps) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const count = rows.length;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller, estimateSize: () => OUTREACH_ROW_HEIGHT, overscan: OVERSCAN });
  const cursorTarget = cursor < count ? cursor : -1;
  useEffect(() => {
    if (cursorTarget >= 0) virtualizer.scrollToIndex(cursorTarget, { align: 'auto' });
  }, [cursorTarget, virtualizer]);

  const pageRows = Math.max(1, Math.floor((scroller?.clientHeight ?? OUTREACH_ROW_HEIGHT * 8) / OUTREACH_ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || count === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: cursor + 1, ArrowUp: cursor - 1, PageDown: cursor + pageRows, PageUp: cursor - pageRows, Home: 0, End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      onCursorChange(Math.min(count - 1, Math.max(0, moves[e.key]!)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onCall(cursor);
    }
  };

  return (
    <div
      ref={setScroller}
      className={classes.scroller}
      style={{ height }}
      id={OUTREACH_LISTBOX_ID}
      role="listbox"
      aria-label="Customers to contact"
      aria-keyshortcuts="Enter"
      tabIndex={0}
      aria-activedescendant={count > 0 ? optionId(Math.min(cursor, count - 1)) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className={classes.sizer} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <OutreachRow
            key={rows[item.index]!.customer.id}
            id={optionId(item.index)}
            index={item.index}
            setSize={count}
            row={rows[item.index]!}
            active={item.index === cursor}
            now={now}
            style={{ height: OUTREACH_ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            onClick={onCursorChange}
          />
        ))}
      </div>
    </div>
  );
}
