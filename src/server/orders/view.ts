// An order's terms as its parties see them: read by the order's own page and by its
// contract's page, with the actions the viewer's page offers.
import type { Selectable } from 'kysely';
import { type OrderState, orderActions } from '../../domain/orders/order';
import type { OrderTerms } from '../../shared/api/order-terms';
import { japanDatePlus } from '../contracts/create';
import type { Db } from '../db/database';
import type { ServiceOrdersTable } from '../db/schema';

export type OrderRowData = Selectable<ServiceOrdersTable>;

/** The order's state as the rules read it: its contract's status and its one milestone's. */
export async function orderStateOf(db: Db, order: OrderRowData): Promise<OrderState | undefined> {
  const row = await db
    .selectFrom('contracts as k')
    .innerJoin('milestones as m', (j) => j.onRef('m.contract_id', '=', 'k.id').on('m.position', '=', 1))
    .select(['k.status as contract_status', 'm.status as milestone_status'])
    .where('k.service_order_id', '=', order.id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    buyerId: order.buyer_id,
    sellerId: order.seller_id,
    contractStatus: row.contract_status,
    milestoneStatus: row.milestone_status,
    deliveryDate: order.delivery_date,
  };
}

/** Today's date in Japan, as the late-delivery rule reads it. */
export const japanToday = (now: Date) => japanDatePlus(now, 0);

export function orderTermsView(order: OrderRowData, state: OrderState | undefined, viewerId: string, now: Date): OrderTerms {
  return {
    id: order.id,
    service: { id: order.service_id, title: order.service_title },
    package: {
      // An order made from a quote has no package: its terms are the quote's.
      id: order.package_id ?? order.quote_id ?? '',
      name: order.package_name,
      price: order.package_price,
      deliveryDays: order.delivery_days,
      revisions: order.revisions,
      includes: order.includes,
    },
    options: order.options,
    quoteId: order.quote_id,
    price: order.price,
    deliveryDate: order.delivery_date,
    acceptanceDays: order.acceptance_days,
    buyerRequest: order.buyer_request,
    method: order.method,
    createdAt: order.created_at.toISOString(),
    actions: state ? orderActions(viewerId, state, japanToday(now)) : [],
  };
}

/** The terms of the order a contract carries, or null for a job's contract. */
export async function orderTermsOfContract(
  db: Db,
  serviceOrderId: string | null,
  viewerId: string,
  now: Date,
): Promise<OrderTerms | null> {
  if (!serviceOrderId) return null;
  const order = await db.selectFrom('service_orders').selectAll().where('id', '=', serviceOrderId).executeTakeFirst();
  if (!order) return null;
  return orderTermsView(order, await orderStateOf(db, order), viewerId, now);
}
