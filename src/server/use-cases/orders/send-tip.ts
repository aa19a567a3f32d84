// The buyer sends the seller a tip (おひねり), paid through the payment provider exactly as
// a milestone is funded: by card the tip is paid at once (the seller's balance grows, the
// seller is told); by bank transfer a deposit waits with its reference until staff confirm
// it (confirm-deposit.ts). Retried with the same Idempotency-Key, the first answer is
// replayed (the route's idempotency helper), so a retry never sends a second tip.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/errors';
import { type TipMoney, tipMoney, tipRefusal } from '../../../domain/orders/tips';
import { lockContract } from '../../contracts/core';
import { assertActive, lockAccounts } from '../../db/account-lock';
import type { Db } from '../../db/database';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { depositColumns, payerOf } from '../../deposits/provider-payment';
import type { Deps } from '../../deps';
import { type CollectResult, paymentProviders, transferReference } from '../../integrations/payments/provider';
import { notify } from '../../notifications/notify';
import { payTipNow, readTipOrder, type TipOrder, type TipRow } from '../../orders/tips';

export interface SendTipInput {
  buyerId: string;
  orderId: string;
  amount: number;
  /** Empty: no message. */
  message: string;
  method: DepositMethod;
  /** The total the buyer confirmed on the preview. */
  expectedTotal: number;
}

export async function sendTip(deps: Deps, input: SendTipInput): Promise<{ tipId: string }> {
  const provider = paymentProviders(deps.config)[input.method];
  if (!provider.available) throw new AppError('payment-method-unavailable');
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const read = await readTipOrder(trx, input.orderId);
    if (!read) throw new AppError('not-found');
    // Both accounts FOR SHARE (withdrawal takes them FOR UPDATE), then the contract: the
    // order's state is read again under the lock, so a tip never lands on an order that
    // was terminated or disputed meanwhile.
    const statuses = await lockAccounts(trx, [read.state.buyerId, read.state.sellerId]);
    await lockContract(trx, read.contractId);
    const order = await readTipOrder(trx, input.orderId);
    const refusal = tipRefusal(input.buyerId, order?.state, now);
    if (refusal || !order) throw new AppError(refusal ?? 'not-found');
    assertActive(statuses.get(input.buyerId));
    if (statuses.get(order.state.sellerId) !== 'active') throw new AppError('tip-seller-unavailable');
    const money = tipMoney(input.amount, deps.config.fees);
    if (money.total !== input.expectedTotal) throw new AppError('tip-total-changed');

    const deposit = { id: randomUUID(), reference: transferReference() };
    // The provider answers first (nothing it does is visible before commit).
    const result = await provider.collect({
      depositId: deposit.id,
      reference: deposit.reference,
      amount: money.total,
      kind: 'tip',
      payer: await payerOf(trx, input.buyerId),
    });
    const tip = await addTip(trx, { input, order, money, deposit, result }, now);
    if (result.status === 'captured') await payTipNow(trx, deps, tip, order.title, now);
    else
      await requestTransfer(
        trx,
        deps,
        { tip, title: order.title, reference: deposit.reference, instructions: result.instructions },
        now,
      );
    return { tipId: tip.id };
  });
}

/** The tip row and its deposit, in its final state when the provider captured the money. */
async function addTip(
  trx: Db,
  tip: {
    input: SendTipInput;
    order: TipOrder;
    money: TipMoney;
    deposit: { id: string; reference: string };
    result: CollectResult;
  },
  now: Date,
): Promise<TipRow> {
  const { input, order, money, deposit, result } = tip;
  const row = await trx
    .insertInto('service_tips')
    .values({
      order_id: order.id,
      contract_id: order.contractId,
      buyer_id: input.buyerId,
      seller_id: order.state.sellerId,
      amount: money.amount,
      buyer_fee: money.buyerFee,
      buyer_fee_tax: money.buyerFeeTax,
      total: money.total,
      seller_fee: money.sellerFee,
      seller_fee_tax: money.sellerFeeTax,
      seller_net: money.sellerNet,
      message: input.message.length > 0 ? input.message : null,
      method: input.method,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('deposits')
    .values({
      id: deposit.id,
      tip_id: row.id,
      milestone_id: null,
      contract_id: order.contractId,
      job_id: null,
      client_id: input.buyerId,
      method: input.method,
      reference: deposit.reference,
      amount: money.total,
      created_at: now,
      ...depositColumns(result, now),
    })
    .execute();
  return row;
}

/** The buyer is told where to transfer the tip's total, and which number to quote. */
async function requestTransfer(
  trx: Db,
  deps: Deps,
  transfer: { tip: TipRow; title: string; reference: string; instructions: string },
  now: Date,
): Promise<void> {
  const { tip } = transfer;
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: tip.buyer_id,
      kind: 'deposit.requested',
      params: {
        title: transfer.title,
        for: 'tip',
        instructions: transfer.instructions,
        amount: tip.total,
        reference: transfer.reference,
      },
      link: `/contracts/${tip.contract_id}`,
    },
    now,
  );
}
