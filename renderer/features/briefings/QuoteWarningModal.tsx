import { Alert, Blockquote, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { QuoteWarning } from './model/freshness';
import type { PendingCopy } from './useGuardedCopy';

interface QuoteWarningModalProps {
  warning: QuoteWarning | null;
  pending: PendingCopy | null;
  currentVersion: number | null;
  onConfirm: () => void;
  onCancel: () => void;
  onShowCurrent: () => void;
}

/** Asked before anything leaves a superseded or draft version; "Cancel" has the initial focus. */
export function QuoteWarningModal({ warning, pending, currentVersion, onConfirm, onCancel, onShowCurrent }: QuoteWarningModalProps) {
  const opened = warning !== null && pending !== null;
  return (
    <Modal opened={opened} onClose={onCancel} title={warning?.title ?? ''} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      {warning && pending && (
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {warning.message}
          </Alert>
          <div>
            <Text size="sm" fw={600} mb={4}>
              You are about to copy:
            </Text>
            <Blockquote p="sm" color="gray" style={{ whiteSpace: 'pre-wrap' }}>
              {pending.text}
            </Blockquote>
          </div>
          <Group justify="flex-end" gap="sm">
            {currentVersion !== null && (
              <Button variant="subtle" onClick={onShowCurrent} mr="auto">
                Read version {currentVersion} instead
              </Button>
            )}
            <Button variant="default" onClick={onCancel} data-autofocus>
              Cancel
            </Button>
            <Button color="red.9" onClick={onConfirm}>
              Copy anyway
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
