import { Group, Text } from '@mantine/core';
import type { EventOutreach } from '../../../data/outreach/eventOutreach';
import { formatCount } from '../../../format/number';
import { progressLabels } from '../outreachLabels';

/** The event's outreach totals in one line, announced when they change. */
export function OutreachTotalsBar({ totals }: { totals: EventOutreach['totals'] }) {
  const parts: [string, number][] = [
    [progressLabels.reached, totals.reached],
    [progressLabels.attempted, totals.attempted],
    [progressLabels.unreachable, totals.unreachable],
    [progressLabels.not_started, totals.not_started],
    ['Emergency reports', totals.emergencies],
    ['Escalations', totals.escalations],
    ['Callbacks due', totals.callbacks],
  ];
  return (
    <Group gap="md" aria-live="polite" aria-atomic>
      <Text size="sm" fw={600}>{formatCount(totals.customers)} customers to contact</Text>
      {parts.map(([label, n]) => (
        <Text key={label} size="sm">{label}: <strong>{formatCount(n)}</strong></Text>
      ))}
    </Group>
  );
}
