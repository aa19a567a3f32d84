// A delivery's acceptance countdown is one timer (`milestone.acceptance`) that reminds
// the client and sets itself again, instead of four tasks per delivery (the automatic
// acceptance and three reminders, each later cancelled). Countdowns already running move
// to the new timer, due at their next reminder or at the deadline.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into queue_tasks (kind, payload, run_at, dedupe_key, max_attempts, created_at)
    select 'milestone.acceptance',
           jsonb_build_object('milestoneId', t.payload ->> 'milestoneId', 'deliveryCount', (t.payload ->> 'deliveryCount')::int),
           least(t.run_at, coalesce((select min(r.run_at) from queue_tasks r
                                     where r.kind = 'milestone.accept_reminder' and r.status = 'pending'
                                       and r.payload ->> 'milestoneId' = t.payload ->> 'milestoneId'), t.run_at)),
           'milestone.acceptance:' || (t.payload ->> 'milestoneId'), 8, now()
    from queue_tasks t
    where t.kind = 'milestone.auto_accept' and t.status in ('pending', 'running')
    on conflict (dedupe_key) where status in ('pending', 'running') do nothing`.execute(db);
  await sql`
    update queue_tasks set status = 'done', finished_at = now(), locked_until = null,
                           last_error = 'replaced by milestone.acceptance'
    where kind in ('milestone.auto_accept', 'milestone.accept_reminder') and status in ('pending', 'running')`.execute(db);
}
