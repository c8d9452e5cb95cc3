// Accounts (users, scopes, device sessions) and sync storage (records, per-client push cursors,
// conflicts). One sequence, change_seq, numbers every change that pulls deliver; writers allocate from
// it only while holding the sync advisory lock, so seq order is commit order (docs/sync-protocol.md).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const accountsSync: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table users (
        id text primary key,
        email text not null unique,
        name text not null,
        role text not null check (role in ('liaison', 'engineer', 'briefing_author', 'admin')),
        ics_position text not null default '',
        home_agency text not null default '',
        password_hash text not null,
        scope_ids text[] not null default '{}',
        scopes_seq bigint not null default 0,
        disabled_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);

    await sql`
      create table scopes (
        id text primary key,
        kind text not null check (kind in ('region', 'event')),
        name text not null,
        parent_id text references scopes (id),
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index scopes_parent_idx on scopes (parent_id)`.execute(db);

    await sql`
      create table sessions (
        id uuid primary key,
        user_id text not null references users (id),
        token_hash text not null unique,
        device_name text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        resync_below_seq bigint not null default 0
      )`.execute(db);
    await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

    await sql`create sequence change_seq`.execute(db);

    await sql`
      create table records (
        id uuid primary key,
        entity text not null,
        scope_id text not null,
        prior_scopes text[] not null default '{}',
        data jsonb not null,
        base_hlc text not null,
        field_hlc jsonb not null default '{}',
        hlc text not null,
        seq bigint not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        updated_by text not null,
        deleted_at timestamptz,
        received_at timestamptz not null
      )`.execute(db);
    await sql`create unique index records_seq_idx on records (seq)`.execute(db);
    await sql`create index records_scope_seq_idx on records (scope_id, seq)`.execute(db);
    await sql`create index records_deleted_idx on records (deleted_at) where deleted_at is not null`.execute(db);
    await sql`create index records_briefing_event_idx on records ((data ->> 'eventId')) where entity = 'briefing'`.execute(db);

    await sql`
      create table sync_clients (
        client_id text primary key,
        user_id text not null references users (id),
        last_seq bigint not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);

    await sql`
      create table conflicts (
        id uuid primary key,
        seq bigint not null,
        entity text not null,
        record_id uuid not null,
        scope_id text not null,
        field text not null,
        kind text not null check (kind in ('field', 'revived')),
        winning_value jsonb not null,
        losing_value jsonb not null,
        winner_user_id text,
        winner_user_name text,
        winner_hlc text not null,
        winner_at timestamptz not null,
        loser_user_id text,
        loser_user_name text,
        loser_hlc text not null,
        loser_at timestamptz not null,
        status text not null check (status in ('open', 'restored', 'dismissed', 'superseded')),
        created_at timestamptz not null,
        resolved_at timestamptz,
        resolved_by text
      )`.execute(db);
    await sql`create unique index conflicts_seq_idx on conflicts (seq)`.execute(db);
    await sql`create index conflicts_scope_seq_idx on conflicts (scope_id, seq)`.execute(db);
    await sql`create index conflicts_open_idx on conflicts (record_id) where status = 'open'`.execute(db);

    await sql`insert into server_meta (key, value) values ('purge_horizon_seq', '0')`.execute(db);
  },
};
