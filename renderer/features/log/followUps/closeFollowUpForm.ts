// The "close follow-up" form's values and their validation with the shared log schema pieces, so the
// messages are the same as everywhere else. Times are `datetime-local` values ('' = now).
import { z } from 'zod';
import { instant } from '../../../../shared/domain/base';
import { logContentShape } from '../../../../shared/domain/logEntry';
import type { LogChannel, LogDirection } from '../../../../shared/domain/logEntry';
import { fromLocalInput } from '../../../format/localInput';

export interface CloseFollowUpValues {
  summary: string;
  channel: LogChannel;
  direction: LogDirection;
  occurredAt: string;
}

export const closeFollowUpDefaults: CloseFollowUpValues = { summary: '', channel: 'phone', direction: 'outbound', occurredAt: '' };

const toInput = (values: unknown) => {
  const v = values as CloseFollowUpValues;
  return { ...v, occurredAt: fromLocalInput(v.occurredAt) ?? undefined };
};

export const closeFollowUpFormSchema = z.preprocess(
  toInput,
  z.object({
    summary: logContentShape.summary,
    channel: logContentShape.channel,
    direction: logContentShape.direction,
    occurredAt: instant('When it happened').optional(),
  }),
);

/** The command's input for these values. */
export const closeFollowUpInput = (values: CloseFollowUpValues) => closeFollowUpFormSchema.parse(values);
