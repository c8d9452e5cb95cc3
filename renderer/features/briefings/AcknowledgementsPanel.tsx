import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { eventAcknowledgements } from '../../data/briefingAcks/queries';
import { useDb } from '../../data/dbContext';
import type { BriefingRow } from '../../data/rows';
import { formatWhen } from '../../format/time';
import classes from './BriefingReader.module.css';
import { ackRoster } from './model/ackRoster';

interface AcknowledgementsPanelProps {
  current: BriefingRow;
  now: number;
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/** For briefing authors: who has acknowledged the current version and when, and who has not yet. */
export function AcknowledgementsPanel({ current, now }: AcknowledgementsPanelProps) {
  const db = useDb();
  const acks = useLiveQuery(() => eventAcknowledgements(db, current.eventId), [db, current.eventId]);
  if (!acks) return null;
  const { acknowledged, notYet } = ackRoster(acks, current);
  const v = current.version;
  return (
    <Stack gap="sm" className={classes.section} component="section" aria-labelledby="briefing-acks-title">
      <Title order={3} id="briefing-acks-title">
        Acknowledgements of version {v}
      </Title>
      <Text size="sm" fw={600} aria-live="polite">
        {people(acknowledged.length)} acknowledged version {v}.
        {notYet.length > 0 && ` Not yet: ${people(notYet.length)} who acknowledged an earlier version.`}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {acknowledged.length > 0 && (
          <Table verticalSpacing={2} horizontalSpacing="sm" className={classes.compactTable} aria-label={`Acknowledged version ${v}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Acknowledged</Table.Th>
                <Table.Th>At</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {acknowledged.map((p) => (
                <Table.Tr key={p.userId}>
                  <Table.Td>{p.userName}</Table.Td>
                  <Table.Td>{formatWhen(p.at, now)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {notYet.length > 0 && (
          <Table verticalSpacing={2} horizontalSpacing="sm" className={classes.compactTable} aria-label={`Not yet acknowledged version ${v}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Not yet</Table.Th>
                <Table.Th>Has</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notYet.map((p) => (
                <Table.Tr key={p.userId}>
                  <Table.Td>{p.userName}</Table.Td>
                  <Table.Td>
                    Version {p.lastVersion}, acknowledged {formatWhen(p.at, now)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Acknowledgements arrive with sync. People who have never acknowledged a version of this briefing are not listed.
      </Text>
    </Stack>
  );
}
