// What tip (おひねり) use cases share: the order read with its contract as the tip rule
// needs it, the tip's money from its row, paying a tip (ledger, paid_at, the seller's
// notice) once its money arrived, and a tip as its buyer or seller sees it.
import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors';
import { earningsOf, payTip } from '../../domain/ledger/recipes';
import type { TipMoney, TipOrderState } from '../../domain/orders/tips';
import type { Tip } from '../../shared/api/tips';
import type { Db } from '../db/database';
import { openAccounts, postTransaction } from '../db/repositories/ledger';
import type { DepositsTable, ServiceTipsTable } from '../db/schema';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

export type TipRow = Selectable<ServiceTipsTable>;

export interface TipOrder {
  id: string;
  contractId: string;
  title: string;
  state: TipOrderState;
}

/** The order and its contract's state, as the tip rule reads them; undefined if there is none. */
export async function readTipOrder(db: Db, orderId: string): Promise<TipOrder | undefined> {
  const row = await db
    .selectFrom('service_orders as o')
    .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
    .select(['o.id', 'o.buyer_id', 'o.seller_id', 'o.service_title', 'k.id as contract_id', 'k.status', 'k.ended_at'])
    .where('o.id', '=', orderId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    contractId: row.contract_id,
    title: row.service_title,
    state: { buyerId: row.buyer_id, sellerId: row.seller_id, contractStatus: row.status, endedAt: row.ended_at },
  };
}

export function moneyOfTip(t: TipRow): TipMoney {
  return {
    amount: t.amount,
    buyerFee: t.buyer_fee,
    buyerFeeTax: t.buyer_fee_tax,
    total: t.total,
    sellerFee: t.seller_fee,
    sellerFeeTax: t.seller_fee_tax,
    sellerNet: t.seller_net,
  };
}

/**
 * The tip's money arrived (card captured, or staff confirmed the transfer): the tip is
 * paid once (compare-and-set on paid_at), the ledger moves the buyer's money to the
 * seller's net, the fees and their tax under the tip's one business key, and the seller
 * is told. In the caller's transaction.
 */
export async function payTipNow(trx: Db, deps: Deps, tip: TipRow, title: string, now: Date): Promise<void> {
  const paid = await trx
    .updateTable('service_tips')
    .set({ paid_at: now })
    .where('id', '=', tip.id)
    .where('paid_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!paid) throw new AppError('deposit-transition-invalid');
  await openAccounts(trx, [earningsOf(tip.seller_id)], now);
  const posted = await postTransaction(
    trx,
    payTip(tip.id, tip.seller_id, moneyOfTip(tip)),
    { kind: 'tip', contractId: tip.contract_id },
    now,
  );
  if (!posted) throw new AppError('deposit-transition-invalid');
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: tip.seller_id,
      kind: 'tip.received',
      params: { title, amount: tip.amount, net: tip.seller_net, message: tip.message },
      link: `/contracts/${tip.contract_id}`,
    },
    now,
  );
}

type DepositRow = Pick<Selectable<DepositsTable>, 'id' | 'status' | 'reference' | 'method'>;

/** A tip as `role` sees it: the buyer what they pay and the transfer awaited, the seller the net. */
export function tipView(t: TipRow, deposit: DepositRow | undefined, role: 'buyer' | 'seller', instructions: string): Tip {
  const status = t.paid_at ? 'paid' : deposit?.status === 'pending' ? 'awaiting_transfer' : 'cancelled';
  const buyer = role === 'buyer';
  return {
    id: t.id,
    amount: t.amount,
    message: t.message,
    method: t.method,
    status,
    createdAt: t.created_at.toISOString(),
    paidAt: t.paid_at?.toISOString() ?? null,
    fee: buyer ? t.buyer_fee : t.seller_fee,
    feeTax: buyer ? t.buyer_fee_tax : t.seller_fee_tax,
    net: buyer ? t.total : t.seller_net,
    transfer:
      buyer && status === 'awaiting_transfer' && deposit
        ? { depositId: deposit.id, reference: deposit.reference, instructions }
        : null,
  };
}
