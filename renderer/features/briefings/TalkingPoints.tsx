import { ActionIcon, Alert, Button, Group, List, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import classes from './BriefingReader.module.css';
import type { GuardedCopy } from './useGuardedCopy';

interface TalkingPointsProps {
  points: string[];
  version: number;
  copier: Pick<GuardedCopy, 'copy' | 'copied' | 'error'>;
}

const ALL = 'All talking points';

/** The approved wording, each point copyable on its own or all together. */
export function TalkingPoints({ points, version, copier }: TalkingPointsProps) {
  const { copy, copied, error } = copier;
  return (
    <Stack gap={6} className={classes.section}>
      <Group justify="space-between" align="center">
        <Title order={3}>Approved talking points</Title>
        {points.length > 0 && (
          <Button
            size="xs"
            variant="light"
            leftSection={copied === ALL ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            onClick={() => copy(points.map((p) => `• ${p}`).join('\n'), ALL)}
          >
            {copied === ALL ? 'Copied' : 'Copy all'}
          </Button>
        )}
      </Group>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">No talking points in version {version}.</Text>
      ) : (
        <List spacing={6} size="sm" listStyleType="none" pl={0}>
          {points.map((point, i) => {
            const key = `Talking point ${i + 1}`;
            const label = `Copy talking point ${i + 1}`;
            return (
              <List.Item key={point}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Tooltip label={copied === key ? 'Copied' : label}>
                    <ActionIcon variant="subtle" size="sm" aria-label={label} onClick={() => copy(point, key)}>
                      {copied === key ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                  <Text size="sm">{point}</Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      <VisuallyHidden aria-live="polite">{copied ? `${copied} copied` : ''}</VisuallyHidden>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
