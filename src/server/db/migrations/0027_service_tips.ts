// Tips (おひねり): the buyer of an order sends the seller money on top of the price, with
// the service fees on both sides as for a purchase. A tip is paid like a milestone — by
// card at once, or by a bank transfer staff confirm — so a deposit funds either a
// milestone, a posting's escrow or a tip; a tip's deposit names the order's contract too.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table service_tips (
      id uuid primary key default gen_random_uuid(),
      order_id uuid not null references service_orders (id),
      contract_id uuid not null references contracts (id),
      buyer_id uuid not null references users (id),
      seller_id uuid not null references users (id),
      amount bigint not null check (amount between 100 and 99999),
      buyer_fee bigint not null check (buyer_fee >= 0),
      buyer_fee_tax bigint not null check (buyer_fee_tax >= 0),
      total bigint not null,
      seller_fee bigint not null check (seller_fee >= 0),
      seller_fee_tax bigint not null check (seller_fee_tax >= 0),
      seller_net bigint not null check (seller_net > 0),
      message text check (char_length(message) between 1 and 200),
      method text not null check (method in ('bank_transfer', 'dev_card')),
      created_at timestamptz not null,
      -- Set when the money arrived (card at once, a transfer when staff confirm it).
      paid_at timestamptz,
      constraint service_tips_total check (total = amount + buyer_fee + buyer_fee_tax),
      constraint service_tips_split check (seller_net + seller_fee + seller_fee_tax = amount),
      constraint service_tips_not_self check (buyer_id <> seller_id)
    )`.execute(db);
  await sql`create index service_tips_order_idx on service_tips (order_id, created_at)`.execute(db);
  await sql`create index service_tips_seller_idx on service_tips (seller_id, created_at)`.execute(db);
  await sql`create index service_tips_buyer_idx on service_tips (buyer_id, created_at)`.execute(db);

  await sql`alter table deposits add column tip_id uuid references service_tips (id)`.execute(db);
  await sql`alter table deposits drop constraint deposits_one_subject`.execute(db);
  await sql`alter table deposits add constraint deposits_one_subject check (
      (milestone_id is not null and contract_id is not null and job_id is null and tip_id is null)
      or (milestone_id is null and contract_id is null and job_id is not null and tip_id is null)
      or (tip_id is not null and contract_id is not null and milestone_id is null and job_id is null))`.execute(db);
  // A tip is paid once: at most one deposit waiting or confirmed.
  await sql`create unique index deposits_live_tip_key on deposits (tip_id) where status in ('pending', 'confirmed')`.execute(db);
}
