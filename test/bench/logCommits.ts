// Log entry commit time: `appendLogEntry` (validation, references, the entry, the customer's
// last-contacted time and the outbox mutation in one transaction) on the fully loaded database,
// awaited one after another like a liaison logging calls.
import { createRandom } from '../../shared/demo/random';
import type { LogEntryInput } from '../../shared/domain/logEntry';
import { openLocalDb } from '../../renderer/data/db';
import { appendLogEntry } from '../../renderer/data/log/commands';
import type { LogCommitRequest, LogCommitResult } from './benchApi';

export async function logCommits(request: LogCommitRequest): Promise<LogCommitResult> {
  const db = await openLocalDb(request.dbName);
  try {
    const rng = createRandom(request.seed);
    const keys = await db.contacts.toCollection().primaryKeys();
    const total = request.warmup + request.commits;
    const contacts = await db.contacts.bulkGet(Array.from({ length: total }, () => keys[rng.int(0, keys.length - 1)]!));
    const ms: number[] = [];
    const failures: string[] = [];
    for (let i = 0; i < total; i++) {
      if (i === request.warmup) await window.benchCpuMark?.('commits:start');
      const contact = contacts[i]!;
      const input: LogEntryInput = {
        customerId: contact.customerId,
        contactId: contact.id,
        channel: rng.pick(['phone', 'sms', 'email'] as const),
        direction: rng.chance(0.7) ? 'outbound' : 'inbound',
        category: rng.pick(['status_update', 'request', 'commitment'] as const),
        summary: `Spoke with ${contact.name} about restoration status`,
        significant: rng.chance(0.1),
        followUp: rng.chance(0.3) ? { owner: 'Local user', dueAt: new Date(Date.now() + 3_600_000).toISOString() } : null,
      };
      const start = performance.now();
      const result = await appendLogEntry(db, input);
      const elapsed = performance.now() - start;
      if (!result.ok) failures.push(result.error);
      else if (i >= request.warmup) ms.push(elapsed);
    }
    await window.benchCpuMark?.('commits:end');
    return { ms, failures, logEntries: await db.logEntries.count(), outbox: await db.outbox.count() };
  } finally {
    db.close();
  }
}
