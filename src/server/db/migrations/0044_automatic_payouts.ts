// Automatic payouts (自動出金) and the payee's legal identity for the yearly payment record
// (支払調書).
// - payout_settings: whether a member has the whole balance paid out on every payment date.
// - automatic_payout_runs: one row per member per payment date once the automatic run has
//   looked at them (a request made, the balance carried over, or no account to pay to), so
//   the run may be repeated (the batch build and the scheduled task) and makes one request.
// - payee_identities: the worker's legal name (氏名) and address (住所) a 支払調書 names.
//   Kept after withdrawal only while the law keeps the record (`retained_until`).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table payout_settings (
      user_id uuid primary key references users (id) on delete cascade,
      automatic boolean not null default false,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`
    create table automatic_payout_runs (
      user_id uuid not null references users (id) on delete cascade,
      payment_date date not null,
      reason text not null check (reason in ('automatic', 'sixty_days')),
      outcome text not null check (outcome in ('requested', 'carried_over', 'no_bank_account', 'no_payee_identity')),
      payout_request_id uuid references payout_requests (id),
      amount integer not null check (amount >= 0),
      created_at timestamptz not null,
      primary key (user_id, payment_date),
      constraint automatic_payout_runs_request check ((outcome = 'requested') = (payout_request_id is not null))
    )`.execute(db);
  await sql`
    create table payee_identities (
      user_id uuid primary key references users (id) on delete cascade,
      legal_name text not null check (char_length(legal_name) between 1 and 60),
      address text not null check (char_length(address) between 1 and 200),
      updated_at timestamptz not null,
      retained_until date
    )`.execute(db);
}
