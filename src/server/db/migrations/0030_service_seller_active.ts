// Whether a service's seller is an active member, kept on the service row, so that a
// search walking thousands of services does not look up each one's seller. The database
// keeps it true to the seller's status whatever changes it (a withdrawal, a scheduled
// one, a restore, a suspension) with a trigger on users, and sets it on every new service
// row from its seller, however the row is written.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table services add column seller_active boolean not null default true`.execute(db);
  await sql`
    update services s set seller_active = (u.status = 'active')
    from users u where u.id = s.seller_id`.execute(db);
  await sql`
    create function services_follow_seller_status() returns trigger language plpgsql as $$
    begin
      update services set seller_active = (new.status = 'active') where seller_id = new.id;
      return null;
    end
    $$`.execute(db);
  await sql`
    create function services_take_seller_status() returns trigger language plpgsql as $$
    begin
      new.seller_active := coalesce((select u.status = 'active' from users u where u.id = new.seller_id), false);
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger services_seller_status before insert on services
    for each row execute function services_take_seller_status()`.execute(db);
  await sql`
    create trigger users_status_services after update of status on users
    for each row when (old.status is distinct from new.status)
    execute function services_follow_seller_status()`.execute(db);
}
