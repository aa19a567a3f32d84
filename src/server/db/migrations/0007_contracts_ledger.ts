// Contracts (契約) with milestones, escrow deposits, termination, disputes, reviews, the
// double-entry ledger and idempotency keys for money-moving requests.
//
// The ledger's invariants live in the database as well as in the domain:
//   - every entry is a non-zero integer; a transaction's entries sum to zero (checked at
//     commit by a deferred constraint trigger);
//   - entries and transactions are append-only (UPDATE and DELETE raise);
//   - one transaction per business key (unique);
//   - cached balances never go below zero except the external `world` account.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Withholding (源泉徴収) applies to individuals only.
  await sql`alter table profiles add column entity_type text not null default 'individual' check (entity_type in ('individual', 'corporation'))`.execute(
    db,
  );
  // An offer may name the amount it proposes (before tax).
  await sql`alter table offers add column amount integer check (amount > 0)`.execute(db);

  await sql`
    create table contracts (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs (id),
      application_id uuid unique references applications (id),
      offer_id uuid unique references offers (id),
      client_id uuid not null references users (id),
      worker_id uuid not null references users (id),
      title text not null,
      status text not null default 'awaiting_escrow'
        check (status in ('awaiting_escrow', 'in_progress', 'completed', 'terminated', 'disputed')),
      withholding boolean not null default false,
      -- A change of terms the client proposed and the worker has not answered yet.
      pending_terms jsonb,
      terms_version integer not null default 1,
      created_at timestamptz not null,
      started_at timestamptz,
      ended_at timestamptz,
      reviews_revealed_at timestamptz,
      updated_at timestamptz not null,
      constraint contracts_not_self check (client_id <> worker_id)
    )`.execute(db);
  await sql`create index contracts_client_idx on contracts (client_id, status)`.execute(db);
  await sql`create index contracts_worker_idx on contracts (worker_id, status)`.execute(db);

  await sql`
    create table milestones (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contracts (id),
      position integer not null check (position >= 1),
      title text not null check (char_length(title) between 1 and 100),
      amount integer not null check (amount > 0),
      tax integer not null check (tax >= 0),
      client_fee integer not null check (client_fee >= 0),
      client_fee_tax integer not null check (client_fee_tax >= 0),
      worker_fee integer not null check (worker_fee >= 0),
      worker_fee_tax integer not null check (worker_fee_tax >= 0),
      withholding integer not null check (withholding >= 0),
      worker_net integer not null check (worker_net >= 0),
      escrow integer not null check (escrow > 0),
      due_date date not null,
      status text not null default 'unfunded'
        check (status in ('unfunded', 'funded', 'delivered', 'accepted', 'paid', 'refunded', 'settled', 'cancelled')),
      delivery_count integer not null default 0,
      delivered_at timestamptz,
      auto_accept_at timestamptz,
      delivery_message_id bigint references messages (id),
      funded_at timestamptz,
      accepted_at timestamptz,
      paid_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint milestones_position_key unique (contract_id, position),
      constraint milestones_escrow_sum check (escrow = amount + tax + client_fee + client_fee_tax),
      constraint milestones_split_sum check (worker_net + worker_fee + worker_fee_tax + withholding = amount + tax)
    )`.execute(db);
  await sql`create index milestones_auto_accept_idx on milestones (auto_accept_at) where status = 'delivered'`.execute(db);

  // The timeline: every transition of a contract or one of its milestones.
  await sql`
    create table contract_events (
      id bigserial primary key,
      contract_id uuid not null references contracts (id),
      milestone_id uuid references milestones (id),
      action text not null,
      actor_role text not null check (actor_role in ('client', 'worker', 'system', 'staff')),
      actor_id uuid references users (id),
      detail jsonb not null default '{}',
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index contract_events_contract_idx on contract_events (contract_id, id)`.execute(db);

  // The written terms (フリーランス新法) each party received, one version per change.
  await sql`
    create table contract_documents (
      id bigserial primary key,
      contract_id uuid not null references contracts (id),
      kind text not null check (kind in ('terms')),
      version integer not null,
      body jsonb not null,
      created_at timestamptz not null,
      constraint contract_documents_version_key unique (contract_id, kind, version)
    )`.execute(db);

  // Money the client sends to fund one milestone's escrow.
  await sql`
    create table deposits (
      id uuid primary key default gen_random_uuid(),
      milestone_id uuid not null references milestones (id),
      contract_id uuid not null references contracts (id),
      client_id uuid not null references users (id),
      method text not null check (method in ('bank_transfer', 'dev_card')),
      reference text not null unique,
      amount integer not null check (amount > 0),
      status text not null default 'pending' check (status in ('pending', 'confirmed', 'cancelled')),
      provider_ref text,
      created_at timestamptz not null,
      confirmed_at timestamptz,
      confirmed_by uuid references users (id),
      cancelled_at timestamptz
    )`.execute(db);
  // A milestone is funded once: at most one deposit waiting or confirmed.
  await sql`create unique index deposits_live_key on deposits (milestone_id) where status in ('pending', 'confirmed')`.execute(
    db,
  );
  await sql`create index deposits_pending_idx on deposits (created_at) where status = 'pending'`.execute(db);
  await sql`create index deposits_client_idx on deposits (client_id, status)`.execute(db);

  // 途中解消: one side proposes how the escrow is split; the other agrees or refuses.
  await sql`
    create table termination_proposals (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contracts (id),
      proposer_id uuid not null references users (id),
      proposer_role text not null check (proposer_role in ('client', 'worker')),
      reason text not null check (char_length(reason) between 1 and 2000),
      settlement jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'accepted', 'refused', 'escalated', 'superseded')),
      respond_by timestamptz not null,
      refusal_reason text,
      created_at timestamptz not null,
      decided_at timestamptz
    )`.execute(db);
  await sql`create unique index termination_pending_key on termination_proposals (contract_id) where status = 'pending'`.execute(
    db,
  );

  await sql`
    create table disputes (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contracts (id),
      opened_by uuid references users (id),
      opener_role text not null check (opener_role in ('client', 'worker', 'system')),
      reason text not null check (char_length(reason) between 1 and 2000),
      status text not null default 'open' check (status in ('open', 'settled')),
      settlement jsonb,
      settled_by uuid references users (id),
      settlement_note text,
      created_at timestamptz not null,
      settled_at timestamptz
    )`.execute(db);
  await sql`create unique index disputes_open_key on disputes (contract_id) where status = 'open'`.execute(db);

  await sql`
    create table reviews (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contracts (id),
      reviewer_id uuid not null references users (id),
      reviewee_id uuid not null references users (id),
      reviewer_role text not null check (reviewer_role in ('client', 'worker')),
      skill smallint not null check (skill between 1 and 5),
      quality smallint not null check (quality between 1 and 5),
      schedule smallint not null check (schedule between 1 and 5),
      communication smallint not null check (communication between 1 and 5),
      partnership smallint not null check (partnership between 1 and 5),
      comment text not null default '' check (char_length(comment) <= 1000),
      created_at timestamptz not null,
      constraint reviews_once_key unique (contract_id, reviewer_id)
    )`.execute(db);
  await sql`create index reviews_reviewee_idx on reviews (reviewee_id)`.execute(db);

  // The ledger.
  await sql`
    create table ledger_accounts (
      id text primary key,
      user_id uuid references users (id),
      balance bigint not null default 0,
      created_at timestamptz not null,
      constraint ledger_accounts_not_negative check (id = 'world' or balance >= 0)
    )`.execute(db);
  await sql`
    create table ledger_transactions (
      id bigserial primary key,
      key text not null,
      kind text not null,
      contract_id uuid references contracts (id),
      milestone_id uuid references milestones (id),
      created_at timestamptz not null,
      constraint ledger_transactions_key unique (key)
    )`.execute(db);
  await sql`create index ledger_transactions_milestone_idx on ledger_transactions (milestone_id)`.execute(db);
  await sql`
    create table ledger_entries (
      id bigserial primary key,
      transaction_id bigint not null references ledger_transactions (id),
      account_id text not null references ledger_accounts (id),
      amount bigint not null check (amount <> 0),
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index ledger_entries_account_idx on ledger_entries (account_id, id)`.execute(db);
  await sql`create index ledger_entries_transaction_idx on ledger_entries (transaction_id)`.execute(db);

  await sql`
    create function ledger_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'ledger rows are append-only (% on %)', tg_op, tg_table_name using errcode = 'P0001';
    end $$`.execute(db);
  for (const table of ['ledger_entries', 'ledger_transactions']) {
    await sql
      .raw(
        `create trigger ${table}_append_only before update or delete on ${table} for each row execute function ledger_refuse_change()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_no_truncate before truncate on ${table} for each statement execute function ledger_refuse_change()`,
      )
      .execute(db);
  }
  await sql`
    create function ledger_check_balanced() returns trigger language plpgsql as $$
    declare total bigint;
    begin
      select coalesce(sum(amount), 0) into total from ledger_entries where transaction_id = new.transaction_id;
      if total <> 0 then
        raise exception 'ledger transaction % does not balance (sum %)', new.transaction_id, total using errcode = 'P0001';
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create constraint trigger ledger_entries_balanced after insert on ledger_entries
    deferrable initially deferred for each row execute function ledger_check_balanced()`.execute(db);

  await sql`insert into ledger_accounts (id, created_at) values
    ('world', now()), ('platform:fees', now()), ('platform:tax-payable', now()), ('platform:withholding-payable', now())`.execute(
    db,
  );

  // Money-moving POSTs carry an Idempotency-Key: the first answer is kept and replayed.
  await sql`
    create table idempotency_keys (
      user_id uuid not null references users (id),
      key text not null,
      request_hash text not null,
      status_code integer not null,
      response jsonb not null,
      created_at timestamptz not null,
      primary key (user_id, key)
    )`.execute(db);
  await sql`create index idempotency_keys_created_idx on idempotency_keys (created_at)`.execute(db);
}
