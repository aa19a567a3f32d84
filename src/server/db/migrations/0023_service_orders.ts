// Orders of a service (取引): the terms the buyer bought, copied from the service when the
// order was placed so that later edits of the service never change them, and the contract
// that carries the order through escrow, delivery and acceptance. A contract is made
// either by a job (hire, offer) or by an order, never both, never neither; an order's
// contract accepts a delivery by itself after the service's own acceptance window.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table service_orders (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services (id),
      buyer_id uuid not null references users (id),
      seller_id uuid not null references users (id),
      service_title text not null,
      package_id uuid not null references service_packages (id),
      package_name text not null check (char_length(package_name) between 1 and 100),
      package_price integer not null check (package_price > 0),
      delivery_days integer not null check (delivery_days between 1 and 365),
      revisions integer not null check (revisions >= 0),
      includes text not null,
      options jsonb not null default '[]' check (jsonb_typeof(options) = 'array'),
      buyer_request text not null,
      price integer not null check (price >= package_price),
      acceptance_days integer not null check (acceptance_days between 1 and 14),
      delivery_date date not null,
      method text not null check (method in ('bank_transfer', 'dev_card')),
      created_at timestamptz not null,
      constraint service_orders_not_self check (buyer_id <> seller_id)
    )`.execute(db);
  await sql`create index service_orders_service_idx on service_orders (service_id)`.execute(db);
  await sql`create index service_orders_buyer_idx on service_orders (buyer_id, created_at)`.execute(db);
  await sql`create index service_orders_seller_idx on service_orders (seller_id, created_at)`.execute(db);

  await sql`alter table contracts alter column job_id drop not null`.execute(db);
  await sql`alter table contracts add column service_order_id uuid unique references service_orders (id)`.execute(db);
  // Days after a delivery before it is accepted by itself; null: the platform's setting.
  await sql`alter table contracts add column acceptance_days integer check (acceptance_days between 1 and 14)`.execute(db);
  await sql`
    alter table contracts add constraint contracts_one_subject
      check (num_nonnulls(job_id, service_order_id) = 1)`.execute(db);
}
