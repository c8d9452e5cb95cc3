import { ActionIcon, Autocomplete, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CustomerFormValues } from './customerFormValues';
import { emptyServicePoint } from './customerFormValues';
import classes from './forms.module.css';

interface ServicePointsFieldsProps {
  form: UseFormReturnType<CustomerFormValues>;
  serviceAreas: string[];
}

/** The customer's service points as a list: add, edit, remove. */
export function ServicePointsFields({ form, serviceAreas }: ServicePointsFieldsProps) {
  const points = form.values.servicePoints;
  const add = () => {
    form.insertListItem('servicePoints', emptyServicePoint());
    requestAnimationFrame(() => form.getInputNode(`servicePoints.${points.length}.address`)?.focus());
  };
  return (
    <Fieldset legend="Service points" className={classes.fieldset}>
      <Stack gap="sm">
        {points.length === 0 && (
          <Text size="sm" c="dimmed">
            No service point yet. Add the address where the utility serves this customer.
          </Text>
        )}
        {points.map((sp, i) => (
          <div key={sp.id || `new-${i}`} className={classes.listItem} role="group" aria-label={`Service point ${i + 1}`}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput label="Address" withAsterisk className={classes.grow} {...form.getInputProps(`servicePoints.${i}.address`)} />
              <Tooltip label={`Remove service point ${i + 1}`}>
                <ActionIcon variant="subtle" color="red" mt={24} aria-label={`Remove service point ${i + 1}`} onClick={() => form.removeListItem('servicePoints', i)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            <SimpleGrid cols={3} spacing="xs" mt={6}>
              <TextInput label="Feeder / circuit" {...form.getInputProps(`servicePoints.${i}.feeder`)} />
              <TextInput label="Substation" {...form.getInputProps(`servicePoints.${i}.substation`)} />
              <Autocomplete label="Service area" data={serviceAreas} {...form.getInputProps(`servicePoints.${i}.serviceArea`)} />
            </SimpleGrid>
          </div>
        ))}
        {typeof form.errors.servicePoints === 'string' && (
          <Text size="sm" c="var(--mantine-color-error)">
            {form.errors.servicePoints}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            Add service point
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
