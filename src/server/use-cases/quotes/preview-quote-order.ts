// What the buyer sees before buying a quote: every yen and the dates, as for a package,
// refused for the same reasons the purchase would be.
import { AppError } from '../../../domain/errors';
import { quotePurchaseRefusal } from '../../../domain/quotes/quote';
import type { QuotePreview } from '../../../shared/api/quotes';
import { japanDatePlus } from '../../contracts/create';
import type { Deps } from '../../deps';
import { checkPurchasable, readService } from '../../orders/choice';
import { priceQuote, quoteForBuyer } from '../../quotes/quotes';

export interface PreviewQuoteOrderInput {
  buyerId: string;
  quoteId: string;
}

export async function previewQuoteOrder(deps: Deps, input: PreviewQuoteOrderInput): Promise<QuotePreview> {
  const db = deps.db;
  const now = deps.clock();
  const quote = await quoteForBuyer(db, input.quoteId, input.buyerId);
  const refusal = quotePurchaseRefusal({ status: quote.status, expiresAt: quote.expires_at }, now);
  if (refusal) throw new AppError(refusal);
  const service = await readService(db, quote.service_id);
  const seller = await db
    .selectFrom('users')
    .select(['username', 'display_name', 'status'])
    .where('id', '=', service.seller_id)
    .executeTakeFirstOrThrow();
  await checkPurchasable(db, input.buyerId, service);
  if (seller.status !== 'active') throw new AppError('seller-unavailable');
  const chosen = priceQuote(quote, deps.config.fees);
  const { money } = chosen;
  return {
    service: { id: service.id, title: service.title },
    seller: { username: seller.username, displayName: seller.display_name ?? seller.username },
    package: chosen.package,
    options: [],
    price: chosen.price,
    tax: money.tax,
    buyerFee: money.clientFee,
    buyerFeeTax: money.clientFeeTax,
    total: money.escrow,
    deliveryDays: chosen.days,
    deliveryDate: japanDatePlus(now, chosen.days),
    acceptanceDays: service.acceptance_days,
    buyerRequest: service.buyer_request,
    quote: { id: quote.id, inquiryId: quote.inquiry_id, validUntil: quote.valid_until },
  };
}
