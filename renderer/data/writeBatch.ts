// How much one read-write transaction may write. Chromium's IndexedDB keeps a transaction's writes in one
// in-memory batch only up to 1 MB (LevelDB scopes' max_write_batch_size_bytes); past that it writes
// straight into LevelDB with an undo log, and deleting that log after the commit leaves millions of
// deleted keys that every later browser launch scans before it opens the database, until LevelDB
// compacts them away. Measured with the bench directory (50k customers, 200k contacts): written in one
// transaction per table, the first database open after a launch took 2.7 s; written 250 records per
// transaction, 0.6 s. Large writes (sync pages, imports, seeds) are therefore split to stay under 1 MB.

/** Records (customers, contacts, log entries with their index entries, about 1–3 KB each) per transaction. */
export const RECORDS_PER_WRITE = 250;

/** Estimated bytes per transaction where records vary in size (an import's customers with their contacts). */
export const BYTES_PER_WRITE = 600 * 1024;

/** Consecutive batches of `items`, each estimated (`bytesOf`) within BYTES_PER_WRITE and at most `maxItems` long. */
export function* batchesWithin<T>(items: readonly T[], bytesOf: (item: T) => number, maxItems: number): Generator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (batch.length > 0 && (batch.length >= maxItems || bytes + size > BYTES_PER_WRITE)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}
