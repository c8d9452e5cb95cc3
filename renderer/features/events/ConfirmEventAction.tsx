// Closing an event (and switching, which closes the active one) ends it for everyone: ask first.
import { Modal } from '@mantine/core';
import tone from '../log/tone.module.css';
import type { EventAction } from './eventActions';
import { EventActionConfirm } from './EventActionConfirm';

interface ConfirmEventActionProps {
  action: EventAction | null;
  onDone: () => void;
}

export function ConfirmEventAction({ action, onDone }: ConfirmEventActionProps) {
  return (
    <Modal opened={action !== null} onClose={onDone} title={action?.title} className={tone.scope} closeButtonProps={{ 'aria-label': 'Cancel' }}>
      {action ? <EventActionConfirm key={action.title} action={action} onCancel={onDone} onDone={onDone} /> : null}
    </Modal>
  );
}
