import { ActionIcon, Button, Checkbox, Fieldset, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ContactFormValues } from './contactFormValues';
import { emptyPhone } from './contactFormValues';
import classes from './forms.module.css';

/** A contact's phone numbers: number, label and whether it is answered 24/7. */
export function PhonesFields({ form }: { form: UseFormReturnType<ContactFormValues> }) {
  const phones = form.values.phones;
  const add = () => {
    form.insertListItem('phones', emptyPhone());
    requestAnimationFrame(() => form.getInputNode(`phones.${phones.length}.number`)?.focus());
  };
  return (
    <Fieldset legend="Phones" className={classes.fieldset}>
      <Stack gap="xs">
        {phones.map((_, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap" role="group" aria-label={`Phone ${i + 1}`}>
            <TextInput label="Number" withAsterisk type="tel" className={classes.grow} {...form.getInputProps(`phones.${i}.number`)} />
            <TextInput label="Label" placeholder="Cell, desk, control room" w={170} {...form.getInputProps(`phones.${i}.label`)} />
            <Checkbox label="24/7" mt={30} {...form.getInputProps(`phones.${i}.available24x7`, { type: 'checkbox' })} />
            <Tooltip label={`Remove phone ${i + 1}`}>
              <ActionIcon variant="subtle" color="red" mt={26} aria-label={`Remove phone ${i + 1}`} onClick={() => form.removeListItem('phones', i)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        {typeof form.errors.phones === 'string' && (
          <Text size="sm" c="var(--mantine-color-error)">
            {form.errors.phones}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            Add phone
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
