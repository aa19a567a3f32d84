// Reports (通報), the moderation log, and account restrictions with due process.
//
// A report names what it is about (a member, a posting, a service, a message, a review),
// the member answerable for it, a reason and a note, and a snapshot of the content taken
// when it was made: removing or erasing the content later does not destroy the evidence.
// One open report per reporter and target. Staff close a report with an outcome that
// cites an article of the terms.
//
// A restriction (利用制限) is the truth about what a member may not do: users.status is
// not changed by it (a restricted member still logs in, follows their contracts, requests
// their payout and may withdraw, which the account lock would refuse to a 'suspended'
// status). Any account an operator had set to 'suspended' by hand becomes an active
// account with a suspension until reviewed, so it is explained and can be appealed.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reports (
      id uuid primary key default gen_random_uuid(),
      reporter_id uuid not null references users (id),
      target_kind text not null check (target_kind in ('member', 'job', 'service', 'message', 'review')),
      target_id text not null,
      target_user_id uuid not null references users (id),
      reason text not null check (reason in ('direct_deal', 'fraud', 'inappropriate', 'harassment', 'other')),
      note text not null default '',
      snapshot jsonb not null,
      status text not null default 'open' check (status in ('open', 'dismissed', 'warned', 'removed', 'restricted')),
      article text,
      outcome_note text,
      decided_by uuid references users (id),
      decided_at timestamptz,
      created_at timestamptz not null,
      constraint reports_not_self check (reporter_id <> target_user_id),
      constraint reports_decided check ((status = 'open') = (decided_at is null))
    )`.execute(db);
  await sql`create unique index reports_one_open on reports (reporter_id, target_kind, target_id) where status = 'open'`.execute(
    db,
  );
  await sql`create index reports_open_idx on reports (created_at, id) where status = 'open'`.execute(db);
  await sql`create index reports_target_user_idx on reports (target_user_id, created_at)`.execute(db);
  await sql`create index reports_reporter_idx on reports (reporter_id, created_at desc)`.execute(db);

  // What staff did about a member's content or conduct: warnings and removals (a
  // dismissal and a restriction are recorded on the report and the restriction).
  await sql`
    create table moderation_actions (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      report_id uuid references reports (id),
      kind text not null check (kind in ('warn', 'remove')),
      article text not null,
      note text not null,
      content_kind text,
      content_id text,
      content_excerpt text,
      actor_id uuid not null references users (id),
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index moderation_actions_user_idx on moderation_actions (user_id, created_at)`.execute(db);

  await sql`
    create table account_restrictions (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      kind text not null check (kind in ('posting', 'messaging', 'suspended')),
      article text not null,
      reason text not null check (length(reason) > 0),
      evidence_report_ids uuid[] not null default '{}',
      evidence_text text not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz,
      created_by uuid references users (id),
      created_at timestamptz not null,
      lifted_at timestamptz,
      lifted_by uuid references users (id),
      lift_reason text,
      appeal_text text,
      appealed_at timestamptz,
      appeal_decision text check (appeal_decision in ('upheld', 'lifted')),
      appeal_note text,
      appeal_decided_by uuid references users (id),
      appeal_decided_at timestamptz,
      constraint account_restrictions_evidence check (cardinality(evidence_report_ids) > 0 or length(evidence_text) > 0),
      constraint account_restrictions_end check (ends_at is null or ends_at > starts_at),
      constraint account_restrictions_lift check ((lifted_at is null) = (lifted_by is null and lift_reason is null)),
      constraint account_restrictions_appeal check ((appealed_at is null) = (appeal_text is null)),
      constraint account_restrictions_decision check ((appeal_decided_at is null) = (appeal_decision is null)),
      constraint account_restrictions_decider check (appeal_decided_by is null or appeal_decided_by <> user_id)
    )`.execute(db);
  await sql`create index account_restrictions_user_idx on account_restrictions (user_id, starts_at)`.execute(db);
  await sql`create index account_restrictions_appeals_idx on account_restrictions (appealed_at) where appealed_at is not null and appeal_decided_at is null`.execute(
    db,
  );

  // Content staff removed: a message shown as removed, a review hidden, a service unpublished by staff.
  await sql`alter table messages add column removed_at timestamptz, add column removed_by uuid references users (id)`.execute(db);
  await sql`alter table reviews add column hidden_at timestamptz, add column hidden_by uuid references users (id)`.execute(db);
  await sql`alter table services drop constraint services_hidden_reason_check`.execute(db);
  await sql`alter table services add constraint services_hidden_reason_check check (hidden_reason in ('seller', 'withdrawal', 'staff'))`.execute(
    db,
  );

  await sql`
    insert into account_restrictions (user_id, kind, article, reason, evidence_text, starts_at, created_at)
    select id, 'suspended', 'art10', '運営により利用停止とされていたアカウントです。', '移行前の記録', now(), now()
      from users where status = 'suspended'`.execute(db);
  await sql`update users set status = 'active' where status = 'suspended'`.execute(db);
}
