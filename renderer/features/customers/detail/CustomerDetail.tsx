// The customer page (right pane, /customers/:customerId): header facts, contacts in escalation order,
// service points, backup generation, notes and the recent log. It owns the dialogs opened from it.
// Escape anywhere in the page returns focus to the list.
import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { deleteContact } from '../../../data/contacts/commands';
import { deleteCustomer } from '../../../data/customers/commands';
import { customerWithContacts } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import type { ContactRow } from '../../../data/rows';
import { useAppStore } from '../../../store/appStore';
import { ContactFormModal } from '../forms/ContactFormModal';
import { CustomerFormModal } from '../forms/CustomerFormModal';
import { LISTBOX_ID } from '../list/DirectoryList';
import { BackupGenerationSection } from './BackupGenerationSection';
import { ConfirmDialog } from './ConfirmDialog';
import { ContactsSection } from './ContactsSection';
import classes from './CustomerDetail.module.css';
import { CustomerHeader } from './CustomerHeader';
import { wantsDetailFocus, wantsFirstContact } from './detailNavigation';
import { NotesSection } from './NotesSection';
import { RecentLogSection } from './RecentLogSection';
import { ServicePointsSection } from './ServicePointsSection';

type Dialog =
  | { kind: 'editCustomer' }
  | { kind: 'deleteCustomer' }
  | { kind: 'addContact'; first: boolean }
  | { kind: 'editContact'; contact: ContactRow }
  | { kind: 'deleteContact'; contact: ContactRow };

const focusList = () => document.getElementById(LISTBOX_ID)?.focus();

/** Route element: a fresh page per customer, so nothing of the previous one lingers. */
export function CustomerDetailRoute() {
  const { customerId = '' } = useParams();
  return <CustomerDetail key={customerId} customerId={customerId} />;
}

export function CustomerDetail({ customerId }: { customerId: string }) {
  const db = useDb();
  const navigate = useNavigate();
  const location = useLocation();
  const data = useLiveQuery(async () => (await customerWithContacts(db, customerId)) ?? null, [db, customerId]);
  const setSelected = useAppStore((s) => s.setDirectorySelectedId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [dialog, setDialog] = useState<Dialog | null>(() => (wantsFirstContact(location.state) ? { kind: 'addContact', first: true } : null));
  const loaded = data !== undefined;

  useEffect(() => {
    setSelected(customerId);
    return () => setSelected(null);
  }, [customerId, setSelected]);

  // Opened from the keyboard: focus the customer's name. The one-time flags leave the history entry,
  // so a reload does not reopen the first-contact dialog.
  const focusRequested = wantsDetailFocus(location.state);
  useEffect(() => {
    if (!loaded || !focusRequested) return;
    if (!wantsFirstContact(location.state)) headingRef.current?.focus();
    void navigate(location.pathname, { replace: true, state: null });
  }, [loaded, focusRequested, location.state, location.pathname, navigate]);

  const closeDialog = () => {
    setDialog(null);
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) headingRef.current?.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented && e.currentTarget.contains(e.target as Node)) {
      e.preventDefault();
      focusList();
    }
  };

  if (data === undefined) {
    return (
      <Center h="100%">
        <Loader size="sm" aria-label="Loading the customer" />
      </Center>
    );
  }
  if (data === null) {
    return (
      <Stack p="lg" gap="xs">
        <Title order={2}>Customer not found</Title>
        <Text size="sm" c="dimmed">
          This customer is not on this device. It may have been removed, or not synced yet.
        </Text>
        <div>
          <Button variant="default" size="xs" onClick={() => void navigate('/customers', { replace: true })}>
            Back to the directory
          </Button>
        </div>
      </Stack>
    );
  }

  const { customer, contacts } = data;
  return (
    <article className={classes.page} aria-labelledby="customer-name" onKeyDown={onKeyDown}>
      {customer.deletedAt !== null && (
        <Alert color="red" variant="light" title="This customer was deleted" mb="md" role="status">
          It no longer appears in the directory or in search. What is shown here is the last version on this device.
        </Alert>
      )}
      <CustomerHeader
        customer={customer}
        headingRef={headingRef}
        onEdit={() => setDialog({ kind: 'editCustomer' })}
        onDelete={() => setDialog({ kind: 'deleteCustomer' })}
        onClose={() => {
          void navigate('/customers', { replace: true });
          requestAnimationFrame(focusList);
        }}
      />
      <ContactsSection
        customerId={customer.id}
        contacts={contacts}
        onAdd={() => setDialog({ kind: 'addContact', first: false })}
        onEdit={(contact) => setDialog({ kind: 'editContact', contact })}
        onDelete={(contact) => setDialog({ kind: 'deleteContact', contact })}
      />
      <ServicePointsSection servicePoints={customer.servicePoints} />
      <BackupGenerationSection customer={customer} />
      <NotesSection notes={customer.notes} />
      <RecentLogSection customerId={customer.id} />

      <CustomerFormModal opened={dialog?.kind === 'editCustomer'} customer={customer} onClose={closeDialog} onSaved={closeDialog} />
      <ContactFormModal
        opened={dialog?.kind === 'addContact' || dialog?.kind === 'editContact'}
        customerId={customer.id}
        customerName={customer.name}
        contact={dialog?.kind === 'editContact' ? dialog.contact : undefined}
        firstContact={dialog?.kind === 'addContact' && dialog.first}
        onClose={closeDialog}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'deleteCustomer'}
        title={`Delete ${customer.name}?`}
        message="The customer leaves the directory and search on every device after the next sync. Its log entries are kept."
        confirmLabel="Delete customer"
        onCancel={closeDialog}
        onConfirm={() => deleteCustomer(db, customer.id)}
        onDone={() => {
          setDialog(null);
          void navigate('/customers', { replace: true });
          requestAnimationFrame(focusList);
        }}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'deleteContact'}
        title={dialog?.kind === 'deleteContact' ? `Delete ${dialog.contact.name}?` : 'Delete contact?'}
        message="The contact leaves this customer's escalation list on every device after the next sync."
        confirmLabel="Delete contact"
        onCancel={closeDialog}
        onConfirm={() => (dialog?.kind === 'deleteContact' ? deleteContact(db, dialog.contact.id) : Promise.resolve({ ok: true as const, value: null }))}
        onDone={closeDialog}
      />
    </article>
  );
}
