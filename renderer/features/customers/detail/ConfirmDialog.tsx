import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import type { CommandResult } from '../../../data/commandResult';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => Promise<CommandResult<unknown>>;
  /** After the command succeeded. */
  onDone: () => void;
}

/** Asks before a destructive command; focus starts on Cancel; a refusal is shown, not swallowed. */
export function ConfirmDialog({ opened, title, message, confirmLabel, onCancel, onConfirm, onDone }: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = () => {
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    setBusy(true);
    const result = await onConfirm();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onDone();
  };
  return (
    <Modal opened={opened} onClose={cancel} title={title} size="sm" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Text size="sm">{message}</Text>
      {error && (
        <Alert color="red" variant="light" mt="sm" role="alert" title="Not deleted">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={cancel} data-autofocus>
          Cancel
        </Button>
        <Button color="red.9" onClick={() => void confirm()} loading={busy}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
