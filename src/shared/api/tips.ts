// Tips (おひねり) on an order: the preview of every yen the buyer pays, sending a tip, and
// the order's tips as each side sees them (the buyer what they paid, the seller the net).
import { z } from 'zod';
import { DEPOSIT_METHODS } from '../../domain/deposits/process';
import { TIP_MAX, TIP_MESSAGE_MAX, TIP_MIN } from '../../domain/orders/tips';
import { yen } from './contracts';
import { paragraph } from './fields';

const amount = yen(TIP_MIN, TIP_MAX);

export const TipPreviewBody = z.strictObject({ amount });
export type TipPreviewBody = z.infer<typeof TipPreviewBody>;

/** Every yen the buyer pays for a tip, before paying. */
export const TipPreview = z.object({
  /** The tip, tax included: what the seller is given before the seller fee. */
  amount: z.number().int(),
  buyerFee: z.number().int(),
  buyerFeeTax: z.number().int(),
  /** What the buyer pays: amount + buyerFee + buyerFeeTax. */
  total: z.number().int(),
});
export type TipPreview = z.infer<typeof TipPreview>;

export const SendTipBody = z.strictObject({
  amount,
  /** A short word of thanks to the seller; empty is none. */
  message: paragraph(TIP_MESSAGE_MAX).default(''),
  method: z.enum(DEPOSIT_METHODS, { error: 'invalid-choice' }),
  /** The total the buyer saw and confirmed; the tip is refused when it differs. */
  expectedTotal: yen(1, TIP_MAX * 2),
});
export type SendTipBody = z.infer<typeof SendTipBody>;

export const TIP_STATUSES = ['paid', 'awaiting_transfer', 'cancelled'] as const;

/** One tip as the viewer sees it: the buyer what they pay, the seller what they receive. */
export const Tip = z.object({
  id: z.string(),
  amount: z.number().int(),
  message: z.string().nullable(),
  method: z.enum(DEPOSIT_METHODS),
  status: z.enum(TIP_STATUSES),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  /** The viewer's own fee and its tax: the buyer fee for the buyer, the seller fee for the seller. */
  fee: z.number().int(),
  feeTax: z.number().int(),
  /** The buyer: what they pay (amount + fee + tax). The seller: what reaches their balance (amount − fee − tax). */
  net: z.number().int(),
  /** The bank transfer awaited (buyer only): its reference number, and the deposit to call off. */
  transfer: z.object({ depositId: z.string(), reference: z.string(), instructions: z.string() }).nullable(),
});
export type Tip = z.infer<typeof Tip>;

export const TipList = z.object({
  role: z.enum(['buyer', 'seller']),
  items: z.array(Tip),
  /** Whether the buyer may send a tip now, and until when (an order completed: 30 days after). */
  open: z.boolean(),
  openUntil: z.string().nullable(),
});
export type TipList = z.infer<typeof TipList>;
