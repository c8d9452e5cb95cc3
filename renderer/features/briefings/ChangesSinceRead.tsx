import { Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ListChange } from '../../../shared/domain/briefingDiff';
import classes from './BriefingReader.module.css';
import { ChangedAreasTable } from './ChangedAreasTable';
import type { ChangesView } from './model/changesView';

function ListChanges({ title, change }: { title: string; change: ListChange }) {
  if (change.added.length === 0 && change.removed.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={4} size="sm">
        {title}
      </Title>
      <List size="sm" spacing={2} listStyleType="none" pl={0}>
        {change.added.map((t) => (
          <List.Item key={`+${t}`}>
            <span className={classes.added}>Added:</span> {t}
          </List.Item>
        ))}
        {change.removed.map((t) => (
          <List.Item key={`-${t}`}>
            <span className={classes.removed}>Removed:</span> <span className={classes.old}>{t}</span>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The differences between the version last read and the current one, for re-briefing yourself fast. */
export function ChangesSinceRead({ view }: { view: ChangesView }) {
  const { fromVersion: from, toVersion: to } = view;
  if (!view.hasChanges) {
    return <Text size="sm">Nothing changed in the content since version {from}, the one you last read.</Text>;
  }
  return (
    <Stack gap="sm">
      {view.totals.length > 0 && (
        <Table verticalSpacing={2} horizontalSpacing="sm" w="auto" className={classes.compactTable} aria-label="Totals changed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Total</Table.Th>
              <Table.Th className={classes.number}>Version {from}</Table.Th>
              <Table.Th className={classes.number}>Version {to}</Table.Th>
              <Table.Th className={classes.number}>Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.totals.map((t) => (
              <Table.Tr key={t.label}>
                <Table.Td>{t.label}</Table.Td>
                <Table.Td className={classes.number}>{t.from}</Table.Td>
                <Table.Td className={classes.number} fw={700}>{t.to}</Table.Td>
                <Table.Td className={classes.number}>{t.delta}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {view.areas.length > 0 && <ChangedAreasTable areas={view.areas} fromVersion={from} toVersion={to} />}
      <ListChanges title="Safety messages" change={view.safetyMessages} />
      <ListChanges title="Talking points" change={view.talkingPoints} />
      {view.texts.map((t) => (
        <Group key={t.label} gap={6} align="baseline" wrap="nowrap">
          <Text size="sm" fw={600} miw={96}>
            {t.label}
          </Text>
          <Text size="sm">
            <span className={classes.old}>{t.from || 'none'}</span> → <strong>{t.to || 'none'}</strong>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
