import { Alert, Button, Group, List, Popover, Text } from '@mantine/core';
import { IconChecks, IconCircleCheckFilled } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { acknowledgeBriefing } from '../../data/briefingAcks/commands';
import { acknowledgements } from '../../data/briefingAcks/queries';
import { useDb } from '../../data/dbContext';
import { localProfile } from '../../data/meta/queries';
import type { BriefingRow } from '../../data/rows';
import { formatWhen } from '../../format/time';

interface AcknowledgeBarProps {
  briefing: BriefingRow;
  now: number;
}

/** Acknowledge the current version (which also marks it read), or see that you did and who else has. */
export function AcknowledgeBar({ briefing, now }: AcknowledgeBarProps) {
  const db = useDb();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = useLiveQuery(async () => {
    const [acks, me] = await Promise.all([acknowledgements(db, briefing.id), localProfile(db)]);
    return { acks, mine: acks.find((a) => a.userId === me.id) ?? null };
  }, [db, briefing.id]);
  if (!data) return null;

  const acknowledge = async () => {
    setPending(true);
    const result = await acknowledgeBriefing(db, briefing.id);
    setPending(false);
    setError(result.ok ? null : result.error);
  };

  return (
    <Group gap="md" wrap="wrap" aria-live="polite">
      {data.mine ? (
        <Group gap={6} wrap="nowrap">
          <IconCircleCheckFilled size={20} color="var(--mantine-color-green-7)" aria-hidden />
          <Text size="sm" fw={600}>
            You acknowledged version {briefing.version} at {formatWhen(data.mine.at, now)}
          </Text>
        </Group>
      ) : (
        <Group gap="sm" wrap="nowrap">
          <Button leftSection={<IconChecks size={16} aria-hidden />} loading={pending} onClick={() => void acknowledge()}>
            Acknowledge version {briefing.version}
          </Button>
          <Text size="xs" c="dimmed">
            Marks it read and tells the briefing author you have it.
          </Text>
        </Group>
      )}
      <Popover position="bottom-start" shadow="md" withArrow>
        <Popover.Target>
          <Button variant="subtle" size="xs" disabled={data.acks.length === 0}>
            {data.acks.length === 0 ? 'No acknowledgements yet' : `Acknowledged by ${data.acks.length}`}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <List size="sm" spacing={2} aria-label={`Who acknowledged version ${briefing.version}`}>
            {data.acks.map((a) => (
              <List.Item key={a.id}>
                {a.userName} · {formatWhen(a.at, now)}
              </List.Item>
            ))}
          </List>
        </Popover.Dropdown>
      </Popover>
      {error && (
        <Alert color="red" variant="light" w="100%" role="alert">
          {error}
        </Alert>
      )}
    </Group>
  );
}
