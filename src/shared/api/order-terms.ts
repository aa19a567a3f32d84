// The terms of a service order as bought, on their own so that the contract's shape can
// show them without the purchase's (orders.ts builds on contracts.ts).
import { z } from 'zod';
import { DEPOSIT_METHODS } from '../../domain/deposits/process';
import { ORDER_ACTIONS } from '../../domain/orders/order';

/** A paid option as bought. */
export const OrderedOption = z.object({
  id: z.string(),
  title: z.string(),
  price: z.number().int(),
  extraDays: z.number().int(),
});

/** The package as bought: its name and terms, copied when the order was placed. */
export const OrderedPackage = z.object({
  id: z.string(),
  name: z.string(),
  /** Tax included. */
  price: z.number().int(),
  deliveryDays: z.number().int(),
  revisions: z.number().int(),
  includes: z.string(),
});

/** The terms of an order as bought: shown on its contract page. */
export const OrderTerms = z.object({
  id: z.string(),
  service: z.object({ id: z.string(), title: z.string() }),
  package: OrderedPackage,
  options: z.array(OrderedOption),
  /** The quote (見積り) the order was made from, or null for a package. */
  quoteId: z.string().nullable(),
  price: z.number().int(),
  deliveryDate: z.string(),
  acceptanceDays: z.number().int(),
  buyerRequest: z.string(),
  method: z.enum(DEPOSIT_METHODS),
  createdAt: z.string(),
  /** The buyer is late-cancelling an undelivered order past its date: what the page offers. */
  actions: z.array(z.enum(ORDER_ACTIONS)),
});
export type OrderTerms = z.infer<typeof OrderTerms>;
