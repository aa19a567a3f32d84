// One order as its buyer or seller sees it: the terms bought, the contract's state and
// money, and what the viewer's page offers. Anyone else is told it does not exist.
import { AppError } from '../../../domain/errors';
import type { Order } from '../../../shared/api/orders';
import { moneyOf } from '../../contracts/core';
import type { Deps } from '../../deps';
import { orderStateOf, orderTermsView } from '../../orders/view';

export interface GetOrderInput {
  viewerId: string;
  orderId: string;
}

export async function getOrder(deps: Deps, input: GetOrderInput): Promise<Order> {
  const db = deps.db;
  const order = await db.selectFrom('service_orders').selectAll().where('id', '=', input.orderId).executeTakeFirst();
  if (!order || (order.buyer_id !== input.viewerId && order.seller_id !== input.viewerId)) throw new AppError('not-found');
  const [row, people] = await Promise.all([
    db
      .selectFrom('contracts as k')
      .innerJoin('milestones as m', (j) => j.onRef('m.contract_id', '=', 'k.id').on('m.position', '=', 1))
      .selectAll('m')
      .select(['k.id as contract_id', 'k.status as contract_status'])
      .where('k.service_order_id', '=', order.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('users')
      .select(['id', 'username', 'display_name'])
      .where('id', 'in', [order.buyer_id, order.seller_id])
      .execute(),
  ]);
  const person = (id: string) => {
    const p = people.find((x) => x.id === id);
    return { username: p?.username ?? '', displayName: p?.display_name ?? p?.username ?? '' };
  };
  const state = await orderStateOf(db, order);
  return {
    ...orderTermsView(order, state, input.viewerId, deps.clock()),
    contractId: row.contract_id,
    status: row.contract_status,
    role: order.buyer_id === input.viewerId ? 'buyer' : 'seller',
    buyer: person(order.buyer_id),
    seller: person(order.seller_id),
    money: moneyOf(row),
  };
}
