import { Alert, Button, Group, List, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { briefingDraftInputSchema } from '../../../../shared/domain/briefing';
import type { BriefingRow } from '../../../data/rows';
import { formatCount } from '../../../format/number';
import { formatClock } from '../../../format/time';
import { areasTotal, draftStartingValues } from '../model/draftForm';
import type { DraftFormValues } from '../model/draftForm';
import classes from './BriefingDraftForm.module.css';
import { DraftAreasField } from './DraftAreasField';
import { DraftLinesField } from './DraftLinesField';
import { InstantInput } from './InstantInput';
import { PublishConfirmModal } from './PublishConfirmModal';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useDraftSubmit } from './useDraftSubmit';

export interface BriefingDraftFormProps {
  eventId: string;
  /** The version number the draft has or will get. */
  version: number;
  draft: BriefingRow | null;
  /** The current published version (the starting point, and the one publishing supersedes). */
  current: BriefingRow | null;
  onPublished: (published: BriefingRow) => void;
  onCancel: () => void;
}

function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" className={classes.group} component="fieldset" style={{ margin: 0 }}>
      <Title order={2} size="h3" component="legend" px={4}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A simple author's form: content of the next version, validated with the shared schema. */
export function BriefingDraftForm({ eventId, version, draft, current, onPublished, onCancel }: BriefingDraftFormProps) {
  const [initialValues] = useState(() => draftStartingValues(draft, current, Date.now()));
  const form = useForm<DraftFormValues>({
    initialValues,
    validate: schemaResolver(briefingDraftInputSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useDraftSubmit(form, eventId, formRef);
  const [confirming, setConfirming] = useState(false);
  const leaving = useRef(false);
  const values = form.getValues();
  const total = areasTotal(values);

  const publish = async () => {
    setConfirming(false);
    const published = await submit.publish();
    if (published) {
      leaving.current = true;
      onPublished(published);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit.save();
      }}
    >
      <Stack gap="md" maw={1040}>
        {submit.problems.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title="The draft was not saved" role="alert">
            <List size="sm" spacing={2}>
              {submit.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <FieldGroup title="Time">
          <SimpleGrid cols={2} spacing="md" maw={560}>
            <InstantInput label="As of" description="When these figures were current" withAsterisk {...form.getInputProps('asOf')} />
            <InstantInput label="Next briefing time" description="When readers should expect the next version" {...form.getInputProps('nextBriefingAt')} />
          </SimpleGrid>
        </FieldGroup>
        <FieldGroup title="Customers">
          <SimpleGrid cols={2} spacing="md" maw={560}>
            <NumberInput label="Customers affected" description="Without power now" withAsterisk min={0} allowNegative={false} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('customersAffected')} />
            <NumberInput label="Customers restored" description="Back on since the event began" withAsterisk min={0} allowNegative={false} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('customersRestored')} />
          </SimpleGrid>
          {values.areas.length > 0 && (
            <Text size="xs" c={total === values.customersAffected ? 'dimmed' : undefined} fw={total === values.customersAffected ? undefined : 600}>
              The areas below add up to {formatCount(total)} customers out
              {total === values.customersAffected ? ', the same as customers affected.' : typeof values.customersAffected === 'number' ? `, not ${formatCount(values.customersAffected)}: check both.` : '.'}
            </Text>
          )}
        </FieldGroup>
        <FieldGroup title="Areas">
          <DraftAreasField form={form} />
        </FieldGroup>
        <FieldGroup title="Damage and crews">
          <Textarea label="Damage" autosize minRows={2} maxRows={8} {...form.getInputProps('damage')} />
          <Textarea label="Crews" autosize minRows={2} maxRows={8} {...form.getInputProps('crews')} />
        </FieldGroup>
        <FieldGroup title="Safety messages">
          <DraftLinesField form={form} path="safetyMessages" itemLabel="Safety message" />
        </FieldGroup>
        <FieldGroup title="Approved talking points">
          <DraftLinesField form={form} path="talkingPoints" itemLabel="Talking point" />
        </FieldGroup>
        <Group className={classes.actions} justify="space-between">
          <Text size="xs" c="dimmed" aria-live="polite">
            {submit.savedAt ? `Draft saved at ${formatClock(submit.savedAt)}` : draft ? `Draft version ${version}, not published` : `New version ${version}, not saved yet`}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              Back to briefings
            </Button>
            <Button type="submit" variant="light" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={submit.busy && !confirming}>
              Save draft
            </Button>
            <Button leftSection={<IconSend size={16} aria-hidden />} disabled={submit.busy} onClick={() => submit.check() && setConfirming(true)}>
              Publish version {version}
            </Button>
          </Group>
        </Group>
      </Stack>
      <PublishConfirmModal opened={confirming} version={version} supersedes={current?.version ?? null} onConfirm={() => void publish()} onCancel={() => setConfirming(false)} />
      <UnsavedChangesGuard shouldBlock={() => !leaving.current && form.isDirty()} />
    </form>
  );
}
