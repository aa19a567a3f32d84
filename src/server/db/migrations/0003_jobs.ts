// The background task queue (timers of every process) and job postings with their
// search index.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Claimed with FOR UPDATE SKIP LOCKED and leased, so several app instances share it;
  // handlers are idempotent, so a task re-run after a crash does no harm.
  await sql`
    create table queue_tasks (
      id bigserial primary key,
      kind text not null,
      payload jsonb not null default '{}',
      run_at timestamptz not null,
      status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
      attempts integer not null default 0,
      max_attempts integer not null default 8,
      locked_until timestamptz,
      last_error text,
      dedupe_key text,
      created_at timestamptz not null,
      finished_at timestamptz
    )`.execute(db);
  await sql`create index queue_tasks_due_idx on queue_tasks (run_at) where status in ('pending', 'running')`.execute(db);
  // One live task per key: scheduling the same timer twice moves it instead.
  await sql`create unique index queue_tasks_dedupe_key on queue_tasks (dedupe_key) where status in ('pending', 'running')`.execute(
    db,
  );

  await sql`
    create table jobs (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references users (id),
      kind text not null check (kind in ('project', 'task', 'competition')),
      status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'cancelled')),
      title text not null check (char_length(title) between 1 and 80),
      description text not null check (char_length(description) <= 8000),
      category text not null,
      tags text[] not null default '{}',
      deadline timestamptz not null,
      delivery_date date,
      budget_min integer check (budget_min > 0),
      budget_max integer check (budget_max > 0),
      hires integer check (hires between 1 and 100),
      milestones_wished integer check (milestones_wished between 1 and 10),
      task_slots integer check (task_slots between 1 and 10000),
      task_unit_price integer check (task_unit_price > 0),
      task_instructions text,
      prize integer check (prize > 0),
      entry_rules text,
      allow_no_winner boolean not null default false,
      -- for sorting and filtering by money whatever the kind
      budget_sort integer not null default 0,
      search_text text not null default '',
      search_tokens text[] not null default '{}',
      published_at timestamptz,
      closed_at timestamptz,
      closed_reason text check (closed_reason in ('client', 'deadline', 'staff')),
      cancelled_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint jobs_project_fields check (kind <> 'project' or (budget_min is not null and budget_max is not null and budget_min <= budget_max and hires is not null)),
      constraint jobs_task_fields check (kind <> 'task' or (task_slots is not null and task_unit_price is not null)),
      constraint jobs_competition_fields check (kind <> 'competition' or prize is not null)
    )`.execute(db);
  await sql`create index jobs_client_idx on jobs (client_id, created_at desc)`.execute(db);
  await sql`create index jobs_open_new_idx on jobs (published_at desc) where status = 'open'`.execute(db);
  await sql`create index jobs_open_deadline_idx on jobs (deadline) where status = 'open'`.execute(db);
  await sql`create index jobs_open_budget_idx on jobs (budget_sort desc) where status = 'open'`.execute(db);
  await sql`create index jobs_search_idx on jobs using gin (search_tokens) where status = 'open'`.execute(db);
}
