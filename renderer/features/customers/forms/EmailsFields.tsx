import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ContactFormValues } from './contactFormValues';
import classes from './forms.module.css';

/** A contact's email addresses. */
export function EmailsFields({ form }: { form: UseFormReturnType<ContactFormValues> }) {
  const emails = form.values.emails;
  const add = () => {
    form.insertListItem('emails', '');
    requestAnimationFrame(() => form.getInputNode(`emails.${emails.length}`)?.focus());
  };
  return (
    <Fieldset legend="Emails" className={classes.fieldset}>
      <Stack gap="xs">
        {emails.length === 0 && (
          <Text size="sm" c="dimmed">
            No email address.
          </Text>
        )}
        {emails.map((_, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput label={`Email ${i + 1}`} type="email" className={classes.grow} {...form.getInputProps(`emails.${i}`)} />
            <Tooltip label={`Remove email ${i + 1}`}>
              <ActionIcon variant="subtle" color="red" mt={26} aria-label={`Remove email ${i + 1}`} onClick={() => form.removeListItem('emails', i)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        {typeof form.errors.emails === 'string' && (
          <Text size="sm" c="var(--mantine-color-error)">
            {form.errors.emails}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            Add email
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
