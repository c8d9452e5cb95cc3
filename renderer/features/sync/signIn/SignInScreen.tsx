// The first screen on a device, and after a session ends: email and password, and on a server started
// with demo data, its demo accounts for one-click sign-in. Signing in needs the server once; the first
// sign-in then downloads the organization's data so the app works offline.
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import appIconUrl from '../../../../assets/icon.svg';
import { useAppStore } from '../../../store/appStore';
import { selectAccount } from '../../../store/syncSlice';
import { signInWithPassword } from '../accountSession';
import { DemoAccounts } from './DemoAccounts';
import { signInFormSchema } from './signInForm';
import type { SignInFormValues } from './signInForm';
import { useServerHealth } from './useServerHealth';

export function SignInScreen() {
  useDocumentTitle('Sign in · Liaison Desk');
  const account = useAppStore(selectAccount);
  const health = useServerHealth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<SignInFormValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: schemaResolver(signInFormSchema, { sync: true }),
  });

  const submit = async (email: string, password: string) => {
    setBusy(true);
    setError(null);
    const failure = await signInWithPassword(email.trim(), password);
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <Center component="main" mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={440} gap="md">
        <Stack gap={6} align="center">
          <img src={appIconUrl} alt="" width={40} height={40} />
          <Title order={1} ta="center">Sign in to Liaison Desk</Title>
          <Text size="sm" c="dimmed" ta="center">
            Signing in needs the server once. Your organization’s data then stays on this device and works offline.
          </Text>
        </Stack>
        {account.notice ? (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>{account.notice}</Alert>
        ) : null}
        {health === null ? (
          <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />} title="The server cannot be reached">
            Check the network connection. You can sign in as soon as the server answers.
          </Alert>
        ) : null}
        <Paper withBorder radius="md" p="lg">
          <form onSubmit={form.onSubmit((values) => void submit(values.email, values.password))} noValidate aria-label="Sign in">
            <Stack gap="sm">
              <TextInput label="Email" type="email" autoComplete="username" data-autofocus autoFocus key={form.key('email')} {...form.getInputProps('email')} />
              <PasswordInput label="Password" autoComplete="current-password" key={form.key('password')} {...form.getInputProps('password')} />
              {error ? (
                <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle size={18} />}>{error}</Alert>
              ) : null}
              <Button type="submit" loading={busy} fullWidth>Sign in</Button>
            </Stack>
          </form>
        </Paper>
        {health?.demoData ? <DemoAccounts disabled={busy} onSignIn={(email, password) => void submit(email, password)} /> : null}
        <Text size="xs" c="dimmed" ta="center">No account yet? Ask your administrator.</Text>
      </Stack>
    </Center>
  );
}
