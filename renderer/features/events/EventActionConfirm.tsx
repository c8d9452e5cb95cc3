import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import tone from '../log/tone.module.css';
import type { EventAction } from './eventActions';

/** The question, the error if the action was refused, and Cancel / confirm. */
export function EventActionConfirm({ action, onCancel, onDone }: { action: EventAction; onCancel: () => void; onDone: () => void }) {
  const [error, setError] = useState('');
  const [running, setRunning] = useState(false);
  const confirm = async () => {
    setRunning(true);
    const result = await action.run();
    setRunning(false);
    if (result.ok) onDone();
    else setError(result.error);
  };
  return (
    <>
      <Text size="sm">{action.message}</Text>
      {error ? <Text size="sm" mt="sm" role="alert" className={tone.dangerText}>{error}</Text> : null}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>Cancel</Button>
        <Button onClick={() => void confirm()} loading={running} data-autofocus>{action.confirmLabel}</Button>
      </Group>
    </>
  );
}
