// The order and the contract that carries it, as a purchase writes them — of a package
// with options, or of a quote (見積り) — then the escrow paid through the payment port
// exactly as a milestone is funded. Shared by the two purchases so that an order made
// from a quote runs the same contract flow as any other.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors';
import { lockContract } from '../contracts/core';
import { createContract, type NewContract } from '../contracts/create';
import { payIntoEscrow } from '../contracts/funding';
import type { Db } from '../db/database';
import type { DepositMethod } from '../db/schema';
import type { Deps } from '../deps';
import type { PricedChoice, ServiceRow } from './choice';

export interface NewOrder {
  buyerId: string;
  method: DepositMethod;
  service: ServiceRow;
  chosen: PricedChoice;
  /** YYYY-MM-DD, Japan. */
  deliveryDate: string;
  /** The quote bought, when the order is made from one (the package then is the quote's terms). */
  quoteId?: string;
}

/**
 * The order with the terms bought, and the contract that carries it: client = buyer,
 * worker = seller, one milestone on those terms due on the delivery date, with the
 * service's acceptance window and the written terms; then the escrow is paid.
 */
export async function addOrder(
  trx: Db,
  deps: Deps,
  order: NewOrder,
  now: Date,
): Promise<{ orderId: string; captured: boolean } & NewContract> {
  const { service, chosen, deliveryDate } = order;
  const sellerId = service.seller_id;
  const orderId = randomUUID();
  await trx
    .insertInto('service_orders')
    .values({
      id: orderId,
      service_id: service.id,
      buyer_id: order.buyerId,
      seller_id: sellerId,
      service_title: service.title,
      package_id: order.quoteId ? null : chosen.package.id,
      quote_id: order.quoteId ?? null,
      package_name: chosen.package.name,
      package_price: chosen.package.price,
      delivery_days: chosen.package.deliveryDays,
      revisions: chosen.package.revisions,
      includes: chosen.package.includes,
      options: JSON.stringify(chosen.options),
      buyer_request: service.buyer_request,
      price: chosen.price,
      acceptance_days: service.acceptance_days,
      delivery_date: deliveryDate,
      method: order.method,
      created_at: now,
    })
    .execute();
  const parties = await trx.selectFrom('users').select(['id', 'username']).where('id', 'in', [order.buyerId, sellerId]).execute();
  const username = (id: string) => parties.find((p) => p.id === id)?.username ?? '';
  const made = await createContract(
    trx,
    deps,
    {
      serviceOrderId: orderId,
      title: service.title,
      clientId: order.buyerId,
      workerId: sellerId,
      amount: chosen.money.amount,
      money: chosen.money,
      milestoneTitle: chosen.package.name,
      dueDate: deliveryDate,
      acceptanceDays: service.acceptance_days,
      parties: {
        description: termsDescription(chosen, Boolean(order.quoteId)),
        client: username(order.buyerId),
        worker: username(sellerId),
      },
      notify: false,
    },
    now,
  );
  const contract = await lockContract(trx, made.contractId);
  const milestone = await trx.selectFrom('milestones').selectAll().where('id', '=', made.milestoneId).executeTakeFirstOrThrow();
  if (!contract) throw new AppError('not-found');
  const { captured } = await payIntoEscrow(
    trx,
    deps,
    { contract, milestone, actorId: order.buyerId, method: order.method, quiet: true },
    now,
  );
  return { orderId, captured, ...made };
}

/** What the written terms say the work is: the package (or the quote), what it includes, the options. */
function termsDescription(chosen: PricedChoice, fromQuote: boolean): string {
  const lines = [
    fromQuote ? `見積り: ${chosen.package.name}` : `パッケージ: ${chosen.package.name}`,
    chosen.package.includes,
    `修正回数: ${chosen.package.revisions}回`,
  ];
  for (const o of chosen.options) lines.push(`有料オプション: ${o.title}`);
  return lines.filter((l) => l.length > 0).join('\n');
}
