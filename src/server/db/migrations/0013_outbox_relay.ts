// Mail is sent by the outbox relay, which reads the outbox itself (jobs/dispatch-outbox.ts),
// instead of one queue task per mail: every notice cost a second row with three index
// entries. The `mail.send` tasks still waiting are retired here; the mail they were for
// is still pending in the outbox, so the relay sends it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update queue_tasks set status = 'done', finished_at = now(), locked_until = null,
                           last_error = 'replaced by the outbox relay'
    where kind = 'mail.send' and status in ('pending', 'running')`.execute(db);
}
