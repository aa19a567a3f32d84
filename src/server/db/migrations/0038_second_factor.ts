// A second factor for signing in (TOTP, RFC 6238) with single-use recovery codes. The
// secret is sealed with a key of its own purpose (security/vault.ts); the recovery codes
// are kept as keyed hashes. `last_step` is the newest time step a code was accepted
// for: a code of that step or an earlier one is refused, so an overheard code cannot
// be used twice.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table second_factors (
      user_id uuid primary key references users (id) on delete cascade,
      secret_sealed bytea,
      enabled_at timestamptz,
      pending_sealed bytea,
      pending_at timestamptz,
      last_step bigint,
      updated_at timestamptz not null,
      constraint second_factors_enabled check ((secret_sealed is null) = (enabled_at is null)),
      constraint second_factors_pending check ((pending_sealed is null) = (pending_at is null))
    )`.execute(db);
  await sql`
    create table recovery_codes (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      code_hash text not null,
      created_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create unique index recovery_codes_user_hash_key on recovery_codes (user_id, code_hash)`.execute(db);
}
