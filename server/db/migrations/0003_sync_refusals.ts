// The result of every refused mutation, kept per (client, seq). A client whose push answer was lost
// sends the batch again; its seqs are then below last_seq, and without this table a refused one would
// come back as `duplicate` and leave the client's outbox unseen. Rows go with their client's sequence.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const syncRefusals: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table sync_refusals (
        client_id text not null references sync_clients (client_id) on delete cascade,
        seq bigint not null,
        mutation_id text,
        code text not null,
        reason text not null,
        created_at timestamptz not null default now(),
        primary key (client_id, seq)
      )`.execute(db);
  },
};
