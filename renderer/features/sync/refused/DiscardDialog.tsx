import { Button, Group, Modal, Text } from '@mantine/core';

interface DiscardDialogProps {
  opened: boolean;
  what: string;
  isInsert: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before a refused change is thrown away; focus starts on Cancel. */
export function DiscardDialog({ opened, what, isInsert, onCancel, onConfirm }: DiscardDialogProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Discard this change?" size="sm" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Text size="sm">
        {what}. {isInsert
          ? 'The new record and any later changes to it are removed from this device. The server never had them.'
          : 'The record goes back to the server’s version on this device. The server never had this change.'}
      </Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={onCancel} data-autofocus>Keep it</Button>
        <Button color="red.9" onClick={onConfirm}>Discard</Button>
      </Group>
    </Modal>
  );
}
