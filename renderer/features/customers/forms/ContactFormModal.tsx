// Add or edit a contact of a customer. New contacts go to the end of the escalation order; "Save and
// add another" keeps the form open for the next person (the usual flow right after creating a
// customer). Validation and refusals behave as in the customer form.
import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { Contact } from '../../../../shared/domain/contact';
import { createContact, updateContact } from '../../../data/contacts/commands';
import { useDb } from '../../../data/dbContext';
import type { ContactRow } from '../../../data/rows';
import { errorMessages } from '../../../forms/errorMessages';
import { focusFirstInvalid } from '../../../forms/focusFirstInvalid';
import { issuesToFormErrors } from '../../../forms/issuesToFormErrors';
import { channelLabels, optionsOf } from '../customerLabels';
import { contactFormValidator, contactValuesOf, emptyContactValues, toContactFields, toContactInput } from './contactFormValues';
import type { ContactFormValues } from './contactFormValues';
import { EmailsFields } from './EmailsFields';
import { keepFocusOnMouseDown, validateChangedOnBlur } from './formBehavior';
import { FormErrorSummary } from './FormErrorSummary';
import classes from './forms.module.css';
import { FormModal } from './FormModal';
import { PhonesFields } from './PhonesFields';
import { submitOnModEnter } from './submitOnModEnter';

interface ContactFormModalProps {
  opened: boolean;
  customerId: string;
  customerName: string;
  /** Absent: add a new contact. */
  contact?: ContactRow;
  /** Right after the customer was created: say so, and invite adding its contacts. */
  firstContact?: boolean;
  onClose: () => void;
}

export function ContactFormModal({ opened, customerId, customerName, contact, firstContact = false, onClose }: ContactFormModalProps) {
  const [dirty, setDirty] = useState(false);
  const title = contact ? `Edit ${contact.name}` : `Add a contact to ${customerName}`;
  return (
    <FormModal opened={opened} title={title} dirty={dirty} onClose={onClose}>
      {(requestClose) => (
        <ContactForm customerId={customerId} contact={contact} firstContact={firstContact} onCancel={requestClose} onDone={onClose} onDirtyChange={setDirty} />
      )}
    </FormModal>
  );
}

interface ContactFormProps {
  customerId: string;
  contact?: ContactRow;
  firstContact: boolean;
  onCancel: () => void;
  onDone: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

const fieldRoots = new Set<string>(Object.keys(emptyContactValues()));
/** The field showing an issue's path; others (e.g. the customer id) go to the summary. */
const fieldOf = (path: string) => (fieldRoots.has(path.split('.')[0]!) ? path : undefined);

export function ContactForm({ customerId, contact, firstContact, onCancel, onDone, onDirtyChange }: ContactFormProps) {
  const db = useDb();
  const formRef = useRef<HTMLFormElement>(null);
  const addAnother = useRef(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [savedNames, setSavedNames] = useState<string[]>([]);
  const [seen] = useState<Partial<Contact> | undefined>(() => (contact ? { ...contact } : undefined));
  const form = useForm<ContactFormValues>({
    mode: 'controlled',
    initialValues: contact ? contactValuesOf(contact) : emptyContactValues(),
    validate: contactFormValidator(contact?.customerId ?? customerId),
    enhanceGetInputProps: validateChangedOnBlur,
    onValuesChange: () => onDirtyChange(true),
  });

  const save = form.onSubmit(
    async (values) => {
      const another = addAnother.current;
      addAnother.current = false;
      setAttempted(true);
      const result = contact
        ? await updateContact(db, contact.id, toContactFields(values), seen)
        : await createContact(db, toContactInput(values, customerId));
      if (!result.ok) {
        const problems = issuesToFormErrors(result.issues, result.error, fieldOf);
        form.setErrors(problems.fields);
        setGeneral(problems.general);
        focusFirstInvalid(formRef.current);
        return;
      }
      onDirtyChange(false);
      if (!another) return onDone();
      setSavedNames((names) => [...names, result.value.name]);
      setAttempted(false);
      setGeneral([]);
      form.setValues(emptyContactValues());
      form.resetDirty(emptyContactValues());
      onDirtyChange(false);
      requestAnimationFrame(() => form.getInputNode('name')?.focus());
    },
    () => {
      addAnother.current = false;
      setAttempted(true);
      setGeneral([]);
      focusFirstInvalid(formRef.current);
    },
  );

  const summary = attempted ? [...general, ...errorMessages(form.errors)] : [];
  return (
    <form ref={formRef} onSubmit={save} onKeyDown={submitOnModEnter} className={classes.form} noValidate aria-label={contact ? 'Edit contact' : 'New contact'}>
      {(firstContact || savedNames.length > 0) && (
        <Text size="sm" mb="sm" role="status">
          {savedNames.length > 0
            ? `Saved ${savedNames.join(', ')}. Add the next contact, or close when done.`
            : 'Customer created. Add its contacts now, first to call first: the order can be changed later.'}
        </Text>
      )}
      <FormErrorSummary messages={summary} title="The contact was not saved" />
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label="Contact name" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Role" placeholder="Facilities director, charge nurse…" {...form.getInputProps('role')} />
        </Group>
        <PhonesFields form={form} />
        <EmailsFields form={form} />
        <NativeSelect label="Preferred channel" data={optionsOf(channelLabels)} {...form.getInputProps('preferredChannel')} />
        <Textarea label="Notes" autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
      </Stack>
      <Group justify="flex-end" gap="sm" className={classes.actions}>
        <Button variant="default" onClick={onCancel}>
          {savedNames.length > 0 ? 'Close' : 'Cancel'}
        </Button>
        {!contact && (
          <Button
            variant="light"
            onMouseDown={keepFocusOnMouseDown}
            onClick={() => {
              addAnother.current = true;
              formRef.current?.requestSubmit();
            }}
          >
            Save and add another
          </Button>
        )}
        <Button type="submit" loading={form.submitting} aria-keyshortcuts="Control+Enter" onMouseDown={keepFocusOnMouseDown}>
          {contact ? 'Save changes' : 'Save contact'}
        </Button>
      </Group>
    </form>
  );
}
