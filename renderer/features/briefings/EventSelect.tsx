import { Select } from '@mantine/core';
import { eventStatuses } from '../../../shared/domain/event';
import type { EventRow } from '../../data/rows';
import { eventStatusLabels } from '../events/eventLabels';

interface EventSelectProps {
  events: EventRow[];
  value: string | null;
  onChange: (eventId: string) => void;
}

/** Which event's briefings to read, grouped active / planned / closed. */
export function EventSelect({ events, value, onChange }: EventSelectProps) {
  const data = eventStatuses
    .map((status) => ({
      group: eventStatusLabels[status],
      items: events.filter((e) => e.status === status).map((e) => ({ value: e.id, label: e.name })),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <Select
      label="Event"
      data={data}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      checkIconPosition="right"
      w={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
