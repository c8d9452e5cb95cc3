// Callbacks owed because a newer briefing moved a promised ETR by more than 2 hours (derived from the
// log and the briefings: see shared/outreach/etrLedger.ts). "Call back" prefills the quick-entry bar
// with the new ETR; logging it closes the callback.
import { Button, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../data/dbContext';
import { openCallbacks } from '../../../data/outreach/openCallbacks';
import { formatDateTime, formatWhen } from '../../../format/time';
import { callbackSummary } from '../../outreach/callSummary';
import { usePrefilledCall } from '../quickEntry/usePrefilledCall';
import tone from '../tone.module.css';
import classes from './FollowUpsList.module.css';

const HEADING_ID = 'follow-ups-callbacks';

export function CallbacksSection({ now }: { now: number }) {
  const db = useDb();
  const callbacks = useLiveQuery(() => openCallbacks(db, now), [db, now]);
  const logCall = usePrefilledCall();
  if (!callbacks || callbacks.length === 0) return null;
  return (
    <section aria-labelledby={HEADING_ID} className={classes.section}>
      <Title order={2} fz="sm" id={HEADING_ID} className={tone.warnText} mb={4}>ETR callbacks ({callbacks.length})</Title>
      <Table className={classes.table} verticalSpacing={6} aria-labelledby={HEADING_ID}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={240}>Customer</Table.Th>
            <Table.Th>Promised → now</Table.Th>
            <Table.Th w={150}>Event</Table.Th>
            <Table.Th w={110}><VisuallyHidden>Action</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {callbacks.map(({ event, customer, line }) => (
            <Table.Tr key={`${event.id}-${customer.id}`}>
              <Table.Td><Text size="sm">{customer.name}</Text></Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(line.etr)} → <strong>{formatDateTime(line.newEtr!)}</strong> (briefing v{line.newVersion})</Text>
                <Text size="xs" c="dimmed">promised {formatWhen(line.entry.occurredAt, now)} by {line.entry.authorName}{line.quotedVersion ? ` from v${line.quotedVersion}` : ''}</Text>
              </Table.Td>
              <Table.Td><Text size="sm">{event.name}</Text></Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="default" aria-label={`Call back ${customer.name} with the new ETR`}
                  onClick={() => logCall({ customer: { id: customer.id, name: customer.name }, etr: line.newEtr, summary: callbackSummary(line) })}>
                  Call back
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
