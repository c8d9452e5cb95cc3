// An event is an incident the liaisons work under (storm, wildfire shutoff, planned outage). Its
// operational periods are not stored: they derive from the period config (see operationalPeriods.ts).
import { z } from 'zod';
import { choice, instant, requiredText, syncedBaseShape, wholeNumber } from './base';

export const eventKinds = ['storm', 'wildfire_shutoff', 'planned_outage', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventStatuses = ['planned', 'active', 'closed'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const operationalPeriodConfigSchema = z.object({
  lengthHours: wholeNumber('Operational period length (hours)', 1, 168).default(12),
  /** Start of period 1; when null, periods start at the event's start. */
  firstStartAt: instant('First operational period start').nullable().default(null),
});
export type OperationalPeriodConfig = z.output<typeof operationalPeriodConfigSchema>;

export const eventFieldsShape = {
  name: requiredText('Event name', 200),
  kind: choice(eventKinds, 'Event kind'),
  status: choice(eventStatuses, 'Event status').default('planned'),
  startedAt: instant('Event start').nullable().default(null),
  endedAt: instant('Event end').nullable().default(null),
  operationalPeriod: operationalPeriodConfigSchema.default({ lengthHours: 12, firstStartAt: null }),
  affectedServiceAreas: z.array(requiredText('Service area', 100)).max(500).default([]),
};
export type EventField = keyof typeof eventFieldsShape;

type EventLike = z.output<z.ZodObject<typeof eventFieldsShape>>;
const checkEvent = (e: EventLike, ctx: z.RefinementCtx) => {
  if (e.startedAt !== null && e.endedAt !== null && e.endedAt < e.startedAt) {
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'The event cannot end before it started' });
  }
  if (e.status === 'active' && e.startedAt === null) {
    ctx.addIssue({ code: 'custom', path: ['startedAt'], message: 'An active event needs its start time' });
  }
  if (e.status === 'closed' && e.endedAt === null) {
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'A closed event needs its end time' });
  }
};

export const eventInputSchema = z.object(eventFieldsShape).superRefine(checkEvent);
export type EventInput = z.input<typeof eventInputSchema>;

export const eventSchema = z.object({ ...syncedBaseShape, ...eventFieldsShape }).superRefine(checkEvent);
export type Event = z.output<typeof eventSchema>;
