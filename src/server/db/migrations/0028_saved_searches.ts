// Services become favourites too, and members keep searches (保存した検索条件) that tell
// them about new postings and services matching them: a notice per saved search and
// item, recorded once, and a daily mail digest of what matched since the last one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table favourites drop constraint favourites_kind_check`.execute(db);
  await sql`alter table favourites add constraint favourites_kind_check check (kind in ('job', 'member', 'service'))`.execute(db);

  // The query is the search endpoint's own, normalised (defaults and page left out), so
  // running it again is running the search.
  await sql`
    create table saved_searches (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      kind text not null check (kind in ('job', 'service')),
      name text not null check (char_length(name) between 1 and 50),
      query jsonb not null,
      notify boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index saved_searches_user_idx on saved_searches (user_id, created_at)`.execute(db);
  await sql`create index saved_searches_kind_idx on saved_searches (kind) where notify`.execute(db);

  // What matched a saved search: one row per search and item (the key makes a retried
  // match a no-op, so a notice is never sent twice); `digested_at` set when a digest mail
  // listed it.
  await sql`
    create table saved_search_matches (
      saved_search_id uuid not null references saved_searches (id) on delete cascade,
      target_id uuid not null,
      user_id uuid not null references users (id),
      matched_at timestamptz not null,
      digested_at timestamptz,
      primary key (saved_search_id, target_id)
    )`.execute(db);
  await sql`create index saved_search_matches_due_idx on saved_search_matches (user_id) where digested_at is null`.execute(db);

  // One digest mail per member and day (Japan time): the row is written with the mail, so a
  // retried digest finds it and sends nothing.
  await sql`
    create table saved_search_digests (
      user_id uuid not null references users (id),
      day date not null,
      match_count int not null check (match_count > 0),
      sent_at timestamptz not null,
      primary key (user_id, day)
    )`.execute(db);
}
