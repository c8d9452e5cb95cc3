// The quick-entry bar: log a call in seconds without the mouse. Ctrl/Cmd+L focuses it from anywhere,
// Enter (or Ctrl+Enter from any field) commits, the bar clears and keeps focus for the next call.
// The draft lives in the UI store, so leaving the page loses nothing typed.
import { Button, Group, Kbd, Paper, Text, Title } from '@mantine/core';
import { IconCornerDownLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useNow } from '../../../app/useNow';
import { currentBriefing } from '../../../data/briefings/queries';
import { useDb } from '../../../data/dbContext';
import { localProfile } from '../../../data/meta/queries';
import type { LogEntryRow } from '../../../data/rows';
import { toLocalInput } from '../../../format/localInput';
import { formatWhen } from '../../../format/time';
import { appStore, useAppStore } from '../../../store/appStore';
import { selectLogDraft, selectQuickEntryFocused, selectQuickEntryFocusPending, selectResetLogDraft, selectSetLogDraft } from '../../../store/logSelectors';
import { useShortcut } from '../../../app/useShortcut';
import { useActiveEvent } from '../../events/useActiveEvent';
import { useCurrentPeriod } from '../../events/useCurrentPeriod';
import { LogEntryFields } from './LogEntryFields';
import classes from './QuickEntryBar.module.css';
import { QuickEntryStatus } from './QuickEntryStatus';
import { commitDraft } from './quickEntryModel';
import type { DraftErrors } from './quickEntryModel';

const QUICK_ENTRY_HEADING_ID = 'quick-entry-heading';

/** Enter commits from any field but a button (which does its own thing) or a multi-line field. */
function isCommitKey(event: KeyboardEvent<HTMLFormElement>): boolean {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return false;
  const target = event.target as HTMLElement;
  if (event.ctrlKey || event.metaKey) return true;
  return target.tagName !== 'BUTTON' && target.tagName !== 'TEXTAREA' && target.tagName !== 'A';
}

export function QuickEntryBar() {
  const db = useDb();
  const draft = useAppStore(selectLogDraft);
  const setDraft = useAppStore(selectSetLogDraft);
  const resetDraft = useAppStore(selectResetLogDraft);
  const focusPending = useAppStore(selectQuickEntryFocusPending);
  const quickEntryFocused = useAppStore(selectQuickEntryFocused);
  const shortcut = useShortcut();
  const [errors, setErrors] = useState<DraftErrors>({});
  const [logged, setLogged] = useState<LogEntryRow | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const customerRef = useRef<HTMLInputElement>(null);
  const contactRef = useRef<HTMLSelectElement>(null);
  const outcomeRef = useRef<HTMLSelectElement>(null);
  const committing = useRef(false);
  const now = useNow(15_000);
  const event = useActiveEvent();
  const period = useCurrentPeriod(event);
  const briefing = useLiveQuery(() => (event ? currentBriefing(db, event.id) : null), [db, event], null);
  const profile = useLiveQuery(() => localProfile(db), [db]);

  // After navigation the shell focuses the page heading; a frame later the bar takes focus.
  useEffect(() => {
    if (!focusPending) return;
    const frame = requestAnimationFrame(() => {
      (focusPending === 'outcome' && outcomeRef.current ? outcomeRef : customerRef).current?.focus();
      quickEntryFocused();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusPending, quickEntryFocused]);

  const commit = async () => {
    if (committing.current) return;
    committing.current = true;
    try {
      const outcome = await commitDraft(db, appStore.getState().logDraft, { briefingId: briefing?.id ?? null });
      if (outcome.ok) {
        resetDraft();
        setErrors({});
        setLogged(outcome.entry);
        customerRef.current?.focus();
      } else {
        setErrors(outcome.errors);
        setLogged(null);
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      }
    } finally {
      committing.current = false;
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void commit();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (!isCommitKey(e)) return;
    e.preventDefault();
    void commit();
  };

  return (
    <Paper component="section" withBorder radius="md" p="sm" pt={8} className={classes.bar} aria-labelledby={QUICK_ENTRY_HEADING_ID}>
      <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Title order={2} id={QUICK_ENTRY_HEADING_ID} fz="sm" fw={650}>Log a call</Title>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <Kbd size="xs">{shortcut.label('L')}</Kbd> from anywhere · <Kbd size="xs">Enter</Kbd> to log
          </Text>
        </Group>
        {draft.event ? (
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed" truncate>Logging to <strong>{draft.event.name}</strong> (this entry only)</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setDraft({ event: null })}>Use the active event</Button>
          </Group>
        ) : (
          <Text size="xs" c="dimmed" truncate>
            {event === undefined ? '' : event ? (
              <>
                Logging to <strong>{event.name}</strong>
                {period ? ` · OP ${period.number} (${formatWhen(period.startsAt, now)}–${formatWhen(period.endsAt, now)})` : ''}
              </>
            ) : 'No active event: entries are logged outside any event'}
          </Text>
        )}
      </Group>
      <form ref={formRef} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-labelledby={QUICK_ENTRY_HEADING_ID}>
        <LogEntryFields
          layout="bar"
          draft={draft}
          errors={errors}
          onChange={(patch, nextErrors) => {
            setDraft(patch);
            setErrors(nextErrors);
          }}
          nowLocal={toLocalInput(now)}
          briefingLabel={briefing ? `v${briefing.version}` : null}
          ownerName={profile?.name ?? ''}
          now={now}
          customerRef={customerRef}
          contactRef={contactRef}
          outcomeRef={outcomeRef}
          actions={
            <Button type="submit" leftSection={<IconCornerDownLeft size={15} stroke={1.8} aria-hidden />} aria-keyshortcuts="Enter Control+Enter">
              Log entry
            </Button>
          }
        />
        <QuickEntryStatus errors={errors} logged={logged} now={now} />
      </form>
    </Paper>
  );
}
