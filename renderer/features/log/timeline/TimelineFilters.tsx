// Filters of the timeline, kept in the UI store so they survive navigation: free text, event,
// customer, author, categories and "significant only".
import { Button, Checkbox, Chip, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { logCategories } from '../../../../shared/domain/logEntry';
import type { LogCategory } from '../../../../shared/domain/logEntry';
import { useDb } from '../../../data/dbContext';
import { listEvents } from '../../../data/events/queries';
import { useAppStore } from '../../../store/appStore';
import { selectLogFilters, selectResetLogFilters, selectSetLogFilters } from '../../../store/logSelectors';
import { emptyLogFilters } from '../../../store/logSlice';
import { categoryLabels } from '../logLabels';
import { CustomerPicker } from '../quickEntry/CustomerPicker';
import type { AuthorOption } from './timelineModel';
import classes from './TimelineFilters.module.css';

interface TimelineFiltersProps {
  authors: AuthorOption[];
  /** Items shown after filtering (undefined while loading). */
  shown: number | undefined;
}

export function TimelineFilters({ authors, shown }: TimelineFiltersProps) {
  const db = useDb();
  const filters = useAppStore(selectLogFilters);
  const setFilters = useAppStore(selectSetLogFilters);
  const resetFilters = useAppStore(selectResetLogFilters);
  const events = useLiveQuery(() => listEvents(db), [db], []);
  const [customerQuery, setCustomerQuery] = useState('');
  const filtered = JSON.stringify(filters) !== JSON.stringify(emptyLogFilters);

  const scopeOptions = [
    { value: 'all', label: 'All events' },
    ...events.map((e) => ({ value: e.id, label: e.status === 'active' ? `${e.name} (active)` : e.name })),
    { value: 'none', label: 'Outside any event' },
  ];
  const authorOptions = [{ value: '', label: 'Anyone' }, ...authors.map((a) => ({ value: a.id, label: a.name }))];

  return (
    <section aria-label="Timeline filters" className={classes.filters}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          className={classes.text}
          size="xs"
          label="Search the log"
          placeholder="Words in the summary, customer, contact or author"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={filters.text}
          onChange={(e) => setFilters({ text: e.currentTarget.value })}
        />
        <NativeSelect className={classes.select} size="xs" label="Event" data={scopeOptions} value={filters.scope}
          onChange={(e) => setFilters({ scope: e.currentTarget.value })} />
        <CustomerPicker
          className={classes.customer}
          size="xs"
          label="Customer filter"
          placeholder="Any customer"
          value={filters.customer}
          query={customerQuery}
          onQueryChange={setCustomerQuery}
          onPick={(customer) => setFilters({ customer })}
        />
        <NativeSelect className={classes.select} size="xs" label="Author" data={authorOptions} value={filters.author ?? ''}
          onChange={(e) => setFilters({ author: e.currentTarget.value || null })} />
      </Group>
      <Group gap="xs" mt={8} wrap="wrap">
        <Chip.Group multiple value={filters.categories} onChange={(categories) => setFilters({ categories: categories as LogCategory[] })}>
          <Group gap={6} role="group" aria-label="Categories">
            {logCategories.map((c) => (
              <Chip key={c} value={c} size="xs" variant="outline">{categoryLabels[c]}</Chip>
            ))}
          </Group>
        </Chip.Group>
        <Checkbox size="xs" label="Significant only" checked={filters.significantOnly} onChange={(e) => setFilters({ significantOnly: e.currentTarget.checked })} />
        <Group gap="xs" ml="auto">
          <Text size="xs" c="dimmed" aria-live="polite">
            {shown === undefined ? 'Loading…' : shown === 1 ? '1 entry' : `${shown} entries`}
            {filtered && shown !== undefined ? ' match the filters' : ''}
          </Text>
          {filtered ? (
            <Button size="compact-xs" variant="subtle" leftSection={<IconFilterOff size={13} aria-hidden />} onClick={() => { resetFilters(); setCustomerQuery(''); }}>
              Clear filters
            </Button>
          ) : null}
        </Group>
      </Group>
    </section>
  );
}
