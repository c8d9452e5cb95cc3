// The synced entity kinds and their record schemas, by the names used on the wire (mutations, pulls).
import type { z } from 'zod';
import { briefingSchema } from './briefing';
import { briefingAckSchema } from './briefingAck';
import { contactSchema } from './contact';
import { customerSchema } from './customer';
import { eventSchema } from './event';
import { logEntrySchema } from './logEntry';

export const entityNames = ['customer', 'contact', 'event', 'briefing', 'briefingAck', 'logEntry'] as const;
export type EntityName = (typeof entityNames)[number];

export const entitySchemas = {
  customer: customerSchema,
  contact: contactSchema,
  event: eventSchema,
  briefing: briefingSchema,
  briefingAck: briefingAckSchema,
  logEntry: logEntrySchema,
} as const satisfies Record<EntityName, z.ZodType>;

export type EntityRecord<E extends EntityName> = z.output<(typeof entitySchemas)[E]>;

/** Entities that are only ever inserted (no update, no delete). */
export const appendOnlyEntities: readonly EntityName[] = ['logEntry', 'briefingAck'];
