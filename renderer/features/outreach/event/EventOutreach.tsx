// The active event's outreach: the current briefing it is based on, totals, and the ranked list with
// one action, "Log call" (button or Enter in the list), which prefills the quick-entry bar with the
// customer, the ETR to give and the briefing version it comes from.
import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { IconPhoneOutgoing } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useNow } from '../../../app/useNow';
import { useDb } from '../../../data/dbContext';
import { eventOutreach } from '../../../data/outreach/eventOutreach';
import type { EventRow } from '../../../data/rows';
import { formatWhen } from '../../../format/time';
import { useAppStore } from '../../../store/appStore';
import { selectOutreachCursorId, selectSetOutreachCursorId } from '../../../store/outreachSelectors';
import { useFillViewport } from '../../customers/useFillViewport';
import { usePrefilledCall } from '../../log/quickEntry/usePrefilledCall';
import { callEtr, callSummary } from '../callSummary';
import { OutreachList } from './OutreachList';
import { OutreachTotalsBar } from './OutreachTotalsBar';

const BOTTOM_GAP = 16;

export function EventOutreach({ event }: { event: EventRow }) {
  const db = useDb();
  const now = useNow(60_000);
  const data = useLiveQuery(() => eventOutreach(db, event.id, now), [db, event.id, now]);
  const cursorId = useAppStore(selectOutreachCursorId);
  const setCursorId = useAppStore(selectSetOutreachCursorId);
  const logCall = usePrefilledCall();
  const [fillRef, height] = useFillViewport<HTMLDivElement>(BOTTOM_GAP);

  const rows = data?.rows;
  const found = rows && cursorId !== null ? rows.findIndex((r) => r.customer.id === cursorId) : -1;
  const cursor = Math.max(0, found);
  const current = rows?.[cursor];
  const onCursorChange = useCallback((index: number) => setCursorId(rows?.[index]?.customer.id ?? null), [rows, setCursorId]);
  const call = useCallback((index: number) => {
    const row = rows?.[index];
    if (!row) return;
    setCursorId(row.customer.id);
    logCall({ customer: { id: row.customer.id, name: row.customer.name }, etr: callEtr(row), summary: callSummary(row, data?.briefing?.version ?? null) });
  }, [rows, data?.briefing?.version, logCall, setCursorId]);

  if (!data) return <Text size="sm" c="dimmed">Loading outreach…</Text>;
  const { briefing, totals } = data;
  return (
    <Stack gap="xs" mt="xs">
      <Text size="sm">
        {event.name}
        {briefing ? ` · areas and ETRs per briefing v${briefing.version}${briefing.issuedAt ? `, issued ${formatWhen(briefing.issuedAt, now)}` : ''}` : ' · no briefing published yet: only emergency reports are listed'}
      </Text>
      <OutreachTotalsBar totals={totals} />
      <Group gap="xs">
        <Button
          size="xs"
          leftSection={<IconPhoneOutgoing size={15} aria-hidden />}
          disabled={!current}
          aria-keyshortcuts="Enter"
          onClick={() => call(cursor)}
        >
          {current ? `Log call to ${current.customer.name}` : 'Log call'}
        </Button>
        <Text size="xs" c="dimmed">
          In the list: <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> choose, <Kbd size="xs">Enter</Kbd> log a call
        </Text>
      </Group>
      {rows && rows.length > 0 ? (
        <div ref={fillRef}>
          <OutreachList rows={rows} cursor={cursor} now={now} height={height} onCursorChange={onCursorChange} onCall={call} />
        </div>
      ) : (
        <Text size="sm" c="dimmed">No customer is in an area this briefing lists as out.</Text>
      )}
    </Stack>
  );
}
