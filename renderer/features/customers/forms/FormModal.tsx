// A modal for an edit form that never loses typing by accident: closing it (Escape, the close button,
// Cancel) with unsaved changes first asks whether to discard them.
import { Alert, Button, Group, Modal } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface FormModalProps {
  opened: boolean;
  title: string;
  /** The form has unsaved changes. */
  dirty: boolean;
  onClose: () => void;
  children: (requestClose: () => void) => ReactNode;
}

export function FormModal({ opened, title, dirty, onClose, children }: FormModalProps) {
  const [confirming, setConfirming] = useState(false);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepEditingRef.current?.focus();
  }, [confirming]);
  const close = () => {
    setConfirming(false);
    onClose();
  };
  const requestClose = () => (dirty ? setConfirming(true) : close());
  return (
    <Modal opened={opened} onClose={requestClose} title={title} size="lg" closeOnClickOutside={false} closeButtonProps={{ 'aria-label': 'Close' }}>
      {confirming && (
        <Alert color="orange" variant="light" title="Discard your changes?" mb="md" role="alert">
          <Group gap="xs" mt={4}>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)} ref={keepEditingRef}>
              Keep editing
            </Button>
            <Button size="xs" color="red" onClick={close}>
              Discard changes
            </Button>
          </Group>
        </Alert>
      )}
      {children(requestClose)}
    </Modal>
  );
}
