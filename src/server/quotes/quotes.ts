// What quote use cases share: the inquiry as one of its two parties sees it, a quote's
// terms priced as the purchase charges them, and a quote as the API shows it.
import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors';
import type { FeeSchedule } from '../../domain/money/fees';
import { serviceFees } from '../../domain/money/fees';
import { splitServiceOrder } from '../../domain/orders/money';
import { QUOTE_PACKAGE_NAME, quoteActions, quoteStatusAt } from '../../domain/quotes/quote';
import type { Quote } from '../../shared/api/quotes';
import type { Db } from '../db/database';
import { QUOTE_COLUMNS } from '../db/repositories/locks';
import type { ServiceInquiriesTable, ServiceQuotesTable } from '../db/schema';
import type { PricedChoice } from '../orders/choice';

/**
 * Test-only switches: the race tests turn the quote row lock (and the compare-and-set on
 * its status) off to prove they can detect a race, and widen the window between a
 * purchase's checks and its writes.
 */
export const quoteGuards = { enabled: true, delayMs: 0 };

export type InquiryRow = Selectable<ServiceInquiriesTable>;
export type QuoteRow = Pick<
  Selectable<ServiceQuotesTable>,
  | 'id'
  | 'inquiry_id'
  | 'service_id'
  | 'buyer_id'
  | 'seller_id'
  | 'price'
  | 'delivery_days'
  | 'revisions'
  | 'includes'
  | 'valid_until'
  | 'expires_at'
  | 'status'
>;

/** The inquiry, if `userId` is its buyer or seller; anyone else gets "not found". */
export async function inquiryOf(db: Db, inquiryId: string, userId: string): Promise<InquiryRow> {
  const inquiry = await db.selectFrom('service_inquiries').selectAll().where('id', '=', inquiryId).executeTakeFirst();
  if (!inquiry || (inquiry.buyer_id !== userId && inquiry.seller_id !== userId)) throw new AppError('not-found');
  return inquiry;
}

/** The quote's parties, or "not found" for anyone else; the seller acting as the buyer is "forbidden". */
export async function quoteForBuyer(db: Db, quoteId: string, buyerId: string): Promise<QuoteRow> {
  const quote = await db.selectFrom('service_quotes').select(QUOTE_COLUMNS).where('id', '=', quoteId).executeTakeFirst();
  if (!quote || (quote.buyer_id !== buyerId && quote.seller_id !== buyerId)) throw new AppError('not-found');
  if (quote.buyer_id !== buyerId) throw new AppError('forbidden');
  return quote;
}

/** The quote's terms as an order's: one "package" named 見積り, no options. */
export function priceQuote(quote: QuoteRow, fees: FeeSchedule): PricedChoice {
  return {
    package: {
      id: quote.id,
      name: QUOTE_PACKAGE_NAME,
      price: quote.price,
      deliveryDays: quote.delivery_days,
      revisions: quote.revisions,
      includes: quote.includes,
    },
    options: [],
    price: quote.price,
    days: quote.delivery_days,
    money: splitServiceOrder(quote.price, fees),
  };
}

/** A quote as its two parties see it: the seller also sees what they keep. */
export function quoteView(
  quote: QuoteRow & { created_at: Date; ended_at: Date | null; contract_id: string | null },
  viewerId: string,
  now: Date,
  fees: FeeSchedule,
): Quote {
  const state = { buyerId: quote.buyer_id, sellerId: quote.seller_id, status: quote.status, expiresAt: quote.expires_at };
  return {
    id: quote.id,
    status: quoteStatusAt(state, now),
    price: quote.price,
    deliveryDays: quote.delivery_days,
    revisions: quote.revisions,
    includes: quote.includes,
    validUntil: quote.valid_until,
    expiresAt: quote.expires_at.toISOString(),
    createdAt: quote.created_at.toISOString(),
    endedAt: quote.ended_at?.toISOString() ?? null,
    sellerNet: viewerId === quote.seller_id ? serviceFees(quote.price, fees).sellerNet : null,
    contractId: quote.contract_id,
    actions: quoteActions(viewerId, state, now),
  };
}
