import { Kbd, List, Stack, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useShortcut } from '../../../app/useShortcut';
import classes from './CustomerDetail.module.css';

/** The right pane before a customer is opened: how to find and open one with the keyboard. */
export function NoCustomerSelected() {
  const shortcut = useShortcut();
  return (
    <Stack align="center" justify="center" gap="xs" className={classes.placeholder}>
      <IconAddressBook size={36} stroke={1.4} aria-hidden className={classes.placeholderIcon} />
      <Title order={2} size="h3">
        No customer open
      </Title>
      <Text size="sm" c="dimmed" ta="center" maw={360}>
        Search by name, contact, account number, address or phone digits, then open a customer to see its contacts,
        service points and backup generation.
      </Text>
      <List size="sm" c="dimmed" spacing={4} mt="xs" aria-label="Keyboard">
        <List.Item>
          <Kbd size="xs">/</Kbd> or <Kbd size="xs">{shortcut.label('F')}</Kbd> search
        </List.Item>
        <List.Item>
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move through the list, <Kbd size="xs">Enter</Kbd> open
        </List.Item>
        <List.Item>
          <Kbd size="xs">Esc</Kbd> from a customer back to the list
        </List.Item>
        <List.Item>
          <Kbd size="xs">Alt+N</Kbd> new customer
        </List.Item>
      </List>
    </Stack>
  );
}
