// The ETR ledger of the active event: every ETR given to a customer, newest first: when, to whom, by
// whom, the value, the briefing version it came from, and where it stands (still standing, a callback
// due because the ETR moved by more than 2 hours, called back, or superseded by a later promise).
import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useNow } from '../../../app/useNow';
import { useDb } from '../../../data/dbContext';
import { eventOutreach } from '../../../data/outreach/eventOutreach';
import type { EventLedgerLine } from '../../../data/outreach/eventLedger';
import { formatDateTime, formatWhen } from '../../../format/time';
import { useActiveEvent } from '../../events/useActiveEvent';
import { loadEntryNames } from '../../log/names';
import { usePrefilledCall } from '../../log/quickEntry/usePrefilledCall';
import { callbackSummary } from '../callSummary';
import { promiseStatusLabels, WARNING_BADGE_COLOR } from '../outreachLabels';

const PAGE = 200;
const statusColors = { standing: 'teal.9', callback_due: WARNING_BADGE_COLOR, called_back: 'gray.7', superseded: 'gray.7' } as const;

export function EtrLedgerView() {
  const db = useDb();
  const now = useNow(60_000);
  const event = useActiveEvent();
  const [shown, setShown] = useState(PAGE);
  const data = useLiveQuery(() => (event ? eventOutreach(db, event.id, now) : null), [db, event, now]);
  const page = useMemo(() => data?.ledger.slice(0, shown), [data, shown]);
  const names = useLiveQuery(() => loadEntryNames(db, (page ?? []).map((l) => l.entry)), [db, page]);
  const logCall = usePrefilledCall();

  if (event === null) return <Text size="sm" c="dimmed" mt="sm">No active event: the ledger lists the ETRs given during an event.</Text>;
  if (!event || !data || !page) return <Text size="sm" c="dimmed" mt="sm">Loading the ledger…</Text>;
  if (data.ledger.length === 0) return <Text size="sm" c="dimmed" mt="sm">No ETR has been given to a customer in {event.name} yet.</Text>;

  const customerName = (l: EventLedgerLine) => data.customers.get(l.customerId)?.name ?? names?.customerNames.get(l.customerId) ?? 'Unknown customer';
  const callBack = (l: EventLedgerLine) => logCall({
    customer: { id: l.customerId, name: customerName(l) },
    etr: l.newEtr,
    summary: callbackSummary(l),
  });

  return (
    <>
      <Text size="sm" my="xs">
        {data.ledger.length} ETRs given in {event.name}; {data.totals.callbacks} callbacks due (the ETR moved by more than 2 hours since).
      </Text>
      <Table verticalSpacing={6} aria-label="ETR ledger">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Given</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th w={150}>By</Table.Th>
            <Table.Th w={150}>ETR promised</Table.Th>
            <Table.Th w={120}>From</Table.Th>
            <Table.Th w={220}>Status</Table.Th>
            <Table.Th w={110}><VisuallyHidden>Action</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.map((l) => (
            <Table.Tr key={l.entry.id}>
              <Table.Td><Text size="sm">{formatWhen(l.entry.occurredAt, now)}</Text></Table.Td>
              <Table.Td>
                <Text size="sm">{customerName(l)}</Text>
                {l.entry.contactId ? <Text size="xs" c="dimmed">{names?.contactNames.get(l.entry.contactId) ?? ''}</Text> : null}
              </Table.Td>
              <Table.Td><Text size="sm">{l.entry.authorName}</Text></Table.Td>
              <Table.Td><Text size="sm">{formatDateTime(l.etr)}</Text></Table.Td>
              <Table.Td><Text size="sm">{l.quotedVersion === null ? 'Own estimate' : `Briefing v${l.quotedVersion}`}</Text></Table.Td>
              <Table.Td>
                <Badge size="sm" color={statusColors[l.status]}>{promiseStatusLabels[l.status]}</Badge>
                {l.status === 'callback_due' ? <Text size="xs">now {formatDateTime(l.newEtr!)} (v{l.newVersion})</Text> : null}
                {l.supersededBy ? <Text size="xs" c="dimmed">then {formatDateTime(l.supersededBy.etrGiven!.etr)}, {formatWhen(l.supersededBy.occurredAt, now)}</Text> : null}
              </Table.Td>
              <Table.Td>
                {l.status === 'callback_due' ? (
                  <Button size="compact-sm" variant="default" onClick={() => callBack(l)} aria-label={`Call back ${customerName(l)} with the new ETR`}>
                    Call back
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data.ledger.length > shown ? (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, data.ledger.length - shown)} more of {data.ledger.length - shown}
        </Button>
      ) : null}
    </>
  );
}
