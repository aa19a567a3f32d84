// Writes one payout request (振込申請) checked by the caller, in the caller's transaction:
// the destination copied (sealed) from the member's bank account, the ledger posting
// earnings → payout (requestPayout), and the notice with the transfer date.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { payoutOf, requestPayout } from '../../domain/ledger/recipes';
import type { CalendarDate } from '../../domain/payouts/schedule';
import type { Db } from '../db/database';
import { openAccounts, postTransaction } from '../db/repositories/ledger';
import type { BankAccountsTable } from '../db/schema';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { seal, unseal } from '../security/vault';

export interface NewPayoutRequest {
  userId: string;
  amount: number;
  fee: number;
  net: number;
  final: boolean;
  scheduledDate: CalendarDate;
  bank: Selectable<BankAccountsTable>;
}

/** Returns the new request's id. */
export async function insertPayoutRequest(trx: Db, deps: Deps, r: NewPayoutRequest, now: Date): Promise<string> {
  const id = randomUUID();
  const inside = unseal<{ number: string; holderName: string }>(deps.config.secret, r.bank.sealed, 'bank-account-v1');
  await trx
    .insertInto('payout_requests')
    .values({
      id,
      user_id: r.userId,
      amount: r.amount,
      fee: r.fee,
      net: r.net,
      final: r.final,
      scheduled_date: r.scheduledDate,
      bank_code: r.bank.bank_code,
      branch_code: r.bank.branch_code,
      account_type: r.bank.account_type,
      number_hint: r.bank.number_hint,
      sealed: seal(deps.config.secret, inside, 'bank-account-v1'),
      requested_at: now,
    })
    .execute();
  await openAccounts(trx, [payoutOf(id)], now);
  await postTransaction(trx, requestPayout(id, r.userId, r.amount), { kind: 'payout_request' }, now);
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: r.userId,
      kind: 'payout.requested',
      params: {
        scheduledDate: r.scheduledDate,
        amount: r.amount,
        fee: r.fee,
        bankName: r.bank.bank_name,
        branchName: r.bank.branch_name,
      },
      link: '/mypage/payouts',
    },
    now,
  );
  return id;
}
