// The buyer buys a service (購入): in one transaction the order copies the terms bought,
// a contract with one milestone on the package's terms carries it, and the escrow is paid
// through the payment provider exactly as a milestone is funded (card: funded at once;
// bank transfer: a deposit waits for staff). From there the contract's own steps run.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { lockContract } from '../../contracts/core';
import { createContract, japanDatePlus, type NewContract } from '../../contracts/create';
import { payIntoEscrow } from '../../contracts/funding';
import { assertActive, lockAccounts } from '../../db/account-lock';
import type { Db } from '../../db/database';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { paymentProviders } from '../../integrations/payments/provider';
import { notify } from '../../notifications/notify';
import {
  checkPurchasable,
  lockServiceForOrder,
  orderGuards,
  type PricedChoice,
  priceChoice,
  readService,
  type ServiceRow,
} from '../../orders/choice';

export interface PlaceOrderInput {
  buyerId: string;
  serviceId: string;
  packageId: string;
  optionIds: string[];
  method: DepositMethod;
  /** The total the buyer confirmed on the preview. */
  expectedTotal: number;
}

export async function placeOrder(deps: Deps, input: PlaceOrderInput): Promise<{ orderId: string; contractId: string }> {
  if (!paymentProviders(deps.config)[input.method].available) throw new AppError('payment-method-unavailable');
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // The seller never changes: read first, to lock both accounts before the service.
    const { seller_id: sellerId } = await readService(trx, input.serviceId);
    // An order is a withdrawal blocker for both sides: neither may be leaving. Both
    // accounts FOR SHARE (in id order), then the service row FOR UPDATE — the order in
    // which withdrawal takes a member's row and then hides their services.
    const statuses = await lockAccounts(trx, [input.buyerId, sellerId]);
    assertActive(statuses.get(input.buyerId));
    const service = await lockServiceForOrder(trx, input.serviceId);
    await checkPurchasable(trx, input.buyerId, service);
    if (statuses.get(sellerId) !== 'active') throw new AppError('seller-unavailable');
    const chosen = await priceChoice(trx, deps, service.id, input);
    if (chosen.money.escrow !== input.expectedTotal) throw new AppError('service-price-changed');
    if (orderGuards.delayMs > 0) await sql`select pg_sleep(${orderGuards.delayMs / 1000})`.execute(trx);

    const deliveryDate = japanDatePlus(now, chosen.days);
    const { orderId, contractId, milestoneId } = await addOrder(trx, deps, { input, service, chosen, deliveryDate }, now);
    const contract = await lockContract(trx, contractId);
    const milestone = await trx.selectFrom('milestones').selectAll().where('id', '=', milestoneId).executeTakeFirstOrThrow();
    if (!contract) throw new AppError('not-found');
    const { captured } = await payIntoEscrow(
      trx,
      deps,
      // The seller hears of a paid order once, by order.placed (paid: true), not also by
      // milestone.funded; a transfer confirmed later is announced by milestone.funded.
      { contract, milestone, actorId: input.buyerId, method: input.method, quiet: true },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: sellerId,
        kind: 'order.placed',
        params: { title: service.title, packageName: chosen.package.name, price: chosen.price, deliveryDate, paid: captured },
        link: `/contracts/${contractId}`,
      },
      now,
    );
    return { orderId, contractId };
  });
}

/**
 * The order with the terms bought, and the contract that carries it: client = buyer,
 * worker = seller, one milestone on the package's terms due on the delivery date, with
 * the service's acceptance window and the written terms.
 */
async function addOrder(
  trx: Db,
  deps: Deps,
  order: { input: PlaceOrderInput; service: ServiceRow; chosen: PricedChoice; deliveryDate: string },
  now: Date,
): Promise<{ orderId: string } & NewContract> {
  const { input, service, chosen, deliveryDate } = order;
  const sellerId = service.seller_id;
  const orderId = randomUUID();
  await trx
    .insertInto('service_orders')
    .values({
      id: orderId,
      service_id: service.id,
      buyer_id: input.buyerId,
      seller_id: sellerId,
      service_title: service.title,
      package_id: chosen.package.id,
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
      method: input.method,
      created_at: now,
    })
    .execute();
  const parties = await trx.selectFrom('users').select(['id', 'username']).where('id', 'in', [input.buyerId, sellerId]).execute();
  const username = (id: string) => parties.find((p) => p.id === id)?.username ?? '';
  const made = await createContract(
    trx,
    deps,
    {
      serviceOrderId: orderId,
      title: service.title,
      clientId: input.buyerId,
      workerId: sellerId,
      amount: chosen.money.amount,
      money: chosen.money,
      milestoneTitle: chosen.package.name,
      dueDate: deliveryDate,
      acceptanceDays: service.acceptance_days,
      parties: { description: termsDescription(chosen), client: username(input.buyerId), worker: username(sellerId) },
      notify: false,
    },
    now,
  );
  return { orderId, ...made };
}

/** What the written terms say the work is: the package, what it includes, the options. */
function termsDescription(chosen: PricedChoice): string {
  const lines = [`パッケージ: ${chosen.package.name}`, chosen.package.includes, `修正回数: ${chosen.package.revisions}回`];
  for (const o of chosen.options) lines.push(`有料オプション: ${o.title}`);
  return lines.filter((l) => l.length > 0).join('\n');
}
