// Mail that carries a secret link (verification, password reset, email change) no longer
// stays readable in the outbox: the rows already sent or given up lose their address and
// text, and those still pending are erased once the relay is done with them.
//
// Password throttling counts how many times a key was locked, so that each lock lasts
// twice as long as the one before.
import { type Kysely, sql } from 'kysely';

const SECRET_LINK_TEMPLATES = sql.join(
  ['verify_email', 'reset_password', 'change_email', 'withdrawal_confirmation'].map((t) => sql.lit(t)),
);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update outbox set erase_after_send = true where template in (${SECRET_LINK_TEMPLATES})`.execute(db);
  await sql`
    update outbox set to_address = null, body_text = ''
    where erase_after_send and status in ('sent', 'failed')`.execute(db);
  await sql`alter table login_throttles add column locks integer not null default 0`.execute(db);
}
