import { Group, Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import type { BriefingRow } from '../../data/rows';
import { formatCount } from '../../format/number';
import { percentRestored } from './model/totals';

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2} ff="monospace">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** Customers affected (out now) and restored, with the share restored. */
export function TotalsSummary({ briefing }: { briefing: BriefingRow }) {
  const pct = percentRestored(briefing);
  return (
    <section aria-label="Customers">
      <SimpleGrid cols={3} spacing="sm">
        <Stat label="Customers affected" value={formatCount(briefing.customersAffected)} hint="without power now" />
        <Stat label="Customers restored" value={formatCount(briefing.customersRestored)} hint="back on since the event began" />
        <Paper withBorder radius="md" px="md" py="xs">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Restored
          </Text>
          <Group gap="sm" align="baseline">
            <Text fz={24} fw={700} lh={1.2} ff="monospace">
              {pct === null ? '—' : `${pct}%`}
            </Text>
            <Text size="xs" c="dimmed">
              of {formatCount(briefing.customersAffected + briefing.customersRestored)} who lost power
            </Text>
          </Group>
          <Progress value={pct ?? 0} color="green" size="sm" mt={6} aria-label={`${pct ?? 0}% restored`} />
        </Paper>
      </SimpleGrid>
    </section>
  );
}
