// The log page's ICS actions: export one person's ICS 214 for an operational period of the active
// event, or write a free ICS 213 general message.
import { Button } from '@mantine/core';
import { IconFileExport, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { Ics213Modal } from './Ics213Modal';
import { Ics214ExportModal } from './Ics214ExportModal';

const FREE_MESSAGE = { kind: 'free' } as const;

export function IcsLogActions() {
  const [open, setOpen] = useState<'214' | '213' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconFileExport size={15} aria-hidden />} onClick={() => setOpen('214')}>
        Export ICS 214
      </Button>
      <Button variant="default" size="xs" leftSection={<IconMail size={15} aria-hidden />} onClick={() => setOpen('213')}>
        ICS 213 message
      </Button>
      {open === '214' ? <Ics214ExportModal onClose={close} /> : null}
      {open === '213' ? <Ics213Modal source={FREE_MESSAGE} onClose={close} /> : null}
    </>
  );
}
