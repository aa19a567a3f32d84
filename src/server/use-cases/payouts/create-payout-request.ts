// Payout requests (振込申請) from the earnings balance: the request rules (a minimum and a
// fee, none for the final payout before leaving) are domain/payouts/request.ts; a transfer
// date on a bank business day shown before confirming, and the destination copied
// (sealed) into the request. Money moves by ledger
// postings in the same transaction: earnings → payout on request; payout → outside world
// (and the fee to the platform) when staff mark it transferred; back to earnings if the
// transfer failed.

import { AppError } from '../../../domain/errors';
import { earningsOf } from '../../../domain/ledger/recipes';
import { checkPayoutRequest } from '../../../domain/payouts/request';
import { lockActiveAccount } from '../../db/account-lock';
import { lockLedgerAccountRow } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { requestedPaymentDate } from '../../payouts/earnings-by-day';
import { insertPayoutRequest } from '../../payouts/insert-payout-request';
import { payeeIdentityMissing } from '../../payouts/payee-identity';
import { payoutQuery, presentPayout } from '../../payouts/payout-rows';

export interface CreatePayoutRequestInput {
  userId: string;
  amount: number;
  final: boolean;
}

export async function createPayoutRequest(deps: Deps, input: CreatePayoutRequestInput) {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // A payout in flight blocks withdrawal: the member must not be leaving.
    await lockActiveAccount(trx, input.userId);
    const bank = await trx.selectFrom('bank_accounts').selectAll().where('user_id', '=', input.userId).executeTakeFirst();
    if (!bank) throw new AppError('bank-account-required');
    if (!input.final && (await payeeIdentityMissing(trx, input.userId))) throw new AppError('payee-identity-required');
    // One request at a time per member: the balance read below cannot go stale.
    const earnings = await lockLedgerAccountRow(trx, earningsOf(input.userId));
    const balance = Number(earnings?.balance ?? 0);
    const checked = checkPayoutRequest(input, balance, { fee: deps.config.payoutFee, minimum: deps.config.payoutMinimum });
    if (!checked.ok) throw AppError.field('/amount', checked.refusal.code, checked.refusal.params);
    const { fee, net } = checked;
    // Within 60 days of the oldest acceptance it takes, however late it is asked for.
    const scheduledDate = await requestedPaymentDate(trx, input.userId, balance, now);
    const id = await insertPayoutRequest(trx, deps, { ...input, fee, net, scheduledDate, bank }, now);
    const row = await payoutQuery(trx).where('p.id', '=', id).executeTakeFirstOrThrow();
    return presentPayout(row);
  });
}
