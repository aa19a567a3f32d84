// The buyer buys a service (購入): in one transaction the order copies the terms bought,
// a contract with one milestone on the package's terms carries it, and the escrow is paid
// through the payment provider exactly as a milestone is funded (card: funded at once;
// bank transfer: a deposit waits for staff). From there the contract's own steps run.
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { assertNotBlocked } from '../../blocks/guard';
import { japanDatePlus } from '../../contracts/create';
import { assertActive, lockAccounts } from '../../db/account-lock';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { paymentProviders } from '../../integrations/payments/provider';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';
import { addOrder } from '../../orders/add-order';
import { checkPurchasable, lockServiceForOrder, orderGuards, priceChoice, readService } from '../../orders/choice';

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
    await assertNotRestricted(trx, input.buyerId, 'buy', now);
    // The seller never changes: read first, to lock both accounts before the service.
    const { seller_id: sellerId } = await readService(trx, input.serviceId);
    // An order is a withdrawal blocker for both sides: neither may be leaving. Both
    // accounts FOR SHARE (in id order), then the service row FOR UPDATE — the order in
    // which withdrawal takes a member's row and then hides their services.
    const statuses = await lockAccounts(trx, [input.buyerId, sellerId]);
    assertActive(statuses.get(input.buyerId));
    await assertNotBlocked(trx, input.buyerId, sellerId);
    const service = await lockServiceForOrder(trx, input.serviceId);
    await checkPurchasable(trx, input.buyerId, service);
    if (statuses.get(sellerId) !== 'active') throw new AppError('seller-unavailable');
    await assertAvailable(trx, sellerId, 'seller-unavailable', now);
    const chosen = await priceChoice(trx, deps, service.id, input);
    if (chosen.money.escrow !== input.expectedTotal) throw new AppError('service-price-changed');
    if (orderGuards.delayMs > 0) await sql`select pg_sleep(${orderGuards.delayMs / 1000})`.execute(trx);

    const deliveryDate = japanDatePlus(now, chosen.days);
    const { orderId, contractId, captured } = await addOrder(
      trx,
      deps,
      { buyerId: input.buyerId, method: input.method, service, chosen, deliveryDate },
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
