// Contacts in escalation order (1 = call first). Move up/down reorders through `reorderEscalation`;
// focus stays on the moved contact's controls and the new position is announced.
import { Button, Text, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { reorderEscalation } from '../../../data/contacts/commands';
import { useDb } from '../../../data/dbContext';
import type { ContactRow } from '../../../data/rows';
import { ContactCard, moveButtonId } from './ContactCard';
import classes from './CustomerDetail.module.css';
import { DetailSection } from './DetailSection';

interface ContactsSectionProps {
  customerId: string;
  contacts: ContactRow[];
  onAdd: () => void;
  onEdit: (contact: ContactRow) => void;
  onDelete: (contact: ContactRow) => void;
}

const ordinal = (n: number) => {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
};

export function ContactsSection({ customerId, contacts, onAdd, onEdit, onDelete }: ContactsSectionProps) {
  const db = useDb();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  const move = async (contact: ContactRow, direction: 'up' | 'down') => {
    const ids = contacts.map((c) => c.id);
    const from = ids.indexOf(contact.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    pendingFocus.current = { id: contact.id, direction };
    const result = await reorderEscalation(db, customerId, ids);
    if (!result.ok) {
      pendingFocus.current = null;
      setError(result.error);
      return;
    }
    setError(null);
    setAnnouncement(`${contact.name} is now ${ordinal(to + 1)} of ${ids.length} in the escalation order.`);
  };

  // Once the new order is on screen: keep focus on the same button, or its twin when it became disabled.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const index = contacts.findIndex((c) => c.id === pending.id);
    const atEdge = pending.direction === 'up' ? index === 0 : index === contacts.length - 1;
    const other = pending.direction === 'up' ? 'down' : 'up';
    pendingFocus.current = null;
    document.getElementById(moveButtonId(pending.id, atEdge ? other : pending.direction))?.focus();
  }, [contacts]);

  return (
    <DetailSection
      id="customer-contacts"
      title={`Contacts (${contacts.length})`}
      aside={
        <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden />} onClick={onAdd}>
          Add contact
        </Button>
      }
    >
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert" mb="xs">
          {error}
        </Text>
      )}
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contacts yet. Add the people to call, first to call first.
        </Text>
      ) : (
        <ol className={classes.contacts} aria-label="Contacts in escalation order">
          {contacts.map((contact, index) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              position={index + 1}
              isFirst={index === 0}
              isLast={index === contacts.length - 1}
              onMove={(direction) => void move(contact, direction)}
              onEdit={() => onEdit(contact)}
              onDelete={() => onDelete(contact)}
            />
          ))}
        </ol>
      )}
    </DetailSection>
  );
}
