// New event: name, kind, start, and the operational-period rhythm (length and first start). It can be
// activated right away when no other event is active (one active event at a time).
import { Button, Checkbox, Group, Modal, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { eventKinds } from '../../../shared/domain/event';
import { useDb } from '../../data/dbContext';
import { activateEvent, createEvent } from '../../data/events/commands';
import type { EventRow } from '../../data/rows';
import { formatDateTime, formatWhen } from '../../format/time';
import { issuesToFormErrors } from '../../forms/issuesToFormErrors';
import tone from '../log/tone.module.css';
import { eventFormDefaults, eventFormSchema, eventFormToInput, previewPeriod } from './eventForm';
import type { EventFormValues } from './eventForm';
import { eventKindLabels } from './eventLabels';

interface CreateEventModalProps {
  opened: boolean;
  onClose: () => void;
  /** The event active now, if any (the new one cannot be activated while it is). */
  active: EventRow | null;
}

function CreateEventForm({ onClose, active }: Omit<CreateEventModalProps, 'opened'>) {
  const db = useDb();
  const [saving, setSaving] = useState(false);
  const [now] = useState(Date.now);
  const form = useForm<EventFormValues>({
    mode: 'controlled',
    initialValues: eventFormDefaults(now, active === null),
    validate: schemaResolver(eventFormSchema, { sync: true }),
  });
  const period = previewPeriod(form.values, now);

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    const created = await createEvent(db, eventFormToInput(values));
    if (!created.ok) {
      setSaving(false);
      const errors = issuesToFormErrors(created.issues, created.error);
      form.setErrors({ ...errors.fields, form: errors.general[0] });
      return;
    }
    const activated = values.activateNow && active === null ? await activateEvent(db, created.value.id) : null;
    setSaving(false);
    if (activated && !activated.ok) form.setErrors({ form: `${created.value.name} was created but not activated: ${activated.error}` });
    else onClose();
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label="Event name" placeholder="e.g. Winter Storm Harlan" withAsterisk data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <NativeSelect label="Kind" data={eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] }))} {...form.getInputProps('kind')} />
          <TextInput type="datetime-local" label="Started" description="Empty: starts when activated" {...form.getInputProps('startedAt')} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput label="Operational period length (hours)" min={1} max={168} allowDecimal={false} withAsterisk
            {...form.getInputProps('operationalPeriod.lengthHours')} />
          <TextInput type="datetime-local" label="First operational period starts" description="Empty: with the event"
            {...form.getInputProps('operationalPeriod.firstStartAt')} />
        </Group>
        <Text size="xs" c="dimmed" aria-live="polite">
          {period
            ? `Now in operational period ${period.number} (${formatDateTime(period.startsAt)} – ${formatWhen(period.endsAt, Date.parse(period.startsAt))}); it rolls over every ${form.values.operationalPeriod.lengthHours} h.`
            : 'Operational periods begin at the first period start.'}
        </Text>
        <Checkbox
          label={active ? `Activate now (close ${active.name} first)` : 'Activate now: new log entries and briefings belong to it'}
          disabled={active !== null}
          {...form.getInputProps('activateNow', { type: 'checkbox' })}
          checked={active === null && form.values.activateNow}
        />
        {form.errors.form ? <Text size="sm" role="alert" className={tone.dangerText}>{form.errors.form}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={saving}>Create event</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateEventModal({ opened, onClose, active }: CreateEventModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New event" size="lg" className={tone.scope} closeButtonProps={{ 'aria-label': 'Cancel' }}>
      {opened ? <CreateEventForm onClose={onClose} active={active} /> : null}
    </Modal>
  );
}
