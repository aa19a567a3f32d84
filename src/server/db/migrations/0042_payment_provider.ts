// A real payment provider (Stripe) for cards and konbini (コンビニ決済): two more deposit
// methods, what the client needs to finish paying (kept on the deposit), why a payment
// failed, and the provider's events — each stored once by its id in the same transaction
// as its effect, so a redelivered event is answered and never applied twice.
import { type Kysely, sql } from 'kysely';

const METHODS = `('bank_transfer', 'dev_card', 'stripe_card', 'stripe_konbini')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['deposits', 'service_orders', 'service_tips']) {
    await sql.raw(`alter table ${table} drop constraint ${table}_method_check`).execute(db);
    await sql.raw(`alter table ${table} add constraint ${table}_method_check check (method in ${METHODS})`).execute(db);
  }
  // What the web app needs to finish a provider payment (the card form's client secret,
  // the konbini payment numbers) and until when it can be paid.
  await sql`alter table deposits add column provider_details jsonb`.execute(db);
  await sql`alter table deposits add column payment_expires_at timestamptz`.execute(db);
  // Why the provider's payment failed or lapsed (a stable code the client sees explained).
  await sql`alter table deposits add column failure_code text check (failure_code ~ '^[a-z_]{1,40}$')`.execute(db);
  await sql`create index deposits_provider_ref_idx on deposits (provider_ref) where provider_ref is not null`.execute(db);

  await sql`
    create table payment_events (
      id text primary key,
      provider text not null check (provider in ('stripe')),
      type text not null,
      deposit_id uuid references deposits (id),
      provider_ref text,
      outcome text not null check (outcome in ('applied', 'ignored', 'unknown_deposit', 'refused', 'recorded')),
      detail jsonb not null default '{}',
      received_at timestamptz not null
    )`.execute(db);
  await sql`create index payment_events_deposit_idx on payment_events (deposit_id) where deposit_id is not null`.execute(db);
  // Refund events wait here for the refunds module to apply them.
  await sql`create index payment_events_recorded_idx on payment_events (received_at) where outcome = 'recorded'`.execute(db);
}
