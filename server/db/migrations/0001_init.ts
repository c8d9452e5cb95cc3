// Foundation tables: server_meta holds this database's epoch (made once, here), audit_log records writes.
// Migrations are append-only: never edit one that has shipped; add the next number instead.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('server_meta')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .execute();
    await sql`insert into server_meta (key, value) values ('epoch', gen_random_uuid()::text)`.execute(db);

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('entity', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute();
    await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
    await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity', 'entity_id']).execute();
  },
};
