// Outreach for the active event on the loaded directory, as the Outreach view computes it
// (`eventOutreach`, re-run by useLiveQuery after every write): the first computation, then a call
// logged to a listed customer followed by the recomputation, several times. Long main-thread tasks
// (PerformanceObserver "longtask", 50 ms and over) are recorded throughout: a stall is one of those.
// With `customers` set, an author first publishes a version listing only the first of the current
// areas that together hold that many customers (the bench storm's areas hold ~33k).
import { briefingContentShape } from '../../shared/domain/briefing';
import type { BriefingDraftInput } from '../../shared/domain/briefing';
import { publishBriefing, saveBriefingDraft } from '../../renderer/data/briefings/commands';
import { briefingVersions } from '../../renderer/data/briefings/queries';
import { openLocalDb } from '../../renderer/data/db';
import type { LiaisonDb } from '../../renderer/data/db';
import { activeEvent } from '../../renderer/data/events/queries';
import { appendLogEntry } from '../../renderer/data/log/commands';
import { updateLocalProfile } from '../../renderer/data/meta/commands';
import { eventOutreach } from '../../renderer/data/outreach/eventOutreach';
import type { OutreachRequest, OutreachResult } from './benchApi';

async function publishAreasHolding(db: LiaisonDb, eventId: string, customers: number): Promise<void> {
  const current = (await briefingVersions(db, eventId)).find((b) => b.status === 'published');
  if (!current) throw new Error('The active event has no published briefing');
  const counts = await Promise.all(current.areas.map((a) => db.customers.where('serviceAreas').equals(a.serviceArea).count()));
  const areas = [];
  for (let i = 0, held = 0; i < current.areas.length && held < customers; held += counts[i]!, i++) areas.push(current.areas[i]!);
  const author = await updateLocalProfile(db, { role: 'briefing_author' });
  if (!author.ok) throw new Error(author.error);
  const content = Object.fromEntries(Object.keys(briefingContentShape).map((key) => [key, current[key as keyof typeof current]])) as BriefingDraftInput;
  const draft = await saveBriefingDraft(db, eventId, { ...content, areas });
  if (!draft.ok) throw new Error(draft.error);
  const published = await publishBriefing(db, draft.value.id);
  if (!published.ok) throw new Error(published.error);
}

export async function outreachUpdates(request: OutreachRequest): Promise<OutreachResult> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const db = await openLocalDb(request.dbName);
  try {
    const event = await activeEvent(db);
    if (!event) throw new Error('The loaded directory has no active event');
    if (request.customers !== null) await publishAreasHolding(db, event.id, request.customers);
    let start = performance.now();
    let outreach = await eventOutreach(db, event.id, Date.now());
    const firstMs = performance.now() - start;
    const updateMs: number[] = [];
    for (let i = 0; i < request.updates; i++) {
      const row = outreach.rows[(i * 97) % outreach.rows.length]!;
      const logged = await appendLogEntry(db, {
        customerId: row.customer.id, channel: 'phone', direction: 'outbound', contactOutcome: i % 3 === 0 ? 'no_answer' : 'reached',
        category: 'status_update', summary: 'Outreach call during the benchmark',
      });
      if (!logged.ok) throw new Error(logged.error);
      start = performance.now();
      outreach = await eventOutreach(db, event.id, Date.now());
      updateMs.push(performance.now() - start);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { customers: outreach.rows.length, callbacks: outreach.totals.callbacks, firstMs, updateMs, longTasks };
  } finally {
    observer.disconnect();
    db.close();
  }
}
