// Payout requests (振込申請) and the batches staff send to the bank as a Zengin file.
// The destination is copied (sealed) into the request when it is made, so changing the
// bank account later never redirects money already requested.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table payout_batches (
      id uuid primary key default gen_random_uuid(),
      payment_date date not null,
      created_by uuid not null references users (id),
      created_at timestamptz not null
    )`.execute(db);
  await sql`
    create table payout_requests (
      id uuid primary key default gen_random_uuid(),
      -- The number on the bank statement (顧客コード) and in the member's history.
      number bigint generated always as identity unique,
      user_id uuid not null references users (id),
      amount integer not null check (amount > 0),
      fee integer not null check (fee >= 0),
      net integer not null check (net > 0 and net = amount - fee),
      final boolean not null default false,
      status text not null default 'requested' check (status in ('requested', 'batched', 'paid', 'failed')),
      scheduled_date date not null,
      batch_id uuid references payout_batches (id),
      bank_code text not null,
      branch_code text not null,
      account_type text not null,
      number_hint text not null,
      -- {number, holderName}, sealed; erased once the request is settled and its member has left.
      sealed bytea,
      failure_reason text,
      requested_at timestamptz not null,
      batched_at timestamptz,
      paid_at timestamptz,
      failed_at timestamptz,
      constraint payout_requests_batched check ((status = 'requested') = (batch_id is null) or status = 'failed')
    )`.execute(db);
  await sql`create index payout_requests_user_idx on payout_requests (user_id, requested_at desc)`.execute(db);
  await sql`create index payout_requests_due_idx on payout_requests (scheduled_date) where status = 'requested'`.execute(db);
  await sql`create index payout_requests_batch_idx on payout_requests (batch_id)`.execute(db);
}
