// Above the list: the search box, the Filters popover, sorting, the result count (a polite live
// region) and the active filters as one-click removable buttons.
import { ActionIcon, Button, CloseButton, Group, Kbd, NativeSelect, Popover, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch, IconSortAscending, IconSortDescending, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent, Ref } from 'react';
import { customerFilterOptions } from '../../../data/customers/queries';
import type { CustomerSort } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import { formatCount } from '../../../format/number';
import { useAppStore } from '../../../store/appStore';
import { activeFilterCount, describeActiveFilters } from './directoryModel';
import { LISTBOX_ID } from './DirectoryList';
import classes from './DirectoryToolbar.module.css';
import { DirectoryFiltersPanel } from './DirectoryFiltersPanel';
import type { DirectoryRows } from './useDirectoryRows';

const SORTS: { value: CustomerSort; label: string }[] = [
  { value: 'tier', label: 'Priority tier' },
  { value: 'name', label: 'Name' },
  { value: 'lastContacted', label: 'Last contacted' },
];

export const SEARCH_INPUT_ID = 'directory-search';

interface DirectoryToolbarProps {
  rows: DirectoryRows;
  searchRef: Ref<HTMLInputElement>;
  onSearchKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** `aria-keyshortcuts` of the search box. */
  searchShortcutAria: string;
}

/** "1,234 customers", "12 matches", "30+ matches": the Filters button and chips say what is filtered. */
function countText(rows: DirectoryRows): string {
  if (rows.total === undefined) return 'Loading customers…';
  if (rows.counting) return 'Counting customers…';
  const n = formatCount(rows.total);
  if (rows.mode === 'search') {
    const hits = rows.loadMore ? rows.total - 1 : rows.total;
    return `${rows.capped ? `${formatCount(hits)}+` : n} ${hits === 1 ? 'match' : 'matches'}`;
  }
  return `${n} ${rows.total === 1 ? 'customer' : 'customers'}`;
}

export function DirectoryToolbar({ rows, searchRef, onSearchKeyDown, searchShortcutAria }: DirectoryToolbarProps) {
  const db = useDb();
  const search = useAppStore((s) => s.directorySearch);
  const setSearch = useAppStore((s) => s.setDirectorySearch);
  const filters = useAppStore((s) => s.directoryFilters);
  const setFilters = useAppStore((s) => s.setDirectoryFilters);
  const clearFilters = useAppStore((s) => s.clearDirectoryFilters);
  const sort = useAppStore((s) => s.directorySort);
  const setSort = useAppStore((s) => s.setDirectorySort);
  const options = useLiveQuery(() => customerFilterOptions(db), [db]);
  const filterCount = activeFilterCount(filters);
  const active = describeActiveFilters(filters, (id) => options?.liaisons.find((l) => l.id === id)?.name ?? id);
  const SortIcon = sort.descending ? IconSortDescending : IconSortAscending;

  return (
    <div className={classes.toolbar}>
      <TextInput
        id={SEARCH_INPUT_ID}
        ref={searchRef}
        type="search"
        aria-label="Search customers"
        aria-keyshortcuts={searchShortcutAria}
        aria-controls={rows.total ? LISTBOX_ID : undefined}
        placeholder="Name, contact, account, address, phone…"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          search ? (
            <CloseButton size="sm" aria-label="Clear search" onClick={() => setSearch('')} />
          ) : (
            <Kbd size="xs" aria-hidden>
              /
            </Kbd>
          )
        }
        rightSectionPointerEvents={search ? 'all' : 'none'}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        onKeyDown={onSearchKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <Group gap={6} mt={8} wrap="nowrap">
        <Popover width={360} position="bottom-start" shadow="md" trapFocus returnFocus withinPortal>
          <Popover.Target>
            <Button
              variant={filterCount > 0 ? 'light' : 'default'}
              size="xs"
              leftSection={<IconAdjustmentsHorizontal size={15} aria-hidden />}
              aria-label={filterCount > 0 ? `Filters, ${filterCount} on` : 'Filters'}
            >
              Filters{filterCount > 0 ? ` (${filterCount})` : ''}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <DirectoryFiltersPanel />
          </Popover.Dropdown>
        </Popover>
        <Text size="xs" fw={500} role="status" aria-live="polite" className={classes.count}>
          {countText(rows)}
        </Text>
        {rows.mode === 'browse' ? (
          <Group gap={4} wrap="nowrap" ml="auto">
            <NativeSelect
              size="xs"
              aria-label="Sort by"
              data={SORTS}
              value={sort.by}
              onChange={(e) => setSort({ by: e.currentTarget.value as CustomerSort, descending: false })}
            />
            <Tooltip label={sort.descending ? 'Sort ascending' : 'Sort descending'}>
              <ActionIcon
                variant="default"
                size={30}
                aria-label={sort.descending ? 'Sort ascending' : 'Sort descending'}
                onClick={() => setSort({ ...sort, descending: !sort.descending })}
              >
                <SortIcon size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : (
          <Text size="xs" c="dimmed" ml="auto">
            Best match first
          </Text>
        )}
      </Group>
      {active.length > 0 && (
        <Group gap={6} mt={8} wrap="wrap">
          {active.map((f) => (
            <Button
              key={f.key}
              size="compact-xs"
              variant="light"
              rightSection={<IconX size={12} aria-hidden />}
              aria-label={`Remove filter: ${f.label}`}
              onClick={() => setFilters(f.remove)}
            >
              {f.label}
            </Button>
          ))}
          {active.length > 1 && (
            <Button size="compact-xs" variant="subtle" onClick={clearFilters}>
              Clear all
            </Button>
          )}
        </Group>
      )}
    </div>
  );
}
