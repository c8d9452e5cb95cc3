import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { BriefingRow } from '../../data/rows';
import { formatWhen } from '../../format/time';
import classes from './VersionList.module.css';
import { StatusBadge } from './StatusBadge';

interface VersionListProps {
  versions: BriefingRow[];
  selectedVersion: number | null;
  /** The current version has not been read on this device. */
  unreadVersion: number | null;
  now: number;
  onSelect: (version: number) => void;
}

/** Every version of the event's briefing, newest first: when, by whom and in what status. */
export function VersionList({ versions, selectedVersion, unreadVersion, now, onSelect }: VersionListProps) {
  return (
    <nav aria-label="Briefing versions" className={classes.list}>
      <Text component="h2" size="xs" fw={600} tt="uppercase" c="dimmed" mb={6}>
        Versions
      </Text>
      <Stack gap={4} component="ul" className={classes.items}>
        {versions.map((b) => {
          const selected = b.version === selectedVersion;
          return (
            <li key={b.id}>
              <UnstyledButton
                className={classes.item}
                data-selected={selected || undefined}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(b.version)}
              >
                <Group justify="space-between" gap={6} wrap="nowrap">
                  <Text size="sm" fw={600}>
                    Version {b.version}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {b.version === unreadVersion && (
                      <Badge size="xs" variant="filled" color="steel">
                        Unread
                      </Badge>
                    )}
                    <StatusBadge status={b.status} />
                  </Group>
                </Group>
                <Text size="xs" c="dimmed" mt={2}>
                  {b.issuedAt ? `Issued ${formatWhen(b.issuedAt, now)}` : 'Not issued yet'}
                  {b.issuedBy ? ` · ${b.issuedBy.name}` : ''}
                </Text>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
    </nav>
  );
}
