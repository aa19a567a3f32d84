// Row locks, each a named statement, so that what a use case locks (and in which mode) is
// read at its call site and the SQL is in one place (sql-snapshots.test.ts writes each
// one to db/sql/). Each takes the transaction it locks in; a lock lasts until it ends.
// The account locks that guard withdrawal (db/account-lock.ts) take the users rows here.
// `lock: false` reads a row unlocked: the race tests' negative controls turn a lock off.
import { sql } from 'kysely';
import type { Db } from '../database';

/** The contract row FOR UPDATE: every action on a contract or its milestones runs one at a time. */
export async function lockContractRow(trx: Db, contractId: string, lock = true) {
  const query = trx
    .selectFrom('contracts')
    .select([
      'id',
      'job_id',
      'service_order_id',
      'acceptance_days',
      'client_id',
      'worker_id',
      'title',
      'status',
      'withholding',
      'terms_version',
      'ended_at',
    ])
    .where('id', '=', contractId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * A job posting's row FOR SHARE: applying to it or sending an offer for it waits for a
 * change of its state (closing, cancelling) and keeps it from changing until commit.
 */
export async function lockJobRowForShare(trx: Db, jobId: string) {
  return trx
    .selectFrom('jobs')
    .select(['id', 'client_id', 'status', 'kind', 'deadline', 'title'])
    .where('id', '=', jobId)
    .forShare()
    .executeTakeFirst();
}

/**
 * A task or competition posting's row FOR UPDATE: everything that changes its slots or
 * its escrow runs one at a time.
 */
export async function lockJobRow(trx: Db, jobId: string, lock = true) {
  const query = trx
    .selectFrom('jobs')
    .select([
      'id',
      'client_id',
      'status',
      'kind',
      'title',
      'deadline',
      'task_slots',
      'task_unit_price',
      'task_worker_limit',
      'prize',
      'allow_no_winner',
    ])
    .where('id', '=', jobId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** A member's row FOR UPDATE and its status. */
export async function lockUserRow(trx: Db, userId: string, lock = true) {
  const query = trx.selectFrom('users').select('status').where('id', '=', userId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** A member's row FOR UPDATE with what withdrawing the account reads. */
export async function lockUserRowForWithdrawal(trx: Db, userId: string, lock = true) {
  const query = trx
    .selectFrom('users')
    .select(['id', 'username', 'email', 'display_name', 'password_hash', 'email_verified_at', 'intent', 'status'])
    .where('id', '=', userId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Members' rows FOR SHARE, in id order (several lockers never deadlock), with their status. */
export async function lockUserRowsForShare(trx: Db, userIds: string[], lock = true) {
  const query = trx.selectFrom('users').select(['id', 'status']).where('id', 'in', userIds).orderBy('id');
  return (lock ? query.forShare() : query).execute();
}

/** The withdrawal vault row an undo link names (by its hash), FOR UPDATE: a link restores once. */
export async function lockWithdrawalVaultRow(trx: Db, restoreTokenHash: string) {
  return trx
    .selectFrom('withdrawal_vault')
    .select(['user_id', 'ciphertext', 'expires_at'])
    .where('restore_token_hash', '=', restoreTokenHash)
    .forUpdate()
    .executeTakeFirst();
}

/** A ledger account's row FOR UPDATE and its cached balance (a member's earnings, before a payout request). */
export async function lockLedgerAccountRow(trx: Db, accountId: string) {
  return trx.selectFrom('ledger_accounts').select('balance').where('id', '=', accountId).forUpdate().executeTakeFirst();
}

/** A payout request's row FOR UPDATE, all of it. */
export async function lockPayoutRequestRow(trx: Db, payoutId: string) {
  return trx.selectFrom('payout_requests').selectAll().where('id', '=', payoutId).forUpdate().executeTakeFirst();
}

/** Every payout request waiting for a batch and due by `paymentDate`, FOR UPDATE, in request order. */
export async function lockDuePayoutRequests(trx: Db, paymentDate: string) {
  return trx
    .selectFrom('payout_requests')
    .select(['id', 'user_id', 'scheduled_date'])
    .where('status', '=', 'requested')
    .where('scheduled_date', '<=', paymentDate)
    .orderBy('number')
    .forUpdate()
    .execute();
}

/**
 * A service's row FOR UPDATE: edits and status changes of one service run one at a time,
 * so the version check and the compare-and-set see the row as it is.
 */
export async function lockServiceRow(trx: Db, serviceId: string, lock = true) {
  const query = trx.selectFrom('services').select(['id', 'seller_id', 'status', 'version']).where('id', '=', serviceId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * A service's row FOR UPDATE, for a purchase: purchases of one service run one at a time,
 * so the orders in progress each counts are the ones it adds to, and a status change
 * (pause, hide) waits for a purchase under way or is seen by it.
 */
export async function lockServiceRowForOrder(trx: Db, serviceId: string, lock = true) {
  const query = trx
    .selectFrom('services')
    .select(['id', 'seller_id', 'status', 'title', 'capacity', 'acceptance_days', 'buyer_request'])
    .where('id', '=', serviceId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** A quote's columns as the quote use cases read them. */
export const QUOTE_COLUMNS = [
  'id',
  'inquiry_id',
  'service_id',
  'buyer_id',
  'seller_id',
  'price',
  'delivery_days',
  'revisions',
  'includes',
  'valid_until',
  'expires_at',
  'status',
] as const;

/** A quote row FOR UPDATE, before buying, withdrawing or expiring it (`lock` false: the race tests' negative control). */
export async function lockQuoteRow(trx: Db, quoteId: string, lock = true) {
  const query = trx.selectFrom('service_quotes').select(QUOTE_COLUMNS).where('id', '=', quoteId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * The pair lock of two members (a transaction-scoped advisory lock on the pair, in a
 * fixed order: the smaller id first, so A–B and B–A are one lock). An action between two
 * members (apply, scout, message, quote, buy) takes it shared; blocking takes it
 * exclusive. Either the action commits before the block (which then ends what it made) or
 * it waits and sees the block. No row is locked, so it adds no order to the row locks.
 */
export async function lockMemberPair(trx: Db, a: string, b: string, mode: 'shared' | 'exclusive', lock = true) {
  if (!lock) return;
  const key = a < b ? `member-pair:${a}:${b}` : `member-pair:${b}:${a}`;
  const fn = mode === 'shared' ? sql.raw('pg_advisory_xact_lock_shared') : sql.raw('pg_advisory_xact_lock');
  await sql`select ${fn}(hashtextextended(${key}, 0))`.execute(trx);
}

/**
 * A member's row FOR SHARE, then the restrictions in force at `now`: an action a
 * restriction can stop reads them under the same lock a new restriction takes FOR UPDATE
 * (moderation/restrictions.ts), so the restriction lands wholly before or after it. Two
 * statements on purpose: the restrictions are read with a snapshot taken after the lock
 * was granted, so a restriction that committed while the action waited is seen.
 */
export async function lockUserRestrictionsForShare(trx: Db, userId: string, now: Date, lock = true) {
  const query = trx.selectFrom('users').select('id').where('id', '=', userId);
  const user = await (lock ? query.forShare() : query).executeTakeFirst();
  if (!user) return [];
  return trx
    .selectFrom('account_restrictions')
    .select(['id', 'kind', 'starts_at', 'ends_at', 'created_by', 'lifted_at', 'appealed_at', 'appeal_decided_at'])
    .where('user_id', '=', userId)
    .where('lifted_at', 'is', null)
    .where('starts_at', '<=', now)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
    .execute();
}
