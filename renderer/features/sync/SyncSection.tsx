import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the sync page (a region screen readers can jump to). */
export function SyncSection({ id, title, aside, children }: { id: string; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4" id={id}>{title}</Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
