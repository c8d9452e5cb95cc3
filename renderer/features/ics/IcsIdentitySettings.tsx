// ICS position, home agency and unit as the ICS 214 and 213 print them. Starts from the account's values;
// what is saved here stays on this device.
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { IcsIdentity } from '../../../shared/ics/icsIdentity';
import { useDb } from '../../data/dbContext';
import { saveIcsIdentity } from '../../data/ics/commands';
import { icsIdentity } from '../../data/ics/queries';
import { issuesToFormErrors } from '../../forms/issuesToFormErrors';

function IcsIdentityForm({ initial }: { initial: IcsIdentity }) {
  const db = useDb();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState('');
  const field = (key: keyof IcsIdentity) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      setValues({ ...values, [key]: e.currentTarget.value });
      setStatus('');
    },
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await saveIcsIdentity(db, values);
    const problems = result.ok ? { fields: {}, general: [] } : issuesToFormErrors(result.issues, result.error);
    setErrors(problems.fields);
    setStatus(result.ok ? 'Saved.' : `Not saved: ${result.error}`);
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <SimpleGrid cols={3}>
          <TextInput label="ICS position" placeholder="Agency Representative" {...field('icsPosition')} />
          <TextInput label="Home agency" {...field('homeAgency')} />
          <TextInput label="Unit" {...field('homeUnit')} />
        </SimpleGrid>
        <Group justify="space-between">
          <Text size="sm" role="status">{status}</Text>
          <Button type="submit" size="xs">Save ICS details</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function IcsIdentitySettings() {
  const db = useDb();
  const initial = useLiveQuery(() => icsIdentity(db), [db]);
  return initial ? <IcsIdentityForm initial={initial} /> : null;
}
