// Held items (スタッフ確認待ち): a text screening caught (contact details, an invitation to
// deal outside) that its author sent for staff review with a reason, instead of editing it.
// The row keeps the exact validated input of the write it stands for; staff approve it (the
// write is then made, once: the status moves from pending by compare-and-set) or reject it
// with a note. Nothing the screening catches is dropped without the author knowing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table held_items (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      author_id uuid not null references users (id),
      target_type text not null,
      target_id text,
      input jsonb not null,
      findings jsonb not null,
      reason text not null,
      status text not null default 'pending'
        check (status in ('pending', 'approved', 'rejected', 'failed', 'discarded')),
      decided_by uuid references users (id),
      decision_note text,
      failure_code text,
      created_at timestamptz not null,
      decided_at timestamptz,
      constraint held_items_decided check ((status = 'pending') = (decided_at is null))
    )`.execute(db);
  await sql`create index held_items_pending_idx on held_items (created_at) where status = 'pending'`.execute(db);
  await sql`create index held_items_author_idx on held_items (author_id, created_at)`.execute(db);
  await sql`create index held_items_target_idx on held_items (target_type, target_id) where status = 'pending'`.execute(db);
}
