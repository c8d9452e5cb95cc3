// An acknowledgement says a user has read a briefing version. Append-only: never updated or deleted.
import { z } from 'zod';
import { instant, recordId, requiredText, syncedBaseShape, wholeNumber } from './base';

export const briefingAckFieldsShape = {
  briefingId: recordId('Briefing'),
  eventId: recordId('Event'),
  version: wholeNumber('Version', 1),
  userId: requiredText('User id', 100),
  userName: requiredText('User name', 200),
  at: instant('Acknowledged at'),
};

export const briefingAckSchema = z.object({ ...syncedBaseShape, ...briefingAckFieldsShape });
export type BriefingAck = z.output<typeof briefingAckSchema>;
