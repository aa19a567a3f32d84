// Flags for staff (要確認フラグ): a registration or an email change whose address matches a
// former member who withdrew within five years, and a contract or order with a party who
// carries such an open flag. A flag never refuses anything by itself (terms 第7条, 第9条):
// staff look at it and resolve it with a note. Open flags are read oldest first.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table member_flags (
      id bigserial primary key,
      kind text not null check (kind in ('former-member', 'former-member-contract')),
      user_id uuid not null references users (id),
      contract_id uuid references contracts (id),
      withdrawn_on date not null,
      created_at timestamptz not null,
      resolved_by uuid references users (id),
      resolved_at timestamptz,
      resolution_note text,
      constraint member_flags_contract check ((kind = 'former-member-contract') = (contract_id is not null)),
      constraint member_flags_resolution check ((resolved_at is null) = (resolved_by is null) and (resolved_at is null) = (resolution_note is null))
    )`.execute(db);
  await sql`create index member_flags_open_idx on member_flags (created_at, id) where resolved_at is null`.execute(db);
  await sql`create index member_flags_user_idx on member_flags (user_id)`.execute(db);
  await sql`create unique index member_flags_contract_once on member_flags (contract_id, user_id) where contract_id is not null`.execute(
    db,
  );
}
