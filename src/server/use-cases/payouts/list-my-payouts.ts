import { earningsOf } from '../../../domain/ledger/recipes';
import { payoutDate } from '../../../domain/payouts/schedule';
import { balanceOf } from '../../db/repositories/ledger';
import type { Deps } from '../../deps';
import { payoutQuery, presentPayout } from '../../payouts/payout-rows';

export async function listMyPayouts(deps: Deps, userId: string) {
  const [items, balance, bank] = await Promise.all([
    payoutQuery(deps.db).where('p.user_id', '=', userId).orderBy('p.requested_at', 'desc').limit(100).execute(),
    balanceOf(deps.db, earningsOf(userId)),
    deps.db.selectFrom('bank_accounts').select('user_id').where('user_id', '=', userId).executeTakeFirst(),
  ]);
  return {
    balance,
    minimum: deps.config.payoutMinimum,
    fee: deps.config.payoutFee,
    nextScheduledDate: payoutDate(deps.clock()),
    hasBankAccount: Boolean(bank),
    items: items.map((r) => presentPayout(r)),
  };
}
