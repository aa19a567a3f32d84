// Quotes (見積り): what a seller may quote, until when it can be bought, and the state a
// quote is in at a given time. Pure: the caller passes the time and what it read.
import type { FieldErrorCode, ProblemCode } from '../problem-codes';
import { SERVICE_LIMITS } from '../services/limits';

export const QUOTE_STATUSES = ['open', 'bought', 'withdrawn', 'expired'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const QUOTE_LIMITS = {
  priceMin: SERVICE_LIMITS.priceMin,
  priceMax: SERVICE_LIMITS.priceMax,
  deliveryDaysMin: SERVICE_LIMITS.deliveryDaysMin,
  deliveryDaysMax: SERVICE_LIMITS.deliveryDaysMax,
  revisionsMax: SERVICE_LIMITS.revisionsMax,
  includesMax: 1000,
  /** The valid-until date the form proposes: a week from today. */
  validDaysDefault: 7,
  /** The latest valid-until date: 30 days from today. */
  validDaysMax: 30,
} as const;

/** The name an order made from a quote carries where a package's would be. */
export const QUOTE_PACKAGE_NAME = '見積り';

const DAY_MS = 86_400_000;
const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** Today's date in Japan plus `days`, YYYY-MM-DD. */
export function japanDate(now: Date, days = 0): string {
  return new Date(now.getTime() + JAPAN_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** The moment a quote valid until `validUntil` (Japan) stops being buyable: the end of that day. */
export function quoteExpiresAt(validUntil: string): Date {
  return new Date(new Date(`${validUntil}T00:00:00.000Z`).getTime() + DAY_MS - JAPAN_OFFSET_MS);
}

/** Why this valid-until date is refused, or null: it is today (Japan) at the earliest, 30 days ahead at the latest. */
export function validUntilRefusal(validUntil: string, now: Date): { code: FieldErrorCode; max?: number } | null {
  if (validUntil < japanDate(now)) return { code: 'valid-until-past' };
  if (validUntil > japanDate(now, QUOTE_LIMITS.validDaysMax))
    return { code: 'valid-until-too-far', max: QUOTE_LIMITS.validDaysMax };
  return null;
}

/** The state of a quote at `now`: an open quote past its end is expired even before the timer marks it so. */
export function quoteStatusAt(quote: { status: QuoteStatus; expiresAt: Date }, now: Date): QuoteStatus {
  if (quote.status === 'open' && now.getTime() >= quote.expiresAt.getTime()) return 'expired';
  return quote.status;
}

/** Why the quote cannot be bought at `now`, or null. */
export function quotePurchaseRefusal(quote: { status: QuoteStatus; expiresAt: Date }, now: Date): ProblemCode | null {
  const status = quoteStatusAt(quote, now);
  if (status === 'bought') return 'quote-bought';
  if (status === 'withdrawn') return 'quote-withdrawn';
  if (status === 'expired') return 'quote-expired';
  return null;
}

export type QuoteAction = 'buy' | 'withdraw';

/** What the viewer's page offers on this quote: the buyer buys an open one, the seller withdraws it. */
export function quoteActions(
  viewerId: string,
  quote: { buyerId: string; sellerId: string; status: QuoteStatus; expiresAt: Date },
  now: Date,
): QuoteAction[] {
  if (quoteStatusAt(quote, now) !== 'open') return [];
  if (viewerId === quote.buyerId) return ['buy'];
  if (viewerId === quote.sellerId) return ['withdraw'];
  return [];
}

/** Why `buyerId` may not ask about the service, or null: not their own, and only a published one. */
export function inquiryRefusal(buyerId: string, service: { sellerId: string; status: string }): ProblemCode | null {
  if (service.sellerId === buyerId) return 'inquiry-own-service';
  if (service.status !== 'published') return 'service-not-on-sale';
  return null;
}
