// Accounts, login sessions, one-time tokens, the transactional outbox, login throttling
// and the audit log. Invariants live in the schema as constraints.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      username text not null,
      email text,
      email_verified_at timestamptz,
      password_hash text,
      display_name text,
      intent text not null default 'both' check (intent in ('work', 'order', 'both')),
      status text not null default 'active'
        check (status in ('active', 'withdrawing', 'withdrawn', 'suspended')),
      staff_role text check (staff_role in ('support', 'finance', 'moderator', 'admin')),
      terms_accepted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      constraint users_username_format check (username ~ '^[a-z0-9_]{3,20}$'),
      constraint users_email_lower check (email is null or email = lower(email))
    )`.execute(db);
  // A username is never reused: the unique index covers withdrawn accounts too.
  await sql`create unique index users_username_key on users (username)`.execute(db);
  await sql`create unique index users_email_key on users (email) where email is not null`.execute(db);

  await sql`
    create table profiles (
      user_id uuid primary key references users (id) on delete cascade,
      bio text not null default '',
      skills text[] not null default '{}',
      occupation text check (occupation in ('homemaker', 'employee', 'student', 'freelance', 'executive', 'other')),
      hours_per_week integer check (hours_per_week between 0 and 80),
      home_only boolean not null default false,
      times_of_day text[] not null default '{}',
      prefecture text check (prefecture ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
      portfolio_links text[] not null default '{}',
      updated_at timestamptz not null default now()
    )`.execute(db);

  // The cookie carries a random token; only its SHA-256 is stored.
  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      user_agent text,
      ip text,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id) where revoked_at is null`.execute(db);

  await sql`
    create table auth_tokens (
      token_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      kind text not null check (kind in ('verify_email', 'reset_password', 'change_email')),
      new_email text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index auth_tokens_user_idx on auth_tokens (user_id, kind)`.execute(db);

  await sql`
    create table outbox (
      id bigserial primary key,
      kind text not null check (kind in ('mail')),
      to_address text,
      user_id uuid references users (id) on delete set null,
      template text not null,
      subject text not null,
      body_text text not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`create index outbox_pending_idx on outbox (next_attempt_at) where status = 'pending'`.execute(db);

  // What the development mail viewer shows; never written in production mode.
  await sql`
    create table dev_mailbox (
      id bigserial primary key,
      outbox_id bigint,
      to_address text not null,
      subject text not null,
      body_text text not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  // Failed logins per keyed hash of the email typed, whether or not an account exists,
  // so that throttling reveals nothing about which emails are registered.
  await sql`
    create table login_throttles (
      key text primary key,
      failures integer not null default 0,
      window_started_at timestamptz not null default now(),
      locked_until timestamptz
    )`.execute(db);

  await sql`
    create table audit_events (
      id bigserial primary key,
      actor_user_id uuid references users (id) on delete set null,
      action text not null,
      subject_type text not null,
      subject_id text,
      data jsonb not null default '{}',
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index audit_events_subject_idx on audit_events (subject_type, subject_id)`.execute(db);
}
