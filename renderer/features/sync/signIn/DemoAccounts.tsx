// A server started with demo data (DEMO_DATA) has one account per role sharing one password: list them
// so a demo or a trial is one click away. Never shown by a server without demo data.
import { Avatar, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { DEMO_PASSWORD } from '../../../../shared/demo/demoAccounts';
import classes from './DemoAccounts.module.css';
import { demoAccounts, describeDemoAccount } from './signInForm';

const initials = (name: string) => name.split(' ').map((part) => part[0]).join('').slice(0, 2);

export function DemoAccounts({ onSignIn, disabled }: { onSignIn: (email: string, password: string) => void; disabled: boolean }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="demo-accounts-title">
      <Title order={2} size="h5" id="demo-accounts-title">Demo accounts</Title>
      <Text size="xs" c="dimmed" mb="xs">
        This server runs with demo data. Every demo account uses the password <code>{DEMO_PASSWORD}</code>.
      </Text>
      <Stack gap={4}>
        {demoAccounts.map((account) => (
          <UnstyledButton
            key={account.id}
            className={classes.account}
            disabled={disabled}
            onClick={() => onSignIn(account.email, DEMO_PASSWORD)}
            aria-label={`Sign in as ${account.name}, ${describeDemoAccount(account)}`}
          >
            <Group gap="sm" wrap="nowrap">
              <Avatar size={30} radius="xl" variant="filled" color="blue.9">{initials(account.name)}</Avatar>
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={600}>{account.name}</Text>
                <Text size="xs" c="dimmed" truncate>{describeDemoAccount(account)}</Text>
              </Stack>
              <IconChevronRight size={16} aria-hidden />
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
