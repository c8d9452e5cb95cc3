import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { newAreaRow } from '../model/draftForm';
import type { DraftFormValues } from '../model/draftForm';
import classes from './BriefingDraftForm.module.css';
import { InstantInput } from './InstantInput';

/** Areas as editable rows: service area, customers out, ETR, notes; add and remove rows. */
export function DraftAreasField({ form }: { form: UseFormReturnType<DraftFormValues> }) {
  const areas = form.getValues().areas;
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(`${focusKey}-name`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const add = () => {
    const row = newAreaRow();
    form.insertListItem('areas', row);
    setFocusKey(row.key);
  };

  return (
    <Stack gap={6}>
      {areas.length > 0 && (
        <div className={classes.areaGrid} aria-hidden>
          <Text size="xs" fw={600}>Service area</Text>
          <Text size="xs" fw={600}>Customers out</Text>
          <Text size="xs" fw={600}>ETR</Text>
          <Text size="xs" fw={600}>Notes</Text>
          <span />
        </div>
      )}
      {areas.map((area, i) => {
        const row = `row ${i + 1}`;
        return (
          <div key={area.key} className={classes.areaGrid} role="group" aria-label={`Area ${i + 1}${area.serviceArea ? `: ${area.serviceArea}` : ''}`}>
            <TextInput id={`${area.key}-name`} aria-label={`Service area, ${row}`} {...form.getInputProps(`areas.${i}.serviceArea`)} />
            <NumberInput
              aria-label={`Customers out, ${row}`}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              thousandSeparator=","
              hideControls
              {...form.getInputProps(`areas.${i}.customersOut`)}
            />
            <InstantInput aria-label={`ETR, ${row}`} {...form.getInputProps(`areas.${i}.etr`)} />
            <TextInput aria-label={`Notes, ${row}`} {...form.getInputProps(`areas.${i}.notes`)} />
            <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove area ${i + 1}${area.serviceArea ? ` (${area.serviceArea})` : ''}`} onClick={() => form.removeListItem('areas', i)}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </div>
        );
      })}
      {areas.length === 0 && <Text size="sm" c="dimmed">No areas yet.</Text>}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
          Add area
        </Button>
      </Group>
    </Stack>
  );
}
