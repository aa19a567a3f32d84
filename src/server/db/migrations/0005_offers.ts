// Offers (スカウト / 直接依頼): a client invites a worker to a job.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table offers (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs (id),
      client_id uuid not null references users (id),
      worker_id uuid not null references users (id),
      message text not null check (char_length(message) between 1 and 4000),
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'cancelled', 'expired')),
      decline_reason text,
      expires_at timestamptz not null,
      decided_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint offers_not_self check (client_id <> worker_id)
    )`.execute(db);
  // One pending offer per job and worker.
  await sql`create unique index offers_pending_key on offers (job_id, worker_id) where status = 'pending'`.execute(db);
  await sql`create index offers_worker_idx on offers (worker_id, status)`.execute(db);
  await sql`create index offers_client_idx on offers (client_id, status)`.execute(db);
}
