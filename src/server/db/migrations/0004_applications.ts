// Applications (応募), message threads and in-app notifications.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table applications (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs (id),
      worker_id uuid not null references users (id),
      status text not null default 'pending' check (status in ('pending', 'hired', 'declined', 'withdrawn', 'expired')),
      shortlisted boolean not null default false,
      proposal text not null check (char_length(proposal) between 1 and 4000),
      quoted_amount integer not null check (quoted_amount > 0),
      delivery_days integer not null check (delivery_days between 1 and 365),
      decline_reason text,
      expires_at timestamptz not null,
      decided_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint applications_once_per_job unique (job_id, worker_id)
    )`.execute(db);
  await sql`create index applications_worker_idx on applications (worker_id, status)`.execute(db);
  await sql`create index applications_job_idx on applications (job_id, status)`.execute(db);
  await sql`create index applications_pending_expiry_idx on applications (expires_at) where status = 'pending'`.execute(db);

  // A conversation between the parties of one application, offer or contract.
  await sql`
    create table threads (
      id uuid primary key default gen_random_uuid(),
      subject_type text not null check (subject_type in ('application', 'offer', 'contract')),
      subject_id uuid not null,
      created_at timestamptz not null,
      last_message_at timestamptz,
      constraint threads_subject_key unique (subject_type, subject_id)
    )`.execute(db);
  await sql`
    create table thread_members (
      thread_id uuid not null references threads (id) on delete cascade,
      user_id uuid not null references users (id),
      -- messages up to this id have been read (ids grow with time)
      last_read_message_id bigint not null default 0,
      primary key (thread_id, user_id)
    )`.execute(db);
  await sql`create index thread_members_user_idx on thread_members (user_id)`.execute(db);
  await sql`
    create table messages (
      id bigserial primary key,
      thread_id uuid not null references threads (id) on delete cascade,
      sender_id uuid not null references users (id),
      body text not null check (char_length(body) between 1 and 4000),
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index messages_thread_idx on messages (thread_id, id)`.execute(db);

  await sql`
    create table notifications (
      id bigserial primary key,
      user_id uuid not null references users (id) on delete cascade,
      kind text not null,
      title text not null,
      body text not null default '',
      link text not null,
      created_at timestamptz not null,
      read_at timestamptz
    )`.execute(db);
  await sql`create index notifications_user_idx on notifications (user_id, id desc)`.execute(db);
  await sql`create index notifications_unread_idx on notifications (user_id) where read_at is null`.execute(db);
}
