import { EmptyState, List, Paper } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

interface SectionEmptyStateProps {
  icon: TablerIcon;
  title: string;
  /** How the data gets here. */
  description: string;
  /** What the section will show once it has data. */
  willShow: string[];
}

/** An honest empty section: what will appear here and how it arrives. No sample data. */
export function SectionEmptyState({ icon: Icon, title, description, willShow }: SectionEmptyStateProps) {
  return (
    <Paper withBorder radius="md" px="xl" py={40} maw={720} mx="auto" mt="md">
      <EmptyState
        size="md"
        icon={<Icon size={26} stroke={1.5} aria-hidden />}
        withIndicatorBackground
        title={title}
        description={description}
      >
        <List size="sm" spacing={4} c="dimmed" mt="sm" ta="left" aria-label="What will appear here">
          {willShow.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </EmptyState>
    </Paper>
  );
}
