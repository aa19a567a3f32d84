// Buying a service (購入) and the order (取引) it makes: the preview the buyer confirms,
// the purchase, the order's terms as bought, and the lists of orders on both sides.
import { z } from 'zod';
import { CONTRACT_STATUSES, MILESTONE_STATUSES } from '../../domain/contracts/process';
import { DEPOSIT_METHODS } from '../../domain/deposits/process';
import { ESCROW_MAX } from '../../domain/money/limits';
import { MilestoneMoney, yen } from './contracts';
import { typeError, uuid } from './fields';
import { OrderedOption, OrderedPackage, OrderTerms } from './order-terms';

export { OrderedOption, OrderedPackage, OrderTerms };

const Choice = {
  packageId: uuid(),
  optionIds: z
    .array(uuid(), { error: typeError })
    .max(10, { error: 'too-many' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'invalid-choice' })
    .default([]),
};

export const OrderPreviewBody = z.strictObject(Choice);
export type OrderPreviewBody = z.infer<typeof OrderPreviewBody>;

export const PurchaseBody = z.strictObject({
  ...Choice,
  method: z.enum(DEPOSIT_METHODS, { error: 'invalid-choice' }),
  /** The total the buyer saw and confirmed; the purchase is refused when it differs. */
  expectedTotal: yen(1, ESCROW_MAX),
});
export type PurchaseBody = z.infer<typeof PurchaseBody>;

/** Every yen the buyer pays, and the dates, before paying. */
export const OrderPreview = z.object({
  service: z.object({ id: z.string(), title: z.string() }),
  seller: z.object({ username: z.string(), displayName: z.string() }),
  package: OrderedPackage,
  options: z.array(OrderedOption),
  /** The package and the options, tax included. */
  price: z.number().int(),
  /** Of which consumption tax. */
  tax: z.number().int(),
  buyerFee: z.number().int(),
  buyerFeeTax: z.number().int(),
  /** What the buyer pays into escrow: price + buyerFee + buyerFeeTax. */
  total: z.number().int(),
  deliveryDays: z.number().int(),
  /** YYYY-MM-DD, Japan. */
  deliveryDate: z.string(),
  /** Days after a delivery before it is accepted by itself. */
  acceptanceDays: z.number().int(),
  buyerRequest: z.string(),
});
export type OrderPreview = z.infer<typeof OrderPreview>;

const Person = z.object({ username: z.string(), displayName: z.string() });

/** An order with its contract's state and money, for its two parties. */
export const Order = OrderTerms.extend({
  contractId: z.string(),
  status: z.enum(CONTRACT_STATUSES),
  role: z.enum(['buyer', 'seller']),
  buyer: Person,
  seller: Person,
  money: MilestoneMoney,
});
export type Order = z.infer<typeof Order>;

export const OrderRow = z.object({
  id: z.string(),
  contractId: z.string(),
  service: z.object({ id: z.string(), title: z.string() }),
  packageName: z.string(),
  price: z.number().int(),
  /** What the buyer paid (buyer's list) or what the seller receives (seller's list). */
  amount: z.number().int(),
  deliveryDate: z.string(),
  status: z.enum(CONTRACT_STATUSES),
  /** The milestone's state: funded, delivered, paid … */
  stage: z.enum(MILESTONE_STATUSES),
  other: Person,
  createdAt: z.string(),
});
export type OrderRow = z.infer<typeof OrderRow>;
export const OrderList = z.object({ items: z.array(OrderRow) });
export type OrderList = z.infer<typeof OrderList>;
export const OrderListQuery = z.object({ role: z.enum(['buyer', 'seller']).default('buyer') });
