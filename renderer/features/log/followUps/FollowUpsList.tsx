// Open follow-ups with owner and due time, overdue first and highlighted, then due within the hour,
// then the rest; closed ones fold away. Closing one logs what was done.
import { Button, Collapse, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useNow } from '../../../app/useNow';
import type { FollowUpState } from '../../../data/log/logItems';
import { useDb } from '../../../data/dbContext';
import { formatDuration, formatWhen } from '../../../format/time';
import { useAppStore } from '../../../store/appStore';
import { selectFollowUpsShowClosed, selectSetFollowUpsShowClosed } from '../../../store/logSelectors';
import { categoryLabels } from '../logLabels';
import tone from '../tone.module.css';
import { CallbacksSection } from './CallbacksSection';
import { CloseFollowUpModal } from './CloseFollowUpModal';
import { followUpSections, loadFollowUps } from './followUpsModel';
import type { FollowUpRow } from './followUpsModel';
import classes from './FollowUpsList.module.css';

const sectionTitles: Record<Exclude<FollowUpState, 'closed'>, string> = { overdue: 'Overdue', due: 'Due within the hour', open: 'Open' };

const who = (row: FollowUpRow) => [row.customerName, row.contactName].filter(Boolean).join(' · ') || 'No customer';

function dueText(row: FollowUpRow, now: number): string {
  const dueMs = Date.parse(row.item.current.followUp!.dueAt);
  return dueMs < now ? `overdue by ${formatDuration(now - dueMs)}` : `in ${formatDuration(dueMs - now)}`;
}

function OpenTable({ state, rows, now, onClose }: { state: Exclude<FollowUpState, 'closed'>; rows: FollowUpRow[]; now: number; onClose: (row: FollowUpRow) => void }) {
  const headingId = `follow-ups-${state}`;
  const stateClass = state === 'overdue' ? tone.dangerText : state === 'due' ? tone.warnText : undefined;
  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Title order={2} fz="sm" id={headingId} className={stateClass} mb={4}>
        {sectionTitles[state]} ({rows.length})
      </Title>
      <Table className={classes.table} verticalSpacing={6} aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Due</Table.Th>
            <Table.Th w={150}>Owner</Table.Th>
            <Table.Th w={240}>Customer</Table.Th>
            <Table.Th>Follow-up of</Table.Th>
            <Table.Th w={90}><VisuallyHidden>Action</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { current } = row.item;
            return (
              <Table.Tr key={row.item.entry.id} className={classes[state]}>
                <Table.Td>
                  <Text size="sm" fw={600}>{formatWhen(current.followUp!.dueAt, now)}</Text>
                  <Text size="xs" className={stateClass} c={stateClass ? undefined : 'dimmed'}>{dueText(row, now)}</Text>
                </Table.Td>
                <Table.Td><Text size="sm">{current.followUp!.owner}</Text></Table.Td>
                <Table.Td><Text size="sm" lineClamp={2}>{who(row)}</Text></Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>{current.summary}</Text>
                  <Text size="xs" c="dimmed">{categoryLabels[current.category]} · logged {formatWhen(current.occurredAt, now)} by {current.authorName}</Text>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" onClick={() => onClose(row)} aria-label={`Close the follow-up: ${who(row)}, due ${formatWhen(current.followUp!.dueAt, now)}`}>
                    Close…
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

export function FollowUpsList() {
  const db = useDb();
  const now = useNow(30_000);
  const showClosed = useAppStore(selectFollowUpsShowClosed);
  const setShowClosed = useAppStore(selectSetFollowUpsShowClosed);
  const [closing, setClosing] = useState<FollowUpRow | null>(null);
  const data = useLiveQuery(() => loadFollowUps(db, now), [db, now]);
  const sections = useMemo(() => (data ? followUpSections(data) : null), [data]);

  if (!sections) return <Text size="sm" c="dimmed">Loading follow-ups…</Text>;
  const openCount = sections.overdue.length + sections.due.length + sections.open.length;
  return (
    <div className={classes.list}>
      <Text size="sm" mb="sm" aria-live="polite">
        {openCount === 0 ? 'No open follow-ups.' : `${openCount} open: `}
        {openCount > 0 ? (
          <>
            <span className={sections.overdue.length > 0 ? tone.dangerText : undefined}><strong>{sections.overdue.length}</strong> overdue</span>
            {', '}<span className={sections.due.length > 0 ? tone.warnText : undefined}><strong>{sections.due.length}</strong> due within the hour</span>
            {', '}<strong>{sections.open.length}</strong> later
          </>
        ) : null}
      </Text>
      <CallbacksSection now={now} />
      {(['overdue', 'due', 'open'] as const).map((state) =>
        sections[state].length > 0 ? <OpenTable key={state} state={state} rows={sections[state]} now={now} onClose={setClosing} /> : null,
      )}
      <Paper withBorder p="xs" mt="md">
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={showClosed}
          aria-controls="follow-ups-closed"
          leftSection={showClosed ? <IconChevronDown size={15} aria-hidden /> : <IconChevronRight size={15} aria-hidden />}
          onClick={() => setShowClosed(!showClosed)}
        >
          Closed follow-ups ({sections.closed.length})
        </Button>
        <Collapse expanded={showClosed} id="follow-ups-closed">
          <Table verticalSpacing={4} mt="xs" aria-label="Closed follow-ups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>Closed</Table.Th>
                <Table.Th w={150}>Owner</Table.Th>
                <Table.Th w={240}>Customer</Table.Th>
                <Table.Th>Follow-up of → what was done</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sections.closed.map((row) => (
                <Table.Tr key={row.item.entry.id}>
                  <Table.Td><Text size="sm">{formatWhen(row.item.closedBy!.occurredAt, now)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{row.item.current.followUp!.owner}</Text></Table.Td>
                  <Table.Td><Text size="sm" lineClamp={1}>{who(row)}</Text></Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>{row.item.current.summary}</Text>
                    <Group gap={4} wrap="nowrap"><Text size="xs" className={tone.okText}>→</Text><Text size="xs" lineClamp={1}>{row.item.closedBy!.summary}</Text></Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Collapse>
      </Paper>
      <CloseFollowUpModal row={closing} onClose={() => setClosing(null)} />
    </div>
  );
}
