// The service's own accounts (the outside world, platform fees, tax and withholding
// payable) take part in nearly every posting. With their cached balance on one row,
// every payment in the service waited for the one before it to commit. Their movements
// now add to one of several slots instead: a posting adds to the slot of its database
// connection, so postings on different connections no longer wait for each other. An
// account's cached balance is its row's balance plus its slots (the ledger check
// recomputes both from the entries). Members' and escrow accounts keep one row, where
// the check constraint keeps them from going below zero.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ledger_balance_slots (
      account_id text not null references ledger_accounts (id),
      slot smallint not null check (slot >= 0 and slot < 64),
      balance bigint not null,
      primary key (account_id, slot),
      constraint ledger_balance_slots_not_negative check (account_id = 'world' or balance >= 0)
    )`.execute(db);
}
