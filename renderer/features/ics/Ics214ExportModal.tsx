// "Export ICS 214": one person's activity log for one operational period of the active event, as PDF
// or CSV. The person defaults to this device's user with the ICS details from Settings; anyone else
// who logged in the event can be chosen, their position and agency typed in here.
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listOperationalPeriods } from '../../../shared/domain/operationalPeriods';
import type { OperationalPeriod } from '../../../shared/domain/operationalPeriods';
import type { IcsIdentity } from '../../../shared/ics/icsIdentity';
import { useDb } from '../../data/dbContext';
import { eventAuthors, icsIdentity } from '../../data/ics/queries';
import { localProfile } from '../../data/meta/queries';
import type { EventRow } from '../../data/rows';
import { periodWindow } from '../events/periodText';
import { useActiveEvent } from '../events/useActiveEvent';
import { ics214FileName, loadIcs214 } from './ics214Export';
import { saveIcsFile } from './saveIcsFile';

type Person = { authorId: string; name: string } & IcsIdentity;

function Ics214Form({ event, onClose }: { event: EventRow; onClose: () => void }) {
  const db = useDb();
  const [now] = useState(Date.now);
  const setup = useLiveQuery(async () => {
    const [profile, identity, authors] = await Promise.all([localProfile(db), icsIdentity(db), eventAuthors(db, event.id)]);
    return { profile, identity, authors: authors.some((a) => a.id === profile.id) ? authors : [{ id: profile.id, name: profile.name }, ...authors] };
  }, [db, event.id]);
  const periods = listOperationalPeriods(event, event.endedAt ?? now).reverse();
  const [periodNumber, setPeriodNumber] = useState(() => String(periods[0]?.number ?? ''));
  const [person, setPerson] = useState<Person | null>(null);
  const [resources, setResources] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!setup) return null;

  const mine = (id: string) => id === setup.profile.id;
  const personFor = (id: string): Person => {
    const name = setup.authors.find((a) => a.id === id)?.name ?? '';
    return mine(id) ? { authorId: id, name, ...setup.identity } : { authorId: id, name, icsPosition: '', homeAgency: '', homeUnit: '' };
  };
  const chosen = person ?? personFor(setup.profile.id);
  const period: OperationalPeriod | undefined = periods.find((p) => String(p.number) === periodNumber);
  const edit = (patch: Partial<Person>) => setPerson({ ...chosen, ...patch });

  const save = async (kind: 'pdf' | 'csv') => {
    if (!period) return;
    setBusy(true);
    setStatus(null);
    try {
      const form = await loadIcs214(db, {
        eventId: event.id, incidentName: event.name, period, authorId: chosen.authorId, person: chosen, resources,
        preparedBy: { name: setup.profile.name, positionTitle: setup.identity.icsPosition },
      }, Date.now());
      const content = kind === 'pdf' ? await (await import('../../../shared/ics/ics214Pdf')).ics214Pdf(form) : (await import('../../../shared/ics/ics214Csv')).ics214Csv(form);
      const saved = await saveIcsFile(ics214FileName(form, kind), kind, content);
      setStatus({ ok: saved.ok, message: saved.ok ? `${form.activityLog.length} log entries exported. ${saved.message}` : saved.message });
    } catch (error) {
      setStatus({ ok: false, message: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  if (periods.length === 0) {
    return <Text size="sm">{event.name} has no operational period yet (it has not started).</Text>;
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">Incident: {event.name}</Text>
      <SimpleGrid cols={2}>
        <NativeSelect
          label="Person"
          data={setup.authors.map((a) => ({ value: a.id, label: mine(a.id) ? `${a.name} (you)` : a.name }))}
          value={chosen.authorId}
          onChange={(e) => setPerson(personFor(e.currentTarget.value))}
        />
        <NativeSelect
          label="Operational period"
          data={periods.map((p) => ({ value: String(p.number), label: periodWindow(p) }))}
          value={periodNumber}
          onChange={(e) => setPeriodNumber(e.currentTarget.value)}
        />
        <TextInput label="Name" value={chosen.name} onChange={(e) => edit({ name: e.currentTarget.value })} />
        <TextInput label="ICS position" value={chosen.icsPosition} onChange={(e) => edit({ icsPosition: e.currentTarget.value })} />
        <TextInput label="Home agency" value={chosen.homeAgency} onChange={(e) => edit({ homeAgency: e.currentTarget.value })} />
        <TextInput label="Unit" value={chosen.homeUnit} onChange={(e) => edit({ homeUnit: e.currentTarget.value })} />
      </SimpleGrid>
      <Textarea
        label="Resources assigned"
        description="One per line: name; ICS position; home agency (and unit)"
        autosize
        minRows={2}
        value={resources}
        onChange={(e) => setResources(e.currentTarget.value)}
      />
      {status ? (
        <Text size="sm" role="status" c={status.ok ? undefined : 'red.8'}>
          {status.message}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>Close</Button>
        <Button variant="default" loading={busy} onClick={() => void save('csv')}>Save CSV</Button>
        <Button loading={busy} onClick={() => void save('pdf')}>Save PDF</Button>
      </Group>
    </Stack>
  );
}

export function Ics214ExportModal({ onClose }: { onClose: () => void }) {
  const event = useActiveEvent();
  return (
    <Modal opened onClose={onClose} title="Export ICS 214 activity log" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {event === undefined ? null : event === null ? (
        <Text size="sm">Choose an active event first (Events): the ICS 214 covers one operational period of an event.</Text>
      ) : (
        <Ics214Form event={event} onClose={onClose} />
      )}
    </Modal>
  );
}
