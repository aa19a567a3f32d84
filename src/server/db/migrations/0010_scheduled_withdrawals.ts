// Scheduled withdrawal (予約退会): the member asked to leave while only payouts were still
// on their way; the withdrawal completes when the last transfer is done.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table scheduled_withdrawals (
      user_id uuid primary key references users (id),
      reasons text[] not null default '{}',
      other_reason text not null default '',
      erase_now boolean not null,
      requested_at timestamptz not null
    )`.execute(db);
}
