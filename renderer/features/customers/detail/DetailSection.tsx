import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './CustomerDetail.module.css';

interface DetailSectionProps {
  id: string;
  title: string;
  /** Beside the heading: a count, an Add button. */
  aside?: ReactNode;
  children: ReactNode;
}

/** A titled region of the customer page (a landmark screen readers can jump to). */
export function DetailSection({ id, title, aside, children }: DetailSectionProps) {
  return (
    <section className={classes.section} aria-labelledby={id}>
      <Group justify="space-between" mb={8} wrap="nowrap">
        <Title order={3} id={id} className={classes.sectionTitle}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </section>
  );
}
