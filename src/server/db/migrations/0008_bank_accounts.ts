// Payout bank accounts (振込先口座). The number and the holder name are sealed (AES-256-GCM,
// a key derived from the server secret); bank, branch and type stay readable for the
// member's own page and for building transfer batches.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bank_accounts (
      user_id uuid primary key references users (id),
      bank_code text not null check (bank_code ~ '^[0-9]{4}$'),
      bank_name text not null,
      branch_code text not null check (branch_code ~ '^[0-9]{3}$'),
      branch_name text not null,
      account_type text not null check (account_type in ('ordinary', 'current', 'savings')),
      -- The last three digits, to show the member which account it is.
      number_hint text not null check (number_hint ~ '^[0-9]{3}$'),
      -- {number, holderName}, sealed.
      sealed bytea not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
}
