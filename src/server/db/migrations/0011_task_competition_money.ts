// Money of task (タスク) and competition (コンペ) postings: the budget is escrowed when the
// posting is published (by card at once, or by bank transfer once staff confirm it), task
// submissions are approved or rejected one by one, a competition ends with a winner, a
// shared prize, or a refund. Every yen paid to a worker for such work is one row of
// `work_rewards` (what statements and the yearly summary read) and one ledger posting.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_escrows (
      job_id uuid primary key references jobs (id),
      client_id uuid not null references users (id),
      kind text not null check (kind in ('task', 'competition')),
      status text not null default 'awaiting_deposit'
        check (status in ('awaiting_deposit', 'funded', 'closed', 'cancelled')),
      -- Task slots, or 1 for a competition's prize.
      units integer not null check (units >= 1),
      -- One unit, consumption tax included (the task unit price or the prize), and its split.
      unit_price integer not null check (unit_price > 0),
      unit_tax integer not null check (unit_tax >= 0),
      client_fee integer not null check (client_fee >= 0),
      client_fee_tax integer not null check (client_fee_tax >= 0),
      worker_fee integer not null check (worker_fee >= 0),
      worker_fee_tax integer not null check (worker_fee_tax >= 0),
      worker_net integer not null check (worker_net >= 0),
      unit_escrow integer not null check (unit_escrow > 0),
      total integer not null check (total > 0),
      -- The rules a competition was published under (copied: they cannot change after).
      allow_no_winner boolean not null default false,
      -- Task: submissions not judged by then are approved by themselves (set at closing).
      judge_by timestamptz,
      -- Competition: the client chooses the winner by then (set at closing).
      selection_due_at timestamptz,
      outcome text check (outcome in ('winner', 'no_winner', 'shared', 'no_entries', 'cancelled')),
      winner_entry_id uuid references competition_entries (id),
      no_winner_reason text check (char_length(no_winner_reason) <= 1000),
      funded_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint job_escrows_unit_sum check (unit_escrow = unit_price + client_fee + client_fee_tax),
      constraint job_escrows_split_sum check (worker_net + worker_fee + worker_fee_tax = unit_price),
      constraint job_escrows_total check (total = units * unit_escrow)
    )`.execute(db);
  await sql`create index job_escrows_client_idx on job_escrows (client_id, status)`.execute(db);

  // A deposit funds either a milestone or a posting's escrow.
  await sql`alter table deposits alter column milestone_id drop not null`.execute(db);
  await sql`alter table deposits alter column contract_id drop not null`.execute(db);
  await sql`alter table deposits add column job_id uuid references jobs (id)`.execute(db);
  await sql`alter table deposits add constraint deposits_one_subject check (
      (milestone_id is not null and contract_id is not null and job_id is null)
      or (milestone_id is null and contract_id is null and job_id is not null))`.execute(db);
  await sql`create unique index deposits_live_job_key on deposits (job_id) where status in ('pending', 'confirmed')`.execute(db);

  await sql`alter table ledger_transactions add column job_id uuid references jobs (id)`.execute(db);
  await sql`create index ledger_transactions_job_idx on ledger_transactions (job_id) where job_id is not null`.execute(db);

  await sql`
    create table task_submissions (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs (id),
      worker_id uuid not null references users (id),
      body text not null check (char_length(body) between 1 and 4000),
      status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
      reject_reason text check (char_length(reject_reason) between 1 and 1000),
      decided_by text check (decided_by in ('client', 'system')),
      decided_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint task_submissions_reason check (status <> 'rejected' or reject_reason is not null)
    )`.execute(db);
  await sql`create index task_submissions_job_idx on task_submissions (job_id, status, created_at)`.execute(db);
  await sql`create index task_submissions_worker_idx on task_submissions (worker_id, status)`.execute(db);
  await sql`alter table attachments add column submission_id uuid references task_submissions (id) on delete set null`.execute(
    db,
  );

  await sql`
    create table work_rewards (
      id bigserial primary key,
      job_id uuid not null references jobs (id),
      worker_id uuid not null references users (id),
      kind text not null check (kind in ('task', 'prize', 'share')),
      submission_id uuid unique references task_submissions (id),
      entry_id uuid references competition_entries (id),
      gross integer not null check (gross > 0),
      tax integer not null check (tax >= 0),
      worker_fee integer not null check (worker_fee >= 0),
      worker_fee_tax integer not null check (worker_fee_tax >= 0),
      worker_net integer not null check (worker_net >= 0),
      created_at timestamptz not null,
      constraint work_rewards_split check (worker_net + worker_fee + worker_fee_tax = gross)
    )`.execute(db);
  await sql`create index work_rewards_worker_idx on work_rewards (worker_id, created_at)`.execute(db);
  await sql`create index work_rewards_job_idx on work_rewards (job_id)`.execute(db);
}
