// The log timeline: grouped by event and operational period, life-safety reports first in each
// period, corrections next to what they correct. Windowed over the page scroll so a busy event's
// thousands of entries stay smooth.
import { Button, Paper, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNow } from '../../../app/useNow';
import { useDb } from '../../../data/dbContext';
import type { LogEntryRow } from '../../../data/rows';
import { useAppStore } from '../../../store/appStore';
import { selectLogFilters, selectResetLogFilters } from '../../../store/logSelectors';
import { emptyLogFilters } from '../../../store/logSlice';
import { CorrectEntryModal } from './CorrectEntryModal';
import { buildTimelineRows, loadTimeline } from './timelineModel';
import type { EntryView } from './timelineModel';
import { entryDomId, TimelineEntry } from './TimelineEntry';
import { TimelineFilters } from './TimelineFilters';
import { TimelineHeader } from './TimelineHeader';

const estimate = { entry: 86, event: 50, period: 34 } as const;

export function LogTimeline() {
  const db = useDb();
  const filters = useAppStore(selectLogFilters);
  const resetFilters = useAppStore(selectResetLogFilters);
  const now = useNow(60_000);
  const { scope, customer, categories, significantOnly, author, text } = filters;
  const data = useLiveQuery(
    () => loadTimeline(db, { ...emptyLogFilters, scope, customer, categories, significantOnly }, now),
    [db, scope, customer, categories, significantOnly, now],
  );
  const view = useMemo(() => (data ? buildTimelineRows(data, { author, text }) : undefined), [data, author, text]);
  const rows = useMemo(() => view?.rows ?? [], [view]);
  const [correcting, setCorrecting] = useState<EntryView | null>(null);
  const [pendingJump, setPendingJump] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list starts below the quick-entry bar and the filters, whose height changes as the user types
  // (errors, follow-up fields): re-measure whenever the page's layout changes size.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((old) => (Math.abs(top - old) > 1 ? top : old));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => estimate[rows[i]!.kind],
    getItemKey: (i) => rows[i]!.key,
    overscan: 8,
    scrollMargin,
  });

  const jump = useCallback((entryId: string) => {
    const index = rows.findIndex((r) => r.key === `entry:${entryId}`);
    if (index < 0) {
      setNotice('That entry is hidden by the current filters. Clear the filters to see it.');
      return false;
    }
    setNotice('');
    virtualizer.scrollToIndex(index, { align: 'center' });
    const focus = (tries: number) => {
      const el = document.getElementById(entryDomId(entryId));
      if (el) el.focus({ preventScroll: true });
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(10));
    return true;
  }, [rows, virtualizer]);

  // After a correction is saved, go to it once the timeline has it.
  useEffect(() => {
    if (pendingJump && rows.some((r) => r.key === `entry:${pendingJump}`)) {
      jump(pendingJump);
      setPendingJump(null);
    }
  }, [rows, pendingJump, jump]);

  const filtered = JSON.stringify(filters) !== JSON.stringify(emptyLogFilters);
  return (
    <section aria-label="Log timeline">
      <TimelineFilters authors={view?.authors ?? []} shown={view?.items} />
      <div role="status" aria-live="polite">
        {notice ? <Text size="xs" mb={6}>{notice}</Text> : null}
      </div>
      {view && rows.length === 0 ? (
        <Paper withBorder p="lg" ta="center">
          <Text fw={600}>{filtered ? 'No entries match the filters' : 'No log entries yet'}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {filtered ? 'Loosen or clear the filters to see more of the log.' : 'Entries you log with the bar above appear here, grouped by event and operational period.'}
          </Text>
          {filtered ? <Button mt="sm" size="xs" variant="default" onClick={resetFilters}>Clear filters</Button> : null}
        </Paper>
      ) : null}
      <div ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {row.kind === 'entry' ? (
                <TimelineEntry view={row.view} now={now} onCorrect={setCorrecting} onJump={jump} />
              ) : (
                <TimelineHeader row={row} />
              )}
            </div>
          );
        })}
      </div>
      <CorrectEntryModal
        view={correcting}
        onClose={() => setCorrecting(null)}
        onCorrected={(entry: LogEntryRow) => setPendingJump(entry.id)}
      />
    </section>
  );
}
