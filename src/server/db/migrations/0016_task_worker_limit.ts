// A task posting says how many submissions one worker may make (1人あたりの提出上限):
// without it, one member could fill every slot of a task with junk. Every posting gets the
// default of one (read for tasks only, as allow_no_winner is for competitions), so tasks
// posted before this change allow one submission per worker; submissions already made
// stay as they are.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table jobs add column task_worker_limit integer not null default 1
      check (task_worker_limit between 1 and 10000)`.execute(db);
}
