import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../data/customers/commands';
import { appendLogEntry, closeFollowUp } from '../../../data/log/commands';
import { customerInput, logInput } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { closeFollowUpFormSchema } from './closeFollowUpForm';
import { followUpSections, loadFollowUps } from './followUpsModel';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

describe('follow-ups list', () => {
  it('splits follow-ups into overdue, due within the hour, open and closed, with names', async () => {
    const db = await createTestDb({ name: 'Dana Whitfield' });
    const plant = expectOk(await createCustomer(db, customerInput({ name: 'Lakeport Water Plant' })));
    const ask = (summary: string, dueInMinutes: number) =>
      appendLogEntry(db, logInput({ customerId: plant.id, category: 'commitment', summary, followUp: { owner: 'Dana Whitfield', dueAt: at(dueInMinutes) } }));
    const late = expectOk(await ask('Call back with the ETR', -30));
    expectOk(await ask('Confirm the fuel delivery', 20));
    expectOk(await ask('Weekly check-in', 600));
    const done = expectOk(await ask('Send the outage map', -90));
    expectOk(await closeFollowUp(db, done.id, { summary: 'Map sent by email', channel: 'email' }));

    const sections = followUpSections(await loadFollowUps(db, Date.now()));
    const summaries = (rows: typeof sections.open) => rows.map((r) => r.item.current.summary);
    expect(summaries(sections.overdue)).toEqual(['Call back with the ETR']);
    expect(summaries(sections.due)).toEqual(['Confirm the fuel delivery']);
    expect(summaries(sections.open)).toEqual(['Weekly check-in']);
    expect(summaries(sections.closed)).toEqual(['Send the outage map']);
    expect(sections.closed[0]!.item.closedBy?.summary).toBe('Map sent by email');
    expect(sections.overdue[0]).toMatchObject({ customerName: 'Lakeport Water Plant', contactName: null });
    expect(sections.overdue[0]!.item.entry.id).toBe(late.id);
  });

  it('validates the closing entry with the shared log schema', () => {
    const parsed = closeFollowUpFormSchema.safeParse({ summary: ' ', channel: 'phone', direction: 'outbound', occurredAt: '' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['summary', 'Summary is required']]);
    expect(closeFollowUpFormSchema.parse({ summary: 'Called back', channel: 'sms', direction: 'outbound', occurredAt: '' })).toEqual({
      summary: 'Called back', channel: 'sms', direction: 'outbound',
    });
  });
});
