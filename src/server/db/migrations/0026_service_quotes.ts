// Quotes (見積り・カスタマイズ相談): a buyer asks the seller about a service in a thread of
// its own (an inquiry, one per buyer and service); the seller answers there with quotes
// (price tax included, delivery days, revisions, what is included, valid until a date);
// the buyer buys a quote, which makes an order on the quote's terms. A quote is open until
// it is bought, withdrawn by the seller or expires at the end of its valid-until day.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table service_inquiries (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services (id),
      buyer_id uuid not null references users (id),
      seller_id uuid not null references users (id),
      created_at timestamptz not null,
      constraint service_inquiries_key unique (service_id, buyer_id),
      constraint service_inquiries_not_self check (buyer_id <> seller_id)
    )`.execute(db);
  await sql`create index service_inquiries_seller_idx on service_inquiries (seller_id)`.execute(db);
  await sql`create index service_inquiries_buyer_idx on service_inquiries (buyer_id)`.execute(db);

  await sql`
    create table service_quotes (
      id uuid primary key default gen_random_uuid(),
      inquiry_id uuid not null references service_inquiries (id),
      service_id uuid not null references services (id),
      buyer_id uuid not null references users (id),
      seller_id uuid not null references users (id),
      price integer not null check (price > 0),
      delivery_days integer not null check (delivery_days between 1 and 365),
      revisions integer not null check (revisions >= 0),
      includes text not null,
      valid_until date not null,
      expires_at timestamptz not null,
      status text not null default 'open' check (status in ('open', 'bought', 'withdrawn', 'expired')),
      ended_at timestamptz,
      created_at timestamptz not null,
      constraint service_quotes_ended check ((status = 'open') = (ended_at is null)),
      constraint service_quotes_not_self check (buyer_id <> seller_id)
    )`.execute(db);
  await sql`create index service_quotes_inquiry_idx on service_quotes (inquiry_id, created_at)`.execute(db);
  await sql`create index service_quotes_open_seller_idx on service_quotes (seller_id) where status = 'open'`.execute(db);

  // An order made from a quote names the quote instead of a package.
  await sql`alter table service_orders alter column package_id drop not null`.execute(db);
  await sql`alter table service_orders add column quote_id uuid unique references service_quotes (id)`.execute(db);
  await sql`
    alter table service_orders add constraint service_orders_one_source
      check (num_nonnulls(package_id, quote_id) = 1)`.execute(db);

  await sql`alter table threads drop constraint threads_subject_type_check`.execute(db);
  await sql`
    alter table threads add constraint threads_subject_type_check
      check (subject_type in ('application', 'offer', 'contract', 'inquiry'))`.execute(db);
}
