// Create or edit a customer. Validation is the shared schema (messages from shared/domain) on blur
// and on submit; a command refusal maps its issues back onto the fields. The form keeps everything
// typed on any error, and Ctrl/Cmd+Enter saves from any field.
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { customerTiers, facilityTypes } from '../../../../shared/domain/customer';
import type { Customer } from '../../../../shared/domain/customer';
import { createCustomer, updateCustomer } from '../../../data/customers/commands';
import { customerFilterOptions } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import { localProfile } from '../../../data/meta/queries';
import type { CustomerRow } from '../../../data/rows';
import { errorMessages } from '../../../forms/errorMessages';
import { focusFirstInvalid } from '../../../forms/focusFirstInvalid';
import { issuesToFormErrors } from '../../../forms/issuesToFormErrors';
import { facilityLabels, tierLabels } from '../customerLabels';
import { BackupGenerationFields } from './BackupGenerationFields';
import { customerFormValidator, customerValuesOf, emptyCustomerValues, toCustomerInput } from './customerFormValues';
import type { CustomerFormValues } from './customerFormValues';
import { keepFocusOnMouseDown, validateChangedOnBlur } from './formBehavior';
import { FormErrorSummary } from './FormErrorSummary';
import classes from './forms.module.css';
import { FormModal } from './FormModal';
import { ServicePointsFields } from './ServicePointsFields';
import { submitOnModEnter } from './submitOnModEnter';

interface CustomerFormModalProps {
  opened: boolean;
  /** Absent: create a new customer. */
  customer?: CustomerRow;
  onClose: () => void;
  onSaved: (customer: CustomerRow) => void;
}

export function CustomerFormModal({ opened, customer, onClose, onSaved }: CustomerFormModalProps) {
  const [dirty, setDirty] = useState(false);
  return (
    <FormModal opened={opened} title={customer ? `Edit ${customer.name}` : 'New customer'} dirty={dirty} onClose={onClose}>
      {(requestClose) => <CustomerForm customer={customer} onCancel={requestClose} onSaved={onSaved} onDirtyChange={setDirty} />}
    </FormModal>
  );
}

interface CustomerFormProps {
  customer?: CustomerRow;
  onCancel: () => void;
  onSaved: (customer: CustomerRow) => void;
  onDirtyChange: (dirty: boolean) => void;
}

const fieldRoots = new Set<string>(Object.keys(emptyCustomerValues()));
/** The field showing an issue's path: the liaison picker sets the liaison's name too, and ids of rows
 *  (service points) have no input, so those go to the summary. */
function fieldOf(path: string): string | undefined {
  const field = path === 'assignedLiaisonName' ? 'assignedLiaisonId' : path;
  return fieldRoots.has(field.split('.')[0]!) && !field.endsWith('.id') ? field : undefined;
}

export function CustomerForm({ customer, onCancel, onSaved, onDirtyChange }: CustomerFormProps) {
  const db = useDb();
  const formRef = useRef<HTMLFormElement>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [attempted, setAttempted] = useState(false);
  // What the form showed when it opened: the base of the edit, so sync can tell a stale edit.
  const [seen] = useState<Partial<Customer> | undefined>(() => (customer ? { ...customer } : undefined));
  const options = useLiveQuery(() => customerFilterOptions(db), [db]);
  const me = useLiveQuery(() => localProfile(db), [db]);
  const liaisons = useMemo(() => {
    const list = [...(options?.liaisons ?? [])];
    if (me && !list.some((l) => l.id === me.id)) list.unshift({ id: me.id, name: `${me.name} (me)` });
    if (customer?.assignedLiaisonId && !list.some((l) => l.id === customer.assignedLiaisonId)) {
      list.push({ id: customer.assignedLiaisonId, name: customer.assignedLiaisonName ?? customer.assignedLiaisonId });
    }
    return list;
  }, [options, me, customer]);
  const liaisonName = (id: string) => liaisons.find((l) => l.id === id)?.name.replace(/ \(me\)$/, '') ?? null;

  const form = useForm<CustomerFormValues>({
    mode: 'controlled',
    initialValues: customer ? customerValuesOf(customer) : emptyCustomerValues(),
    validate: customerFormValidator(liaisonName),
    enhanceGetInputProps: validateChangedOnBlur,
    onValuesChange: () => onDirtyChange(true),
  });

  const save = form.onSubmit(
    async (values) => {
      setAttempted(true);
      const input = toCustomerInput(values, liaisonName);
      const result = customer ? await updateCustomer(db, customer.id, input, seen) : await createCustomer(db, input);
      if (result.ok) {
        onDirtyChange(false);
        onSaved(result.value);
        return;
      }
      const problems = issuesToFormErrors(result.issues, result.error, fieldOf);
      form.setErrors(problems.fields);
      setGeneral(problems.general);
      focusFirstInvalid(formRef.current);
    },
    () => {
      setAttempted(true);
      setGeneral([]);
      focusFirstInvalid(formRef.current);
    },
  );

  const summary = attempted ? [...general, ...errorMessages(form.errors)] : [];
  return (
    <form ref={formRef} onSubmit={save} onKeyDown={submitOnModEnter} className={classes.form} noValidate aria-label={customer ? 'Edit customer' : 'New customer'}>
      <FormErrorSummary messages={summary} title={customer ? 'The customer was not saved' : 'The customer was not created'} />
      <Stack gap="sm">
        <TextInput label="Customer name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Account number" withAsterisk {...form.getInputProps('accountNumber')} />
          <TextInput label="Premise id" {...form.getInputProps('premiseId')} />
          <NativeSelect
            label="Priority tier"
            withAsterisk
            data={[{ value: '', label: 'Choose a tier…', disabled: true }, ...customerTiers.map((t) => ({ value: t, label: tierLabels[t] }))]}
            {...form.getInputProps('tier')}
          />
          <NativeSelect
            label="Facility type"
            withAsterisk
            data={[{ value: '', label: 'Choose a facility type…', disabled: true }, ...facilityTypes.map((t) => ({ value: t, label: facilityLabels[t] }))]}
            {...form.getInputProps('facilityType')}
          />
          <NativeSelect
            label="Assigned liaison"
            data={[{ value: '', label: 'Unassigned' }, ...liaisons.map((l) => ({ value: l.id, label: l.name }))]}
            {...form.getInputProps('assignedLiaisonId')}
          />
          <NumberInput label="Check-in cadence (days)" withAsterisk min={1} max={365} allowDecimal={false} allowNegative={false} {...form.getInputProps('checkInCadenceDays')} />
        </SimpleGrid>
        <ServicePointsFields form={form} serviceAreas={options?.serviceAreas ?? []} />
        <BackupGenerationFields form={form} />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
      </Stack>
      <Group justify="flex-end" gap="sm" className={classes.actions}>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={form.submitting} aria-keyshortcuts="Control+Enter" onMouseDown={keepFocusOnMouseDown}>
          {customer ? 'Save changes' : 'Create customer'}
        </Button>
      </Group>
    </form>
  );
}
