// サービス外連絡申請: a party to a contract asks staff to allow exchanging contact details
// for a stated reason (on-site work, a phone or video meeting, handing over deliverables).
// Once approved, screening lets contact details through in that contract's thread only;
// payment outside stays forbidden. One open request per contract.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contact_requests (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contracts (id),
      requester_id uuid not null references users (id),
      reason_kind text not null check (reason_kind in ('on-site', 'call', 'handover', 'other')),
      reason text not null,
      status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
      decided_by uuid references users (id),
      decision_note text,
      created_at timestamptz not null,
      decided_at timestamptz,
      constraint contact_requests_decided check ((status = 'pending') = (decided_at is null))
    )`.execute(db);
  await sql`create unique index contact_requests_one_open on contact_requests (contract_id) where status = 'pending'`.execute(db);
  await sql`create index contact_requests_contract_idx on contact_requests (contract_id, created_at)`.execute(db);
  await sql`create index contact_requests_pending_idx on contact_requests (created_at) where status = 'pending'`.execute(db);
}
