// Row locks, each a named statement, so that what a use case locks (and in which mode) is
// read at its call site and the SQL is in one place (sql-snapshots.test.ts writes each
// one to db/sql/). Each takes the transaction it locks in; a lock lasts until it ends.
// The account locks that guard withdrawal are in db/account-lock.ts.
import type { Db } from '../database';

/**
 * The contract row FOR UPDATE (every action on a contract or its milestones runs one at
 * a time). `lock: false` reads it unlocked, for the race tests' negative control.
 */
export async function lockContractRow(trx: Db, contractId: string, lock = true) {
  const query = trx
    .selectFrom('contracts')
    .select(['id', 'job_id', 'client_id', 'worker_id', 'title', 'status', 'withholding', 'terms_version', 'ended_at'])
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

/** A member's row FOR UPDATE and its status, without the race tests' switch (restoring an account). */
export async function lockUserRow(trx: Db, userId: string) {
  return trx.selectFrom('users').select('status').where('id', '=', userId).forUpdate().executeTakeFirst();
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
