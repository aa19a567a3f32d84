// Attachments (files on local disk under the data directory) and competition entries.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table attachments (
      id uuid primary key default gen_random_uuid(),
      owner_id uuid not null references users (id),
      filename text not null check (char_length(filename) between 1 and 200),
      content_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null,
      storage_key text not null unique,
      message_id bigint references messages (id) on delete set null,
      application_id uuid references applications (id) on delete set null,
      entry_id uuid,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index attachments_owner_idx on attachments (owner_id)`.execute(db);
  await sql`create index attachments_message_idx on attachments (message_id) where message_id is not null`.execute(db);
  await sql`create index attachments_application_idx on attachments (application_id) where application_id is not null`.execute(
    db,
  );

  await sql`
    create table competition_entries (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs (id),
      worker_id uuid not null references users (id),
      title text not null check (char_length(title) between 1 and 80),
      description text not null check (char_length(description) <= 4000),
      status text not null default 'submitted' check (status in ('submitted', 'withdrawn')),
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index competition_entries_job_idx on competition_entries (job_id, created_at)`.execute(db);
  await sql`create index competition_entries_worker_idx on competition_entries (worker_id)`.execute(db);
  await sql`alter table attachments add constraint attachments_entry_fkey foreign key (entry_id) references competition_entries (id) on delete set null`.execute(
    db,
  );
}
