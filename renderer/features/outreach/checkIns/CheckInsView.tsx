// Between events: customers due for their regular check-in (weekly unless their own cadence says
// otherwise, counted in calendar days of this device's time zone), and the notices owed before
// planned interruptions. Each row's action prefills the quick-entry bar.
import { Button, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNow } from '../../../app/useNow';
import { useDb } from '../../../data/dbContext';
import { localProfile } from '../../../data/meta/queries';
import { dueCheckIns } from '../../../data/outreach/checkIns';
import type { CheckInRow } from '../../../data/outreach/checkIns';
import { formatDateTime } from '../../../format/time';
import { useAppStore } from '../../../store/appStore';
import { selectCheckInsMineOnly, selectSetCheckInsMineOnly } from '../../../store/outreachSelectors';
import { TierBadge } from '../../customers/TierBadge';
import { usePrefilledCall } from '../../log/quickEntry/usePrefilledCall';
import { PlannedNotices } from './PlannedNotices';

const PAGE = 200;
const HEADING_ID = 'check-ins-heading';

function dueText(row: CheckInRow): string {
  if (row.dueOn === null) return 'Never contacted';
  if (row.daysOverdue === 0) return `Due today (${row.dueOn})`;
  return `${row.daysOverdue} ${row.daysOverdue === 1 ? 'day' : 'days'} overdue (due ${row.dueOn})`;
}

export function CheckInsView() {
  const db = useDb();
  const now = useNow(60_000);
  const [shown, setShown] = useState(PAGE);
  const mineOnly = useAppStore(selectCheckInsMineOnly);
  const setMineOnly = useAppStore(selectSetCheckInsMineOnly);
  const profile = useLiveQuery(() => localProfile(db), [db]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const assignedLiaisonId = mineOnly ? profile?.id : undefined;
  const rows = useLiveQuery(() => dueCheckIns(db, { now, timeZone, assignedLiaisonId }), [db, now, timeZone, assignedLiaisonId]);
  const logCall = usePrefilledCall();

  return (
    <>
      <section aria-labelledby={HEADING_ID}>
        <Title order={2} fz="md" id={HEADING_ID} mt="sm" mb={4}>Check-ins due {rows ? `(${rows.length})` : ''}</Title>
        <Switch size="sm" my="xs" label="Only customers assigned to me" checked={mineOnly} onChange={(e) => setMineOnly(e.currentTarget.checked)} />
        {!rows ? <Text size="sm" c="dimmed">Loading check-ins…</Text> : rows.length === 0 ? <Text size="sm" c="dimmed">No check-in is due today.</Text> : (
          <Table verticalSpacing={6} aria-labelledby={HEADING_ID}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Customer</Table.Th>
                <Table.Th w={120}>Cadence</Table.Th>
                <Table.Th w={190}>Last contact</Table.Th>
                <Table.Th w={260}>Due</Table.Th>
                <Table.Th w={130}><VisuallyHidden>Action</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, shown).map((row) => (
                <Table.Tr key={row.customer.id}>
                  <Table.Td><Text size="sm" span mr={6}>{row.customer.name}</Text><TierBadge tier={row.customer.tier} compact /></Table.Td>
                  <Table.Td><Text size="sm">every {row.customer.checkInCadenceDays} d</Text></Table.Td>
                  <Table.Td><Text size="sm">{row.lastContactAt ? formatDateTime(row.lastContactAt) : '—'}</Text></Table.Td>
                  <Table.Td><Text size="sm">{dueText(row)}</Text></Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" aria-label={`Log a check-in with ${row.customer.name}`}
                      onClick={() => logCall({ customer: { id: row.customer.id, name: row.customer.name }, summary: 'Regular check-in.' })}>
                      Log check-in
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {rows && rows.length > shown ? (
          <Button variant="subtle" size="xs" mt="xs" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}</Button>
        ) : null}
      </section>
      <PlannedNotices now={now} />
    </>
  );
}
