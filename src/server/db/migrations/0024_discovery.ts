// Discovery: members are found by keyword like postings (the text and its character and
// pair tokens, kept on the profile and indexed with GIN), and members keep favourites of
// postings and of other members.
import { type Kysely, sql } from 'kysely';
import { workerIndexValues } from '../../discovery/worker-index';

const BATCH = 500;

type Row = { user_id: string; username: string; display_name: string | null; skills: string[]; bio: string };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table profiles
      add column search_text text not null default '',
      add column search_tokens text[] not null default '{}',
      add column search_skills text[] not null default '{}'`.execute(db);
  await sql`create index profiles_search_idx on profiles using gin (search_tokens)`.execute(db);
  await sql`create index profiles_skills_idx on profiles using gin (search_skills)`.execute(db);

  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<Row>`
      select p.user_id, u.username, u.display_name, p.skills, p.bio
      from profiles p join users u on u.id = p.user_id
      where p.user_id > ${after}::uuid order by p.user_id limit ${BATCH}`.execute(db);
    const last = rows.at(-1);
    if (!last) break;
    const values = rows.map((r) =>
      workerIndexValues({ displayName: r.display_name, username: r.username, skills: r.skills, bio: r.bio }),
    );
    await sql`
      update profiles p set search_text = v.text,
                            search_tokens = array(select jsonb_array_elements_text(v.tokens)),
                            search_skills = array(select jsonb_array_elements_text(v.skills))
      from (select unnest(${sql.val(rows.map((r) => r.user_id))}::uuid[]) as id,
                   unnest(${sql.val(values.map((v) => v.search_text))}::text[]) as text,
                   unnest(${sql.val(values.map((v) => JSON.stringify(v.search_tokens)))}::jsonb[]) as tokens,
                   unnest(${sql.val(values.map((v) => JSON.stringify(v.search_skills)))}::jsonb[]) as skills) v
      where p.user_id = v.id`.execute(db);
    after = last.user_id;
  }

  // A favourite names its target by kind and id: a posting or a member (the kinds of
  // domain/discovery/favourites.ts; a new kind is one more name in the check). The target
  // has no foreign key, as it lives in one of several tables: lists join it and leave out
  // targets that are gone, and a member's withdrawal deletes the favourites of them.
  await sql`
    create table favourites (
      user_id uuid not null references users (id),
      kind text not null check (kind in ('job', 'member')),
      target_id uuid not null,
      created_at timestamptz not null,
      primary key (user_id, kind, target_id),
      constraint favourites_not_self check (kind <> 'member' or target_id <> user_id)
    )`.execute(db);
  await sql`create index favourites_target_idx on favourites (kind, target_id)`.execute(db);
  await sql`create index favourites_list_idx on favourites (user_id, created_at desc)`.execute(db);
}
