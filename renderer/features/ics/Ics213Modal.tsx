// The ICS 213 General Message form: every block of the paper form, validated by the shared schema,
// saved as a PDF (desktop save dialog or a browser download). Nothing is stored: the PDF is the record.
import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { toFieldIssues } from '../../../shared/domain/fieldIssues';
import { ics213Schema } from '../../../shared/ics/ics213';
import type { Ics213Input } from '../../../shared/ics/ics213';
import { useDb } from '../../data/dbContext';
import { activeEvent, eventById } from '../../data/events/queries';
import { icsIdentity } from '../../data/ics/queries';
import { localProfile } from '../../data/meta/queries';
import { fromLocalInput, toLocalInput } from '../../format/localInput';
import { focusFirstInvalid } from '../../forms/focusFirstInvalid';
import { issuesToFormErrors } from '../../forms/issuesToFormErrors';
import { ics213Draft, senderOf } from './ics213Draft';
import type { Ics213Source } from './ics213Draft';
import { fileNamePart, saveIcsFile } from './saveIcsFile';

type Draft = Omit<Ics213Input, 'sentAt'> & { sentAt: string };

function Ics213Form({ initial, onClose }: { initial: Ics213Input; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>({ ...initial, sentAt: toLocalInput(initial.sentAt) });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const text = (path: keyof Draft) => ({ value: String(draft[path] ?? ''), error: errors[path], onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [path]: e.currentTarget.value }) });
  const nested = <K extends 'approvedBy' | 'repliedBy'>(group: K, field: keyof NonNullable<Draft[K]>) => ({
    value: String((draft[group] as Record<string, string>)[field as string] ?? ''),
    error: errors[`${group}.${String(field)}`],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [group]: { ...draft[group], [field]: e.currentTarget.value } }),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = ics213Schema.safeParse({ ...draft, sentAt: fromLocalInput(draft.sentAt) });
    if (!parsed.success) {
      setErrors(issuesToFormErrors(toFieldIssues(parsed.error)).fields);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const pdf = await (await import('../../../shared/ics/ics213Pdf')).ics213Pdf(parsed.data);
      setStatus(await saveIcsFile(`ICS-213-${fileNamePart(parsed.data.subject)}.pdf`, 'pdf', pdf));
    } catch (error) {
      setStatus({ ok: false, message: `The message could not be written: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <TextInput label="1. Incident name (optional)" {...text('incidentName')} />
        <SimpleGrid cols={2}>
          <TextInput label="2. To (name and position)" required {...text('to')} data-autofocus />
          <TextInput label="3. From (name and position)" required {...text('from')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label="4. Subject" required {...text('subject')} />
          <TextInput label="5-6. Date and time" type="datetime-local" required {...text('sentAt')} />
        </SimpleGrid>
        <Textarea label="7. Message" required autosize minRows={4} maxRows={12} {...text('message')} />
        <SimpleGrid cols={2}>
          <TextInput label="8. Approved by: name" {...nested('approvedBy', 'name')} />
          <TextInput label="Approver position/title" {...nested('approvedBy', 'positionTitle')} />
        </SimpleGrid>
        <Textarea label="9. Reply" autosize minRows={2} maxRows={8} {...text('reply')} />
        <SimpleGrid cols={3}>
          <TextInput label="10. Replied by: name" {...nested('repliedBy', 'name')} />
          <TextInput label="Replier position/title" {...nested('repliedBy', 'positionTitle')} />
          <TextInput label="Reply date/time" {...nested('repliedBy', 'dateTime')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">Signature lines are left blank on the PDF for signing.</Text>
        {status ? <Text size="sm" role="status" c={status.ok ? undefined : 'red.8'}>{status.message}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Close</Button>
          <Button type="submit" loading={busy}>Save PDF</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function Ics213Modal({ source, onClose }: { source: Ics213Source; onClose: () => void }) {
  const db = useDb();
  const eventId = source.kind === 'entry' ? source.entry.eventId : undefined;
  // Read once when the dialog opens: later changes to the profile must not reset what is being typed.
  const [initial, setInitial] = useState<Ics213Input | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [profile, identity, event] = await Promise.all([
        localProfile(db), icsIdentity(db), eventId === undefined ? activeEvent(db) : eventId === null ? null : eventById(db, eventId),
      ]);
      if (live) setInitial(ics213Draft(source, { incidentName: event?.name ?? '', from: senderOf(profile.name, identity), now: Date.now() }));
    })();
    return () => {
      live = false;
    };
  }, [db, source, eventId]);
  return (
    <Modal opened onClose={onClose} title="ICS 213 general message" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {initial ? <Ics213Form initial={initial} onClose={onClose} /> : null}
    </Modal>
  );
}
