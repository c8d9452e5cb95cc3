// The "new event" form: its values (local `datetime-local` times, the period length as typed) and
// their validation by the shared event schema, so every message comes from shared/domain/event.
import { z } from 'zod';
import { eventInputSchema } from '../../../shared/domain/event';
import type { EventInput, EventKind } from '../../../shared/domain/event';
import { operationalPeriodAt } from '../../../shared/domain/operationalPeriods';
import type { OperationalPeriod } from '../../../shared/domain/operationalPeriods';
import { fromLocalInput, toLocalInput } from '../../format/localInput';

export interface EventFormValues {
  name: string;
  kind: EventKind;
  /** '' = not started yet (it starts when activated). */
  startedAt: string;
  operationalPeriod: {
    lengthHours: number | string;
    /** '' = period 1 starts with the event. */
    firstStartAt: string;
  };
  activateNow: boolean;
}

export const eventFormDefaults = (now: number, activateNow: boolean): EventFormValues => ({
  name: '',
  kind: 'storm',
  startedAt: toLocalInput(now),
  operationalPeriod: { lengthHours: 12, firstStartAt: '' },
  activateNow,
});

/** The form's values in the shared input's shape (an empty length stays empty for the schema to name). */
function toSchemaInput(values: EventFormValues) {
  const length = values.operationalPeriod.lengthHours;
  return {
    name: values.name,
    kind: values.kind,
    startedAt: fromLocalInput(values.startedAt),
    operationalPeriod: {
      lengthHours: length === '' ? null : Number(length),
      firstStartAt: fromLocalInput(values.operationalPeriod.firstStartAt),
    },
  };
}

/** For `schemaResolver` and submit: the shared schema over the converted values (same field paths). */
export const eventFormSchema = z.preprocess((values) => toSchemaInput(values as EventFormValues), eventInputSchema);

/** The command input for valid values (throws on invalid ones: validate first). */
export const eventFormToInput = (values: EventFormValues): EventInput => eventFormSchema.parse(values);

/** The period the new event would be in now, for the form's preview (null before period 1 or when
 *  the length is not valid yet). An event without a start starts when activated, i.e. about now. */
export function previewPeriod(values: EventFormValues, now: number): OperationalPeriod | null {
  const lengthHours = Number(values.operationalPeriod.lengthHours);
  if (values.operationalPeriod.lengthHours === '' || !Number.isInteger(lengthHours) || lengthHours < 1 || lengthHours > 168) return null;
  const startedAt = fromLocalInput(values.startedAt) ?? new Date(now).toISOString();
  const firstStartAt = fromLocalInput(values.operationalPeriod.firstStartAt);
  if (Number.isNaN(Date.parse(startedAt)) || (firstStartAt !== null && Number.isNaN(Date.parse(firstStartAt)))) return null;
  return operationalPeriodAt({ startedAt, operationalPeriod: { lengthHours, firstStartAt } }, now);
}
