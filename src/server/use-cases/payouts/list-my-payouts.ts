import { earningsOf } from '../../../domain/ledger/recipes';
import { balanceOf } from '../../db/repositories/ledger';
import type { Deps } from '../../deps';
import { requestedPaymentDate } from '../../payouts/earnings-by-day';
import { payoutQuery, presentPayout } from '../../payouts/payout-rows';

export async function listMyPayouts(deps: Deps, userId: string) {
  const [items, balance, bank] = await Promise.all([
    payoutQuery(deps.db).where('p.user_id', '=', userId).orderBy('p.requested_at', 'desc').limit(100).execute(),
    balanceOf(deps.db, earningsOf(userId)),
    deps.db.selectFrom('bank_accounts').select('user_id').where('user_id', '=', userId).executeTakeFirst(),
  ]);
  const now = deps.clock();
  return {
    balance,
    minimum: deps.config.payoutMinimum,
    fee: deps.config.payoutFee,
    // The date a request made now is paid: what the request itself will be given.
    nextScheduledDate: await requestedPaymentDate(deps.db, userId, balance, now),
    hasBankAccount: Boolean(bank),
    items: items.map((r) => presentPayout(r)),
  };
}
