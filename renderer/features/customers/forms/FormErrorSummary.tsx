import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

interface FormErrorSummaryProps {
  /** Shown only after a submit attempt; empty hides the summary. */
  messages: string[];
  title: string;
}

/** A list of everything wrong, announced when it appears; each field also shows its own message. */
export function FormErrorSummary({ messages, title }: FormErrorSummaryProps) {
  if (messages.length === 0) return null;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={title} data-error-summary tabIndex={-1} mb="md">
      <List size="sm" spacing={2}>
        {messages.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
