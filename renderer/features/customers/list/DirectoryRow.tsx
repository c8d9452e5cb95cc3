import { Group, Skeleton, Text } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { facilityLabels } from '../customerLabels';
import { TierBadge } from '../TierBadge';
import { formatLastContacted, isCheckInOverdue, summarizeMatches } from './directoryModel';
import classes from './DirectoryList.module.css';
import type { DirectoryRowData } from './useDirectoryRows';

interface DirectoryRowProps {
  id: string;
  index: number;
  setSize: number;
  row: DirectoryRowData | undefined;
  active: boolean;
  open: boolean;
  now: number;
  style: CSSProperties;
  onClick: (index: number) => void;
}

/** One option of the directory listbox: name and tier, then what matched (search) or facts (browse). */
export function DirectoryRow({ id, index, setSize, row, active, open, now, style, onClick }: DirectoryRowProps) {
  const common = {
    id,
    role: 'option',
    'aria-selected': active,
    'aria-posinset': index + 1,
    'aria-setsize': setSize,
    className: classes.row,
    'data-active': active || undefined,
    'data-open': open || undefined,
    style,
  } as const;
  if (!row) {
    return (
      <div {...common} aria-busy>
        <Skeleton height={12} width="55%" mb={8} />
        <Skeleton height={10} width="35%" />
      </div>
    );
  }
  const c = row.customer;
  const overdue = isCheckInOverdue(c, now);
  const area = c.serviceAreas[0];
  return (
    <div {...common} aria-current={open || undefined} onClick={() => onClick(index)}>
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Text size="sm" fw={600} truncate="end" className={classes.name}>
          {c.name}
        </Text>
        <TierBadge tier={c.tier} compact />
      </Group>
      {row.matches ? (
        <Text size="xs" truncate="end" className={classes.match}>
          Matched {summarizeMatches(row.matches)}
        </Text>
      ) : (
        <Group gap={6} wrap="nowrap" className={classes.meta}>
          <Text size="xs" c="dimmed" truncate="end">
            {facilityLabels[c.facilityType]}
            {area ? ` · ${area}` : ''}
          </Text>
          {c.hasGenerator === 1 && <IconBolt size={13} aria-label="Has backup generation" className={classes.genIcon} />}
          <Text size="xs" className={classes.contacted} data-overdue={overdue || undefined} ml="auto">
            {c.lastContactedAt === null ? 'Never contacted' : `Contacted ${formatLastContacted(c.lastContactedAt, now)}`}
          </Text>
        </Group>
      )}
    </div>
  );
}
