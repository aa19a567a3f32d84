// The export's money sections: rewards, deposits, the earnings accounts with their
// history, payout requests (the bank account by its last digits) and a scheduled withdrawal.
import type { Db } from '../db/database';
import { plain } from './rows';

export async function exportMoney(db: Db, userId: string) {
  const myAccounts = db.selectFrom('ledger_accounts').select('id').where('user_id', '=', userId);
  const [rewards, deposits, accounts, entries, payouts, scheduled] = await Promise.all([
    db.selectFrom('work_rewards').selectAll().where('worker_id', '=', userId).orderBy('created_at').execute(),
    db
      .selectFrom('deposits')
      .select([
        'id',
        'milestone_id',
        'contract_id',
        'job_id',
        'method',
        'reference',
        'amount',
        'status',
        'created_at',
        'confirmed_at',
        'cancelled_at',
      ])
      .where('client_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('ledger_accounts').select(['id', 'balance', 'created_at']).where('user_id', '=', userId).execute(),
    db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as x', 'x.id', 'e.transaction_id')
      .select(['e.id', 'e.account_id', 'e.amount', 'e.transaction_id', 'x.kind', 'x.key', 'e.created_at'])
      .where('e.account_id', 'in', myAccounts)
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('payout_requests')
      .select([
        'id',
        'number',
        'amount',
        'fee',
        'net',
        'final',
        'status',
        'scheduled_date',
        'bank_code',
        'branch_code',
        'account_type',
        'number_hint',
        'failure_reason',
        'requested_at',
        'batched_at',
        'paid_at',
        'failed_at',
      ])
      .where('user_id', '=', userId)
      .orderBy('requested_at')
      .execute(),
    db
      .selectFrom('scheduled_withdrawals')
      .select(['reasons', 'other_reason', 'erase_now', 'requested_at'])
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);

  return {
    workRewards: rewards.map(plain),
    deposits: deposits.map(plain),
    earnings: { accounts: accounts.map(plain), history: entries.map(plain) },
    payoutRequests: payouts.map(plain),
    scheduledWithdrawal: scheduled ? plain(scheduled) : null,
  };
}
