// An order's tips (おひねり) as its buyer (what they paid, a transfer awaited) or its seller
// (what reached their balance) sees them, newest first, and whether the buyer may send one.
import { AppError } from '../../../domain/errors';
import { tipRefusal, tipWindowEnd } from '../../../domain/orders/tips';
import type { TipList } from '../../../shared/api/tips';
import type { Deps } from '../../deps';
import { readTipOrder, tipView } from '../../orders/tips';

export interface ListTipsInput {
  viewerId: string;
  orderId: string;
  /** One tip only (the answer to sending it). */
  tipId?: string;
}

export async function listTips(deps: Deps, input: ListTipsInput): Promise<TipList> {
  const db = deps.db;
  const order = await readTipOrder(db, input.orderId);
  if (!order || (order.state.buyerId !== input.viewerId && order.state.sellerId !== input.viewerId))
    throw new AppError('not-found');
  const role = order.state.buyerId === input.viewerId ? 'buyer' : 'seller';
  let query = db.selectFrom('service_tips').selectAll().where('order_id', '=', order.id);
  if (input.tipId) query = query.where('id', '=', input.tipId);
  // The seller sees the tips that reached them; the buyer also those still awaited or called off.
  if (role === 'seller') query = query.where('paid_at', 'is not', null);
  const tips = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  const deposits = tips.length
    ? await db
        .selectFrom('deposits')
        .select(['id', 'tip_id', 'status', 'reference', 'method'])
        .where(
          'tip_id',
          'in',
          tips.map((t) => t.id),
        )
        .orderBy('created_at', 'desc')
        .execute()
    : [];
  const now = deps.clock();
  const { contractStatus, endedAt } = order.state;
  return {
    role,
    items: tips.map((t) =>
      tipView(
        t,
        deposits.find((d) => d.tip_id === t.id),
        role,
        deps.config.bankTransferAccount,
      ),
    ),
    open: role === 'buyer' && tipRefusal(input.viewerId, order.state, now) === null,
    openUntil: contractStatus === 'completed' && endedAt ? tipWindowEnd(endedAt).toISOString() : null,
  };
}
