// Skill services (出品): a seller's service with its packages, paid options, FAQ and
// images, searchable like job postings (every character and pair of characters indexed,
// domain/jobs/search.ts). Packages and options are never deleted while orders may point
// at them: an edit that drops one stamps `removed_at`.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table services (
      id uuid primary key default gen_random_uuid(),
      seller_id uuid not null references users (id),
      status text not null default 'draft' check (status in ('draft', 'published', 'paused', 'hidden')),
      -- why a hidden service is hidden: its seller, or the seller's withdrawal
      hidden_reason text check (hidden_reason in ('seller', 'withdrawal')),
      title text not null check (char_length(title) between 1 and 60),
      category text not null,
      tags text[] not null default '{}' check (cardinality(tags) <= 10),
      description text not null check (char_length(description) <= 5000),
      -- [{question, answer}], at most 10
      faq jsonb not null default '[]' check (jsonb_typeof(faq) = 'array' and jsonb_array_length(faq) <= 10),
      buyer_request text not null default '' check (char_length(buyer_request) <= 2000),
      capacity integer not null default 3 check (capacity between 1 and 20),
      acceptance_days integer not null default 3 check (acceptance_days between 1 and 14),
      -- the cheapest package and the shortest delivery, kept with the packages for cards and sorting
      price_from integer not null check (price_from between 500 and 1000000),
      delivery_days_from integer not null check (delivery_days_from between 1 and 90),
      -- kept by service reviews and orders as they happen
      rating_average numeric(3, 2) check (rating_average between 1 and 5),
      rating_count integer not null default 0 check (rating_count >= 0),
      orders_completed integer not null default 0 check (orders_completed >= 0),
      version integer not null default 1 check (version >= 1),
      search_text text not null default '',
      search_tokens text[] not null default '{}',
      published_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint services_hidden_reason check ((status = 'hidden') = (hidden_reason is not null)),
      constraint services_published_at check (status = 'draft' or published_at is not null)
    )`.execute(db);
  await sql`create index services_seller_idx on services (seller_id, created_at desc)`.execute(db);
  await sql`create index services_public_new_idx on services (published_at desc) where status in ('published', 'paused')`.execute(
    db,
  );
  await sql`create index services_public_price_idx on services (price_from) where status in ('published', 'paused')`.execute(db);
  await sql`create index services_public_popular_idx on services (orders_completed desc) where status in ('published', 'paused')`.execute(
    db,
  );
  await sql`create index services_search_idx on services using gin (search_tokens) where status in ('published', 'paused')`.execute(
    db,
  );

  await sql`
    create table service_packages (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services (id),
      position smallint not null check (position between 0 and 2),
      name text not null check (char_length(name) between 1 and 20),
      price integer not null check (price between 500 and 1000000),
      delivery_days integer not null check (delivery_days between 1 and 90),
      revisions integer not null check (revisions between 0 and 10),
      includes text not null default '' check (char_length(includes) <= 500),
      removed_at timestamptz,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index service_packages_service_idx on service_packages (service_id, position) where removed_at is null`.execute(
    db,
  );

  await sql`
    create table service_options (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services (id),
      position smallint not null check (position between 0 and 9),
      title text not null check (char_length(title) between 1 and 40),
      price integer not null check (price between 500 and 1000000),
      extra_days integer not null check (extra_days between 0 and 30),
      removed_at timestamptz,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index service_options_service_idx on service_options (service_id, position) where removed_at is null`.execute(
    db,
  );

  // An image belongs to one service; the service page shows them in position order.
  await sql`
    create table service_images (
      attachment_id uuid primary key references attachments (id),
      service_id uuid not null references services (id),
      position smallint not null check (position between 0 and 4)
    )`.execute(db);
  await sql`create index service_images_service_idx on service_images (service_id, position)`.execute(db);
}
