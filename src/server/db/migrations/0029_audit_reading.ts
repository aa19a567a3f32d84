// Staff read the audit log newest first, by actor or by action: an index for each, in the
// order the pages walk (event id, newest first).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_events_actor_idx on audit_events (actor_user_id, id desc)`.execute(db);
  await sql`create index audit_events_action_idx on audit_events (action, id desc)`.execute(db);
}
