import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** This database's epoch: a UUID made once by the first migration; it changes only if the database is recreated. */
export async function readServerEpoch(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('server_meta').select('value').where('key', '=', 'epoch').executeTakeFirstOrThrow();
  return row.value;
}
