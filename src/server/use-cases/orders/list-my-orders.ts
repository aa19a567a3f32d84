// My orders: the services I bought (購入した取引) or the orders I took (受けた取引), newest first.
import type { OrderRow } from '../../../shared/api/orders';
import type { Db } from '../../db/database';

export interface ListMyOrdersInput {
  userId: string;
  role: 'buyer' | 'seller';
}

export async function listMyOrders(db: Db, input: ListMyOrdersInput): Promise<OrderRow[]> {
  const mine = input.role === 'buyer' ? 'o.buyer_id' : 'o.seller_id';
  const other = input.role === 'buyer' ? 'o.seller_id' : 'o.buyer_id';
  const rows = await db
    .selectFrom('service_orders as o')
    .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
    .innerJoin('milestones as m', (j) => j.onRef('m.contract_id', '=', 'k.id').on('m.position', '=', 1))
    .innerJoin('users as u', 'u.id', other)
    .select([
      'o.id',
      'o.service_id',
      'o.service_title',
      'o.package_name',
      'o.price',
      'o.delivery_date',
      'o.created_at',
      'k.id as contract_id',
      'k.status',
      'm.status as stage',
      'm.escrow',
      'm.worker_net',
      'u.username',
      'u.display_name',
    ])
    .where(mine, '=', input.userId)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contract_id,
    service: { id: r.service_id, title: r.service_title },
    packageName: r.package_name,
    price: r.price,
    amount: input.role === 'buyer' ? r.escrow : r.worker_net,
    deliveryDate: r.delivery_date,
    status: r.status,
    stage: r.stage,
    other: { username: r.username, displayName: r.display_name ?? r.username },
    createdAt: r.created_at.toISOString(),
  }));
}
