// Blocking (ブロック): a member stops dealing with another. One row per (blocker, blocked);
// the rule is mutual, so every check and every search filter looks both ways: the primary
// key answers "did A block B", the second index "did anyone I meet block me". A member's
// withdrawal deletes the blocks they made and those made of them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table member_blocks (
      blocker_id uuid not null references users (id),
      blocked_id uuid not null references users (id),
      created_at timestamptz not null,
      primary key (blocker_id, blocked_id),
      constraint member_blocks_not_self check (blocker_id <> blocked_id)
    )`.execute(db);
  await sql`create index member_blocks_blocked_idx on member_blocks (blocked_id, blocker_id)`.execute(db);
  await sql`create index member_blocks_list_idx on member_blocks (blocker_id, created_at desc)`.execute(db);
}
