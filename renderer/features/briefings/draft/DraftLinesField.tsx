import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { DraftFormValues } from '../model/draftForm';

interface DraftLinesFieldProps {
  form: UseFormReturnType<DraftFormValues>;
  path: 'safetyMessages' | 'talkingPoints';
  /** "Safety message", "Talking point" */
  itemLabel: string;
}

/** A list of one-paragraph lines (safety messages, talking points), one field each. */
export function DraftLinesField({ form, path, itemLabel }: DraftLinesFieldProps) {
  const lines = form.getValues()[path];
  const container = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    container.current?.querySelectorAll('textarea')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  return (
    <Stack gap={6} ref={container}>
      {lines.map((_, i) => (
        // Lines have no identity beyond their position; the inputs are controlled, so index keys are safe.
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <Textarea aria-label={`${itemLabel} ${i + 1}`} autosize minRows={1} maxRows={6} style={{ flex: 1 }} {...form.getInputProps(`${path}.${i}`)} />
          <ActionIcon variant="subtle" color="red" mt={6} aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`} onClick={() => form.removeListItem(path, i)}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {lines.length === 0 && <Text size="sm" c="dimmed">None yet.</Text>}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => {
            form.insertListItem(path, '');
            setFocusIndex(lines.length);
          }}
        >
          Add {itemLabel.toLowerCase()}
        </Button>
      </Group>
    </Stack>
  );
}
