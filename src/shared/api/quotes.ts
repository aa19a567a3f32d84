// Quotes (見積り・カスタマイズ相談): a buyer's inquiry about a service with its thread, the
// seller's quotes in it, and buying a quote (the preview and the purchase).
import { z } from 'zod';
import { DEPOSIT_METHODS } from '../../domain/deposits/process';
import { ESCROW_MAX } from '../../domain/money/limits';
import { QUOTE_LIMITS as L, QUOTE_STATUSES } from '../../domain/quotes/quote';
import { yen } from './contracts';
import { isoDate, paragraph, typeError } from './fields';
import { OrderPreview } from './orders';

const Party = z.object({ username: z.string(), displayName: z.string(), withdrawn: z.boolean() });

/** The buyer's first message: what they want made, the budget and the date they have in mind. */
export const InquiryBody = z.strictObject({
  message: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
});
export type InquiryBody = z.infer<typeof InquiryBody>;

export const InquiryStarted = z.object({ id: z.string(), threadId: z.string() });

export const QuoteBody = z.strictObject({
  /** Tax included. */
  price: yen(L.priceMin, L.priceMax),
  deliveryDays: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(L.deliveryDaysMin, { error: 'too-small' })
    .max(L.deliveryDaysMax, { error: 'too-big' }),
  revisions: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(L.revisionsMax, { error: 'too-big' }),
  includes: paragraph(L.includesMax).refine((s) => s.length > 0, { error: 'required' }),
  /** YYYY-MM-DD, Japan: the last day the buyer can buy it (today to 30 days ahead). */
  validUntil: isoDate,
});
export type QuoteBody = z.infer<typeof QuoteBody>;

export const Quote = z.object({
  id: z.string(),
  /** As of now: an open quote past its end reads expired. */
  status: z.enum(QUOTE_STATUSES),
  price: z.number().int(),
  deliveryDays: z.number().int(),
  revisions: z.number().int(),
  includes: z.string(),
  validUntil: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  /** What the seller keeps of the price (the seller's view only). */
  sellerNet: z.number().int().nullable(),
  /** The order's contract, once bought. */
  contractId: z.string().nullable(),
  actions: z.array(z.enum(['buy', 'withdraw'])),
});
export type Quote = z.infer<typeof Quote>;

export const Inquiry = z.object({
  id: z.string(),
  threadId: z.string(),
  role: z.enum(['buyer', 'seller']),
  service: z.object({ id: z.string(), title: z.string(), status: z.string() }),
  buyer: Party,
  seller: Party,
  quotes: z.array(Quote),
  /** The seller may send a quote now (the service is published, both parties active). */
  canQuote: z.boolean(),
  /** For the quote form: today, the proposed and the latest valid-until date (Japan). */
  validUntil: z.object({ min: z.string(), default: z.string(), max: z.string() }),
});
export type Inquiry = z.infer<typeof Inquiry>;

/** Every yen of buying a quote, as for a package, with the quote it is. */
export const QuotePreview = OrderPreview.extend({
  quote: z.object({ id: z.string(), inquiryId: z.string(), validUntil: z.string() }),
});
export type QuotePreview = z.infer<typeof QuotePreview>;

export const QuotePurchaseBody = z.strictObject({
  method: z.enum(DEPOSIT_METHODS, { error: 'invalid-choice' }),
  /** The total the buyer saw and confirmed; the purchase is refused when it differs. */
  expectedTotal: yen(1, ESCROW_MAX),
});
export type QuotePurchaseBody = z.infer<typeof QuotePurchaseBody>;
