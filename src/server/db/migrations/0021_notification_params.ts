// A notification is stored with its kind's parameters, so that it can be rendered in the
// reader's language (src/shared/notifications); older rows have none and keep showing the
// title and body they were written with. A member's language is kept on the account, for
// the mails sent while they are not looking.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notifications add column params jsonb`.execute(db);
  await sql`
    alter table users add column locale text not null default 'ja'
      constraint users_locale_check check (locale in ('ja', 'en'))`.execute(db);
}
