import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import classes from './PageLayout.module.css';

interface PageLayoutProps {
  title: string;
  description: string;
  /** Page-level commands, right-aligned beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of every section page: one h1 (focus target after navigation), a one-line purpose, and
 *  the window title kept in step so the OS task switcher and screen readers name the page. */
export function PageLayout({ title, description, actions, children }: PageLayoutProps) {
  useDocumentTitle(`${title} · Liaison Desk`);
  return (
    <>
      <div className={classes.header}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={1} tabIndex={-1}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
          {actions}
        </Group>
      </div>
      <div className={classes.body}>{children}</div>
    </>
  );
}
