// The buyer buys a quote (見積り): the same purchase as a package's — both accounts, the
// service row and its capacity, the total the buyer confirmed, the escrow paid through the
// payment port — making an order on the quote's terms that runs the contract flow. The
// quote row lock decides a purchase racing the quote's expiry or withdrawal: one wins.
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { quotePurchaseRefusal } from '../../../domain/quotes/quote';
import { assertNotBlocked } from '../../blocks/guard';
import { japanDatePlus } from '../../contracts/create';
import { assertActive, lockAccounts } from '../../db/account-lock';
import { lockQuoteRow } from '../../db/repositories/locks';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { paymentProviders } from '../../integrations/payments/provider';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';
import { addOrder } from '../../orders/add-order';
import { checkPurchasable, lockServiceForOrder } from '../../orders/choice';
import { priceQuote, quoteForBuyer, quoteGuards } from '../../quotes/quotes';

export interface PlaceQuoteOrderInput {
  buyerId: string;
  quoteId: string;
  method: DepositMethod;
  /** The total the buyer confirmed on the preview. */
  expectedTotal: number;
}

export async function placeQuoteOrder(deps: Deps, input: PlaceQuoteOrderInput): Promise<{ orderId: string; contractId: string }> {
  if (!paymentProviders(deps.config)[input.method].available) throw new AppError('payment-method-unavailable');
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    await assertNotRestricted(trx, input.buyerId, 'buy', now);
    const { seller_id: sellerId, service_id: serviceId } = await quoteForBuyer(trx, input.quoteId, input.buyerId);
    // As a package purchase: both accounts FOR SHARE, the service row FOR UPDATE (its
    // capacity), then the quote row FOR UPDATE against its withdrawal and expiry.
    const statuses = await lockAccounts(trx, [input.buyerId, sellerId]);
    assertActive(statuses.get(input.buyerId));
    await assertNotBlocked(trx, input.buyerId, sellerId);
    const service = await lockServiceForOrder(trx, serviceId);
    const quote = await lockQuoteRow(trx, input.quoteId, quoteGuards.enabled);
    if (!quote) throw new AppError('not-found');
    // The time decides, not the timer: a quote past its end is expired even if not yet marked.
    const refusal = quotePurchaseRefusal({ status: quote.status, expiresAt: quote.expires_at }, now);
    if (refusal) throw new AppError(refusal);
    await checkPurchasable(trx, input.buyerId, service);
    if (statuses.get(sellerId) !== 'active') throw new AppError('seller-unavailable');
    await assertAvailable(trx, sellerId, 'seller-unavailable', now);
    const chosen = priceQuote(quote, deps.config.fees);
    if (chosen.money.escrow !== input.expectedTotal) throw new AppError('service-price-changed');
    if (quoteGuards.delayMs > 0) await sql`select pg_sleep(${quoteGuards.delayMs / 1000})`.execute(trx);

    let bought = trx.updateTable('service_quotes').set({ status: 'bought', ended_at: now }).where('id', '=', quote.id);
    if (quoteGuards.enabled) bought = bought.where('status', '=', 'open');
    if (!(await bought.returning('id').executeTakeFirst())) throw new AppError('quote-expired');
    const deliveryDate = japanDatePlus(now, chosen.days);
    const { orderId, contractId, captured } = await addOrder(
      trx,
      deps,
      { buyerId: input.buyerId, method: input.method, service, chosen, deliveryDate, quoteId: quote.id },
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
