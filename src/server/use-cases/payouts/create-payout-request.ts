// Payout requests (振込申請) from the earnings balance: the request rules (a minimum and a
// fee, none for the final payout before leaving) are domain/payouts/request.ts; a transfer
// date on a bank business day shown before confirming, and the destination copied
// (sealed) into the request. Money moves by ledger
// postings in the same transaction: earnings → payout on request; payout → outside world
// (and the fee to the platform) when staff mark it transferred; back to earnings if the
// transfer failed.

import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/errors';
import { earningsOf, payoutOf, requestPayout } from '../../../domain/ledger/recipes';
import { checkPayoutRequest } from '../../../domain/payouts/request';
import { payoutDate } from '../../../domain/payouts/schedule';
import { lockActiveAccount } from '../../db/account-lock';
import { openAccounts, postTransaction } from '../../db/repositories/ledger';
import { lockLedgerAccountRow } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { payoutQuery, presentPayout } from '../../payouts/payout-rows';
import { seal, unseal } from '../../security/vault';

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
    // One request at a time per member: the balance read below cannot go stale.
    const earnings = await lockLedgerAccountRow(trx, earningsOf(input.userId));
    const balance = Number(earnings?.balance ?? 0);
    const checked = checkPayoutRequest(input, balance, { fee: deps.config.payoutFee, minimum: deps.config.payoutMinimum });
    if (!checked.ok) throw AppError.field('/amount', checked.refusal.code, checked.refusal.params);
    const { fee, net } = checked;
    const id = randomUUID();
    const inside = unseal<{ number: string; holderName: string }>(deps.config.secret, bank.sealed, 'bank-account-v1');
    const scheduledDate = payoutDate(now);
    await trx
      .insertInto('payout_requests')
      .values({
        id,
        user_id: input.userId,
        amount: input.amount,
        fee,
        net,
        final: input.final,
        scheduled_date: scheduledDate,
        bank_code: bank.bank_code,
        branch_code: bank.branch_code,
        account_type: bank.account_type,
        number_hint: bank.number_hint,
        sealed: seal(deps.config.secret, inside, 'bank-account-v1'),
        requested_at: now,
      })
      .execute();
    await openAccounts(trx, [payoutOf(id)], now);
    await postTransaction(trx, requestPayout(id, input.userId, input.amount), { kind: 'payout_request' }, now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: input.userId,
        kind: 'payout.requested',
        params: { scheduledDate, amount: input.amount, fee, bankName: bank.bank_name, branchName: bank.branch_name },
        link: '/mypage/payouts',
      },
      now,
    );
    const row = await payoutQuery(trx).where('p.id', '=', id).executeTakeFirstOrThrow();
    return presentPayout(row);
  });
}
