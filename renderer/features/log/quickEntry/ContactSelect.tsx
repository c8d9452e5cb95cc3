// The contact of the chosen customer, in escalation order (native select: type a letter to jump,
// arrows to move). Shows the first phone so the liaison can dial while logging.
import { NativeSelect } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Ref } from 'react';
import { contactsOfCustomer } from '../../../data/contacts/queries';
import { useDb } from '../../../data/dbContext';

interface ContactSelectProps {
  customerId: string | null;
  value: string | null;
  onChange: (contactId: string | null) => void;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
  size?: 'xs' | 'sm';
  className?: string;
}

export function ContactSelect({ customerId, value, onChange, error, selectRef, size = 'sm', className }: ContactSelectProps) {
  const db = useDb();
  const contacts = useLiveQuery(() => (customerId ? contactsOfCustomer(db, customerId) : []), [db, customerId], []);
  const data = [
    { value: '', label: customerId ? 'No particular contact' : 'Choose a customer first' },
    ...contacts.map((c) => ({
      value: c.id,
      label: [`${c.escalationOrder}. ${c.name}`, c.role, c.phones[0]?.number].filter(Boolean).join(' · '),
    })),
  ];
  return (
    <NativeSelect
      ref={selectRef}
      className={className}
      size={size}
      label="Contact"
      data={data}
      value={value ?? ''}
      disabled={!customerId}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value || null)}
    />
  );
}
