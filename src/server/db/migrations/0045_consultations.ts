// The consultation desk (ハラスメント等の相談窓口, フリーランス・事業者間取引適正化等法
// 第14条): a member tells staff about harassment, the terms of a deal or anything else,
// optionally naming one of their contracts. Confidential: the other party of the contract
// is never told or shown. Staff move it from open to in progress to closed with an answer
// the member reads; the answer is also a notice to the member.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table consultations (
      id uuid primary key default gen_random_uuid(),
      member_id uuid not null references users (id),
      category text not null check (category in ('harassment', 'terms', 'other')),
      description text not null check (char_length(description) <= 4000),
      contract_id uuid references contracts (id),
      status text not null default 'open' check (status in ('open', 'in_progress', 'closed')),
      answer text,
      answered_by uuid references users (id),
      answered_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint consultations_answered check ((answer is null) = (answered_at is null))
    )`.execute(db);
  await sql`create index consultations_member_idx on consultations (member_id, created_at desc)`.execute(db);
  await sql`create index consultations_queue_idx on consultations (status, created_at, id)`.execute(db);
}
