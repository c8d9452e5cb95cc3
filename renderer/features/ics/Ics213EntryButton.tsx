// "ICS 213" on a timeline entry: a general message drafted from what the entry says.
import { Button } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import type { EntryView } from '../log/timeline/timelineModel';
import type { Ics213Source } from './ics213Draft';
import { Ics213Modal } from './Ics213Modal';

export function Ics213EntryButton({ view, who }: { view: EntryView; who: string }) {
  const [source, setSource] = useState<Ics213Source | null>(null);
  const open = () => setSource({ kind: 'entry', entry: view.entry, customerName: view.customerName, contactName: view.contactName });
  return (
    <>
      <Button variant="subtle" size="compact-xs" leftSection={<IconMail size={12} aria-hidden />} onClick={open} aria-label={`ICS 213 message about the entry: ${who}`}>
        ICS 213
      </Button>
      {source ? <Ics213Modal source={source} onClose={() => setSource(null)} /> : null}
    </>
  );
}
