// Withdrawal: the restricted store for the undo window, the former-member registry for
// the 5-year direct-deal rule, anonymous reasons, and outbox rows whose address is erased
// once sent.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Personal data of a withdrawn account, encrypted with a key derived from the server
  // secret, held only until the undo window ends (then purged by the retention job).
  await sql`
    create table withdrawal_vault (
      user_id uuid primary key references users (id) on delete cascade,
      email_hmac text not null,
      restore_token_hash text not null unique,
      ciphertext bytea not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index withdrawal_vault_email_idx on withdrawal_vault (email_hmac)`.execute(db);
  await sql`create index withdrawal_vault_expiry_idx on withdrawal_vault (expires_at)`.execute(db);

  // Who was a member, as a keyed hash of the normalised email only, for the direct-deal
  // rule; purged after purge_after.
  await sql`
    create table former_members (
      id bigserial primary key,
      email_hmac text not null,
      withdrawn_on date not null,
      purge_after timestamptz not null
    )`.execute(db);
  await sql`create index former_members_email_idx on former_members (email_hmac)`.execute(db);
  await sql`create index former_members_purge_idx on former_members (purge_after)`.execute(db);

  // Why people leave, with no link to who they are: no user id, month precision only.
  await sql`
    create table withdrawal_reasons (
      id bigserial primary key,
      month date not null,
      reasons text[] not null,
      other_text text not null default '',
      erase_now boolean not null
    )`.execute(db);

  await sql`alter table outbox add column erase_after_send boolean not null default false`.execute(db);
  // The withdrawal mail is sent to an account that no longer exists.
  await sql`alter table outbox drop constraint outbox_user_id_fkey`.execute(db);
  await sql`alter table outbox add constraint outbox_user_id_fkey foreign key (user_id) references users (id) on delete set null`.execute(
    db,
  );
}
