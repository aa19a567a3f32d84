// The staff's console finds members by the beginning of their username (a range on the
// byte order, as search-users.ts asks for it), and the statistics count by month: users
// by registration, and ledger entries by time (the escrow and fee sums walk months).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index users_username_prefix_idx on users ((username collate "C"))`.execute(db);
  await sql`create index users_created_idx on users (created_at)`.execute(db);
  await sql`create index ledger_entries_created_idx on ledger_entries (created_at)`.execute(db);
}
