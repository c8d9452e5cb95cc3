import { Text } from '@mantine/core';
import { DetailSection } from './DetailSection';

export function NotesSection({ notes }: { notes: string }) {
  return (
    <DetailSection id="customer-notes" title="Notes">
      {notes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {notes}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No notes.
        </Text>
      )}
    </DetailSection>
  );
}
