import { Badge, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { BriefingRow } from '../../data/rows';
import { formatCount } from '../../format/number';
import { formatWhen } from '../../format/time';
import { useAppStore } from '../../store/appStore';
import { selectBriefingsAreaSort, selectSetBriefingsAreaSort } from '../../store/briefingsSlice';
import classes from './BriefingReader.module.css';
import { areaTableModel, nextAreaSort, sortAreaRows } from './model/areaRows';
import type { AreaSort, AreaSortKey } from './model/areaRows';
import { NO_ETR } from './model/changesView';
import { etrShiftColor } from './model/etrShift';

interface AreasTableProps {
  briefing: BriefingRow;
  previous: BriefingRow | null;
  now: number;
}

function SortHeader({ label, column, sort, onSort, numeric }: { label: string; column: AreaSortKey; sort: AreaSort; onSort: (k: AreaSortKey) => void; numeric?: boolean }) {
  const active = sort.key === column;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={numeric ? classes.number : undefined}>
      <UnstyledButton onClick={() => onSort(column)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** Areas with customers out and ETR, sortable; ETRs that moved since the previous version stand out. */
export function AreasTable({ briefing, previous, now }: AreasTableProps) {
  const sort = useAppStore(selectBriefingsAreaSort);
  const setSort = useAppStore(selectSetBriefingsAreaSort);
  const model = areaTableModel(briefing, previous);
  const rows = sortAreaRows(model.rows, sort);
  const onSort = (column: AreaSortKey) => setSort(nextAreaSort(sort, column));
  return (
    <Stack gap={6} className={classes.section}>
      <Group justify="space-between" align="baseline">
        <Title order={3}>Areas with customers out</Title>
        {model.comparedTo !== null && (
          <Text size="xs" c="dimmed">
            Highlights compare with version {model.comparedTo}
          </Text>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">No areas listed in this version.</Text>
      ) : (
        <Table verticalSpacing={5} horizontalSpacing="sm" highlightOnHover className={classes.compactTable} aria-label={`Areas in version ${briefing.version}`}>
          <Table.Thead>
            <Table.Tr>
              <SortHeader label="Service area" column="serviceArea" sort={sort} onSort={onSort} />
              <SortHeader label="Customers out" column="customersOut" sort={sort} onSort={onSort} numeric />
              <SortHeader label="ETR" column="etr" sort={sort} onSort={onSort} />
              <Table.Th>Notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.serviceArea}>
                <Table.Td>
                  <Text size="sm" fw={600} span>
                    {r.serviceArea}
                  </Text>
                  {r.isNew && (
                    <Badge size="xs" ml={6} color="steel" variant="light">
                      New
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td className={classes.number}>
                  {formatCount(r.customersOut)}
                  {r.previousCustomersOut !== null && (
                    <Text size="xs" c="dimmed">
                      was {formatCount(r.previousCustomersOut)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className={r.etrShift ? classes.etrMoved : undefined} data-tone={r.etrShift?.tone}>
                  <Text size="sm" fw={r.etrShift ? 700 : undefined} c={r.etr ? undefined : 'dimmed'} span>
                    {r.etr ? formatWhen(r.etr, now) : NO_ETR}
                  </Text>
                  {r.etrShift && (
                    <>
                      <Badge size="xs" ml={6} variant="filled" color={etrShiftColor[r.etrShift.tone]}>
                        {r.etrShift.label}
                      </Badge>
                      <Text size="xs">
                        was {r.previousEtr ? formatWhen(r.previousEtr, now) : NO_ETR}
                      </Text>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.notes}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {model.removed.length > 0 && (
        <Text size="sm" c="dimmed">
          No longer listed since version {model.comparedTo}: {model.removed.map((a) => a.serviceArea).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
