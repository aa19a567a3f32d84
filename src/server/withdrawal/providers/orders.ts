// Service orders (取引) still running keep both their buyer and their seller from leaving.
// An order delivered and waiting for acceptance ends by itself at its auto-acceptance; one
// not yet delivered is expected by its delivery date and the service's acceptance window.

import { ORDER_IN_PROGRESS, orderClearsAt } from '../../../domain/orders/order';
import type { FollowOn, OpenItem } from '../../../domain/withdrawal/eligibility';
import type { Db } from '../../db/database';
import type { BlockerProvider } from '../registry';
import { EARNINGS_FOLLOW_ON } from './work';

/** "2026-12-14" → "2026年12月14日". */
const japaneseDay = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

async function liveOrders(db: Db, userId: string, side: 'buyer_id' | 'seller_id'): Promise<OpenItem[]> {
  const rows = await db
    .selectFrom('service_orders as o')
    .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
    .innerJoin('milestones as m', (j) => j.onRef('m.contract_id', '=', 'k.id').on('m.position', '=', 1))
    .select([
      'o.id',
      'o.service_title',
      'o.package_name',
      'o.delivery_date',
      'o.acceptance_days',
      'k.id as contract_id',
      'k.status',
      'm.status as stage',
      'm.auto_accept_at',
    ])
    .where(`o.${side}`, '=', userId)
    .where('k.status', 'in', ORDER_IN_PROGRESS)
    .orderBy('o.created_at')
    .execute();
  return rows.map((o) => {
    const delivered = o.status === 'in_progress' && o.stage === 'delivered' && o.auto_accept_at !== null;
    const followedBy: FollowOn[] = side === 'seller_id' ? [EARNINGS_FOLLOW_ON] : [];
    return {
      id: o.id,
      title: `${o.service_title}(${o.package_name}・お届け予定日 ${japaneseDay(o.delivery_date)})`,
      link: `/contracts/${o.contract_id}`,
      // Delivered: accepted by itself at its deadline. Paid and not delivered: expected by
      // the delivery date and the acceptance window after it, which the seller brings on.
      clearsAt: delivered ? orderClearsAt(o.delivery_date, o.acceptance_days, o.auto_accept_at) : null,
      expectedAt: !delivered && o.status === 'in_progress' ? orderClearsAt(o.delivery_date, o.acceptance_days, null) : null,
      expectedBy: 'delivery',
      followedBy,
    };
  });
}

export const ordersAsSellerProvider: BlockerProvider = {
  key: 'ordersAsSeller',
  load: (db, userId) => liveOrders(db, userId, 'seller_id'),
};

export const ordersAsBuyerProvider: BlockerProvider = {
  key: 'ordersAsBuyer',
  load: (db, userId) => liveOrders(db, userId, 'buyer_id'),
};
