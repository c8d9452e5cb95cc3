import { Badge, Button, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../data/dbContext';
import { plannedNotices } from '../../../data/outreach/plannedNotices';
import type { PlannedInterruption } from '../../../data/outreach/plannedNotices';
import { formatDateTime } from '../../../format/time';
import { TierBadge } from '../../customers/TierBadge';
import { usePrefilledCall } from '../../log/quickEntry/usePrefilledCall';
import { progressColors, progressLabels } from '../outreachLabels';

const HEADING_ID = 'planned-notices-heading';

const noticeSummary = (p: PlannedInterruption) =>
  `Notice of planned interruption: ${p.event.name}${p.event.startedAt ? ` starting ${formatDateTime(p.event.startedAt)}` : ''}.`;

/** Customers in the areas of each planned outage not yet started, and whether each was told. */
export function PlannedNotices({ now }: { now: number }) {
  const db = useDb();
  const planned = useLiveQuery(() => plannedNotices(db, now), [db, now]);
  const logCall = usePrefilledCall();
  return (
    <section aria-labelledby={HEADING_ID}>
      <Title order={2} fz="md" id={HEADING_ID} mt="lg" mb={4}>Planned-interruption notices</Title>
      {!planned ? <Text size="sm" c="dimmed">Loading planned interruptions…</Text> : planned.length === 0 ? <Text size="sm" c="dimmed">No planned interruption is scheduled.</Text> : null}
      {planned?.map((p) => {
        const headingId = `planned-${p.event.id}`;
        return (
          <section key={p.event.id} aria-labelledby={headingId}>
            <Title order={3} fz="sm" id={headingId} mt="sm">
              {p.event.name}{p.event.startedAt ? `, starts ${formatDateTime(p.event.startedAt)}` : ''}: {p.notified} of {p.rows.length} notified
            </Title>
            <Table verticalSpacing={4} aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th w={140}>Notice</Table.Th>
                  <Table.Th w={130}><VisuallyHidden>Action</VisuallyHidden></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.rows.map((row) => (
                  <Table.Tr key={row.customer.id}>
                    <Table.Td><Text size="sm" span mr={6}>{row.customer.name}</Text><TierBadge tier={row.customer.tier} compact /></Table.Td>
                    <Table.Td><Badge size="sm" color={progressColors[row.progress]}>{progressLabels[row.progress]}</Badge></Table.Td>
                    <Table.Td>
                      {row.progress === 'reached' ? null : (
                        <Button size="compact-sm" variant="default" aria-label={`Log the notice to ${row.customer.name}`}
                          onClick={() => logCall({ customer: { id: row.customer.id, name: row.customer.name }, event: { id: p.event.id, name: p.event.name }, summary: noticeSummary(p) })}>
                          Log notice
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}
    </section>
  );
}
