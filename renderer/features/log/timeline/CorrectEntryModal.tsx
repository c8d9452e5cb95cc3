// "Correct" on a timeline entry: the same fields as the quick-entry bar, prefilled with what the entry
// says now. Saving appends a correction that points at the original; the original stays in the log.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { currentBriefing } from '../../../data/briefings/queries';
import { useDb } from '../../../data/dbContext';
import { localProfile } from '../../../data/meta/queries';
import type { LogEntryRow } from '../../../data/rows';
import { formatDateTime } from '../../../format/time';
import type { LogDraft } from '../../../store/logSlice';
import { LogEntryFields } from '../quickEntry/LogEntryFields';
import { commitCorrection, draftFromEntry } from '../quickEntry/quickEntryModel';
import type { DraftErrors } from '../quickEntry/quickEntryModel';
import tone from '../tone.module.css';
import type { EntryView } from './timelineModel';

interface CorrectEntryModalProps {
  view: EntryView | null;
  onClose: () => void;
  onCorrected: (correction: LogEntryRow) => void;
}

function CorrectEntryForm({ view, onClose, onCorrected }: CorrectEntryModalProps & { view: EntryView }) {
  const db = useDb();
  const base = view.entry;
  const [draft, setDraft] = useState<LogDraft>(() => draftFromEntry(base, view.customerName));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const profile = useLiveQuery(() => localProfile(db), [db]);
  const current = useLiveQuery(() => (base.eventId ? currentBriefing(db, base.eventId) : null), [db, base.eventId], null);
  const quoted = base.etrGiven?.briefingId ? { id: base.etrGiven.briefingId, version: base.etrGiven.briefingVersion } : current;

  const save = async () => {
    if (saving) return;
    setSaving(true);
    const outcome = await commitCorrection(db, draft, { base, briefingId: quoted?.id ?? null });
    setSaving(false);
    if (outcome.ok) {
      onCorrected(outcome.entry);
      onClose();
    } else {
      setErrors(outcome.errors);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <Text size="sm" c="dimmed" mb="sm">
        Entries are never changed. Saving adds a correction that points at the entry recorded {formatDateTime(view.correctionOf?.recordedAt ?? base.recordedAt)}; both stay in the log.
      </Text>
      <LogEntryFields
        layout="form"
        draft={draft}
        errors={errors}
        onChange={(patch, nextErrors) => {
          setDraft((d) => ({ ...d, ...patch }));
          setErrors(nextErrors);
        }}
        briefingLabel={quoted?.version ? `v${quoted.version}` : null}
        ownerName={profile?.name ?? ''}
        now={Date.now()}
        autoFocusSummary
      />
      {errors.form ? (
        <Text mt="sm" size="sm" role="alert" className={tone.dangerText}>Not saved: {errors.form}</Text>
      ) : null}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>Cancel</Button>
        <Button type="submit" loading={saving}>Save correction</Button>
      </Group>
    </form>
  );
}

export function CorrectEntryModal({ view, onClose, onCorrected }: CorrectEntryModalProps) {
  return (
    <Modal
      opened={view !== null}
      onClose={onClose}
      title="Correct a log entry"
      size="xl"
      className={tone.scope}
      closeButtonProps={{ 'aria-label': 'Cancel the correction' }}
    >
      {view ? <CorrectEntryForm key={view.entry.id} view={view} onClose={onClose} onCorrected={onCorrected} /> : null}
    </Modal>
  );
}
