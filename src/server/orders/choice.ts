// What the buyer chose on a service — a package and paid options — read and priced the
// same way by the preview and the purchase, so the total confirmed is the total charged.
import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors';
import { orderDays, orderPrice, splitServiceOrder } from '../../domain/orders/money';
import { ORDER_IN_PROGRESS, purchaseRefusal } from '../../domain/orders/order';
import type { Db } from '../db/database';
import { lockServiceRowForOrder } from '../db/repositories/locks';
import type { ServicesTable } from '../db/schema';
import type { OrderedOption } from '../db/schema/orders';
import type { Deps } from '../deps';

/**
 * Test-only switches: the race tests turn the service row lock off to prove they can
 * detect a race, and widen the window between a purchase's checks and its writes.
 */
export const orderGuards = { enabled: true, delayMs: 0 };

export type ServiceRow = Pick<
  Selectable<ServicesTable>,
  'id' | 'seller_id' | 'status' | 'title' | 'capacity' | 'acceptance_days' | 'buyer_request'
>;

const SERVICE_COLUMNS = ['id', 'seller_id', 'status', 'title', 'capacity', 'acceptance_days', 'buyer_request'] as const;

/** The service as the buyer sees it; a draft, or nothing, is not found. */
export async function readService(db: Db, serviceId: string): Promise<ServiceRow> {
  const service = await db.selectFrom('services').select(SERVICE_COLUMNS).where('id', '=', serviceId).executeTakeFirst();
  if (!service || service.status === 'draft') throw new AppError('not-found');
  return service;
}

/** The service row FOR UPDATE (db/repositories/locks.ts); a draft, or nothing, is not found. */
export async function lockServiceForOrder(trx: Db, serviceId: string): Promise<ServiceRow> {
  const service = await lockServiceRowForOrder(trx, serviceId, orderGuards.enabled);
  if (!service || service.status === 'draft') throw new AppError('not-found');
  return service;
}

/** Orders of the service whose contract has not ended: each takes one slot (受注枠). */
export async function ordersInProgress(db: Db, serviceId: string): Promise<number> {
  const row = await db
    .selectFrom('service_orders as o')
    .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.service_id', '=', serviceId)
    .where('k.status', 'in', ORDER_IN_PROGRESS)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Refuses a purchase the rules do not allow (own service, not on sale, no slot free). */
export async function checkPurchasable(db: Db, buyerId: string, service: ServiceRow): Promise<void> {
  // One's own service is refused first, before its slots are counted.
  const early = purchaseRefusal(buyerId, { sellerId: service.seller_id, status: service.status, capacity: 1, inProgress: 0 });
  if (early) throw new AppError(early);
  const inProgress = await ordersInProgress(db, service.id);
  const refusal = purchaseRefusal(buyerId, {
    sellerId: service.seller_id,
    status: service.status,
    capacity: service.capacity,
    inProgress,
  });
  if (refusal) throw new AppError(refusal);
}

export interface PricedChoice {
  package: { id: string; name: string; price: number; deliveryDays: number; revisions: number; includes: string };
  options: OrderedOption[];
  price: number;
  days: number;
  money: ReturnType<typeof splitServiceOrder>;
}

/** The package and options of this service the buyer chose, priced; field errors point at the choice. */
export async function priceChoice(
  db: Db,
  deps: Deps,
  serviceId: string,
  choice: { packageId: string; optionIds: string[] },
): Promise<PricedChoice> {
  const [pkg, options] = await Promise.all([
    db
      .selectFrom('service_packages')
      .select(['id', 'name', 'price', 'delivery_days', 'revisions', 'includes'])
      .where('id', '=', choice.packageId)
      .where('service_id', '=', serviceId)
      .where('removed_at', 'is', null)
      .executeTakeFirst(),
    choice.optionIds.length
      ? db
          .selectFrom('service_options')
          .select(['id', 'title', 'price', 'extra_days', 'position'])
          .where('id', 'in', choice.optionIds)
          .where('service_id', '=', serviceId)
          .where('removed_at', 'is', null)
          .orderBy('position')
          .execute()
      : Promise.resolve([]),
  ]);
  if (!pkg) throw AppError.field('/packageId', 'package-not-of-service');
  const known = new Set(options.map((o) => o.id));
  const missing = choice.optionIds.findIndex((id) => !known.has(id));
  if (missing >= 0) throw AppError.field(`/optionIds/${missing}`, 'option-not-of-service');
  const chosen = options.map((o) => ({ id: o.id, title: o.title, price: o.price, extraDays: o.extra_days }));
  const price = orderPrice(
    pkg.price,
    chosen.map((o) => o.price),
  );
  return {
    package: {
      id: pkg.id,
      name: pkg.name,
      price: pkg.price,
      deliveryDays: pkg.delivery_days,
      revisions: pkg.revisions,
      includes: pkg.includes,
    },
    options: chosen,
    price,
    days: orderDays(
      pkg.delivery_days,
      chosen.map((o) => o.extraDays),
    ),
    money: splitServiceOrder(price, deps.config.fees),
  };
}
