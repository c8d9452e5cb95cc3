import { Alert, List } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';

/** Safety messages come first and stand out: they are what a liaison must say on every call. */
export function SafetyMessages({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertOctagon aria-hidden />}
      title="Safety messages"
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
      role="region"
      aria-label="Safety messages"
    >
      <List size="md" spacing={4} fw={600}>
        {messages.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
