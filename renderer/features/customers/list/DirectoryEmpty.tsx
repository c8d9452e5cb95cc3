import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useAppStore } from '../../../store/appStore';
import { activeFilterCount } from './directoryModel';
import type { DirectoryRows } from './useDirectoryRows';

/** What the list area says when there is nothing to list: loading, an empty device, or no match. */
export function DirectoryEmpty({ rows }: { rows: DirectoryRows }) {
  const filters = useAppStore((s) => s.directoryFilters);
  const clearFilters = useAppStore((s) => s.clearDirectoryFilters);
  const filtered = activeFilterCount(filters) > 0;
  if (rows.total === undefined) {
    return (
      <Center flex={1}>
        <Loader size="sm" aria-label="Loading customers" />
      </Center>
    );
  }
  const [title, hint] =
    rows.mode === 'search'
      ? [`No customer matches “${rows.searchedText}”`, 'Search looks at customer names, contact names, account and premise numbers, addresses, feeders, emails and phone digits.']
      : filtered
        ? ['No customer matches these filters', 'Remove a filter above, or clear them all.']
        : ['No customers on this device yet', 'They arrive with the first sync or an import. To add one now, use New customer (Alt+N).'];
  return (
    <Stack flex={1} align="center" justify="center" gap={6} p="lg" ta="center">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      {filtered && (
        <Button size="xs" variant="light" onClick={clearFilters} mt={4}>
          Clear all filters
        </Button>
      )}
    </Stack>
  );
}
