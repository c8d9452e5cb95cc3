// Closing a follow-up is itself logged: a new entry (same event, customer and contact) saying what
// was done, which points at the entry that asked for the follow-up.
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useDb } from '../../../data/dbContext';
import { closeFollowUp } from '../../../data/log/commands';
import { toLocalInput } from '../../../format/localInput';
import { formatDateTime } from '../../../format/time';
import { issuesToFormErrors } from '../../../forms/issuesToFormErrors';
import { channelLabels, directionLabels, optionsOf } from '../logLabels';
import tone from '../tone.module.css';
import { closeFollowUpDefaults, closeFollowUpFormSchema, closeFollowUpInput } from './closeFollowUpForm';
import type { CloseFollowUpValues } from './closeFollowUpForm';
import type { FollowUpRow } from './followUpsModel';

interface CloseFollowUpModalProps {
  row: FollowUpRow | null;
  onClose: () => void;
}

function CloseFollowUpForm({ row, onClose }: { row: FollowUpRow; onClose: () => void }) {
  const db = useDb();
  const [saving, setSaving] = useState(false);
  const form = useForm<CloseFollowUpValues>({
    mode: 'controlled',
    initialValues: closeFollowUpDefaults,
    validate: schemaResolver(closeFollowUpFormSchema, { sync: true }),
  });
  const { current } = row.item;

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    const result = await closeFollowUp(db, row.item.entry.id, closeFollowUpInput(values));
    setSaving(false);
    if (result.ok) onClose();
    else {
      const errors = issuesToFormErrors(result.issues, result.error);
      form.setErrors({ ...errors.fields, form: errors.general[0] });
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">
          <strong>{[row.customerName, row.contactName].filter(Boolean).join(' · ') || 'No customer'}</strong>: {current.summary}
        </Text>
        <Text size="xs" c="dimmed">
          Follow-up owner {current.followUp?.owner}, due {current.followUp ? formatDateTime(current.followUp.dueAt) : ''}. Closing logs a new entry that points at this one.
        </Text>
        <TextInput label="What was done" placeholder="e.g. Called back with the updated ETR" withAsterisk data-autofocus autoComplete="off"
          {...form.getInputProps('summary')} />
        <Group grow gap="sm" align="flex-start">
          <NativeSelect label="Channel" data={optionsOf(channelLabels)} {...form.getInputProps('channel')} />
          <NativeSelect label="Direction" data={optionsOf(directionLabels)} {...form.getInputProps('direction')} />
          <TextInput type="datetime-local" label="When it happened" description="Empty = now"
            {...form.getInputProps('occurredAt')} max={toLocalInput(Date.now() + 60_000)} />
        </Group>
        {form.errors.form ? (
          <Text size="sm" role="alert" className={tone.dangerText}>Not closed: {form.errors.form}</Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={saving}>Log and close follow-up</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CloseFollowUpModal({ row, onClose }: CloseFollowUpModalProps) {
  return (
    <Modal opened={row !== null} onClose={onClose} title="Close a follow-up" size="lg" className={tone.scope} closeButtonProps={{ 'aria-label': 'Cancel' }}>
      {row ? <CloseFollowUpForm key={row.item.entry.id} row={row} onClose={onClose} /> : null}
    </Modal>
  );
}
