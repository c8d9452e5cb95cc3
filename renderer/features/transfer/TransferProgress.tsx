import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

interface TransferProgressProps {
  /** What is happening, e.g. "Reading customers.xlsx". */
  label: string;
  /** 0..1, or null while the amount of work is unknown (the bar then animates). */
  fraction: number | null;
  detail?: string;
  onCancel?: () => void;
}

/** Progress of a long import or export step, announced politely to screen readers. */
export function TransferProgress({ label, fraction, detail, onCancel }: TransferProgressProps) {
  const percent = fraction === null ? null : Math.round(fraction * 100);
  // Whatever started the work (a file button, Confirm) is gone: keep focus here, right before Cancel.
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => boxRef.current?.focus(), []);
  return (
    <Paper ref={boxRef} tabIndex={-1} withBorder radius="md" p="lg" maw={640}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} role="status">
            {label}
            {percent !== null && ` · ${percent}%`}
          </Text>
          {onCancel && (
            <Button variant="default" size="xs" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          transitionDuration={150}
          aria-label={label}
        />
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
