// A task posting says how many submissions one worker may make (1人あたりの提出上限):
// without it, one member could fill every slot of a task with junk. Tasks posted before
// this change get the new default of one submission per worker; submissions already made
// stay as they are.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table jobs add column task_worker_limit integer check (task_worker_limit between 1 and 10000)`.execute(db);
  await sql`update jobs set task_worker_limit = 1 where kind = 'task'`.execute(db);
  await sql`
    alter table jobs add constraint jobs_task_worker_limit
      check ((kind = 'task') = (task_worker_limit is not null))`.execute(db);
}
