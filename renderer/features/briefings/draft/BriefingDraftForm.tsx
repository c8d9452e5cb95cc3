import { Alert, Button, Group, List, Stack, Tabs, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconDeviceFloppy, IconEye, IconPencil, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { briefingDraftInputSchema } from '../../../../shared/domain/briefing';
import type { PersonRef } from '../../../../shared/domain/briefing';
import type { BriefingRow } from '../../../data/rows';
import { formatClock } from '../../../format/time';
import { draftStartingValues } from '../model/draftForm';
import type { DraftFormValues } from '../model/draftForm';
import classes from './BriefingDraftForm.module.css';
import { DraftFields } from './DraftFields';
import { DraftPreview } from './DraftPreview';
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
  /** Who publishes (the signed-in author), for the preview's "issued by". */
  issuer: PersonRef;
  onPublished: (published: BriefingRow) => void;
  onCancel: () => void;
}

/** The author's form: content of the next version, validated with the shared schema, and a preview of
 *  it as readers will see it (offered once the content is valid). */
export function BriefingDraftForm({ eventId, version, draft, current, issuer, onPublished, onCancel }: BriefingDraftFormProps) {
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
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const showView = (next: string | null) => {
    // The preview needs valid content: a problem keeps the author on Edit, focused on the first one.
    if (next === 'edit' || (next === 'preview' && submit.check())) setView(next);
  };

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
        <Tabs value={view} onChange={showView}>
          <Tabs.List aria-label="Draft views">
            <Tabs.Tab value="edit" leftSection={<IconPencil size={16} aria-hidden />}>
              Edit
            </Tabs.Tab>
            <Tabs.Tab value="preview" leftSection={<IconEye size={16} aria-hidden />}>
              Preview as readers see it
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="edit" pt="md">
            <DraftFields form={form} />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="md">
            {view === 'preview' && <DraftPreview values={form.getValues()} eventId={eventId} version={version} draftId={draft?.id ?? null} current={current} issuer={issuer} />}
          </Tabs.Panel>
        </Tabs>
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
