import { Button, Group, Modal, Stack, Text } from '@mantine/core';

interface PublishConfirmModalProps {
  opened: boolean;
  version: number;
  supersedes: number | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Publishing cannot be undone and changes what every liaison quotes: ask once. */
export function PublishConfirmModal({ opened, version, supersedes, onConfirm, onCancel }: PublishConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={`Publish version ${version}?`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="md">
        <Text size="sm">
          Every liaison will be asked to read and acknowledge it.
          {supersedes !== null && ` Version ${supersedes} will be marked superseded and readers warned before quoting it.`}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Keep editing
          </Button>
          <Button onClick={onConfirm}>Publish version {version}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
