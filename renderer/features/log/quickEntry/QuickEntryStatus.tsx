import { Group, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import type { LogEntryRow } from '../../../data/rows';
import { formatWhen } from '../../../format/time';
import tone from '../tone.module.css';
import type { DraftErrors } from './quickEntryModel';

interface QuickEntryStatusProps {
  errors: DraftErrors;
  logged: LogEntryRow | null;
  now: number;
}

/** One polite live line under the bar: what was just logged, or why nothing was. */
export function QuickEntryStatus({ errors, logged, now }: QuickEntryStatusProps) {
  const problems = Object.values(errors);
  return (
    <div role="status" aria-live="polite" style={{ marginTop: problems.length > 0 || logged ? 6 : 0 }}>
      {problems.length > 0 ? (
        <Group gap={6} wrap="nowrap">
          <IconAlertCircle size={15} stroke={1.8} className={tone.dangerText} aria-hidden />
          <Text size="xs" className={tone.dangerText} truncate>
            Not logged: {problems.join('. ')}
          </Text>
        </Group>
      ) : logged ? (
        <Group gap={6} wrap="nowrap">
          <IconCircleCheck size={15} stroke={1.8} className={tone.okText} aria-hidden />
          <Text size="xs" c="dimmed" truncate>
            Logged {formatWhen(logged.occurredAt, now)} (recorded {formatWhen(logged.recordedAt, now)}): {logged.summary}
          </Text>
        </Group>
      ) : null}
    </div>
  );
}
