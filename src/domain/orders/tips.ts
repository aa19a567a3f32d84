// Tips (おひねり): the buyer of an order thanks the seller with money on top of the price,
// while the order runs or for a while after it completed. A tip is charged with the normal
// service fees, as a purchase of that price would be: the buyer pays the tip plus the buyer
// fee and its tax, the seller receives the tip less the seller fee and its tax. Pure: the
// caller passes what it read and the time.
import type { ContractStatus } from '../contracts/process';
import { DEFAULT_FEES, type FeeSchedule, serviceFees } from '../money/fees';

/** A tip is ¥100 to ¥99,999, tax included like a service's price. */
export const TIP_MIN = 100;
export const TIP_MAX = 99_999;
/** The buyer's optional message with a tip, in characters. */
export const TIP_MESSAGE_MAX = 200;
/** Days after an order completed during which its buyer may still send a tip. */
export const TIP_DAYS_AFTER_COMPLETION = 30;

export interface TipMoney {
  /** The tip, tax included. */
  amount: number;
  buyerFee: number;
  buyerFeeTax: number;
  /** What the buyer pays: amount + buyerFee + buyerFeeTax. */
  total: number;
  sellerFee: number;
  sellerFeeTax: number;
  /** What reaches the seller's earnings balance: amount − sellerFee − sellerFeeTax. */
  sellerNet: number;
}

/** Whether `amount` is a tip the service takes: whole yen from TIP_MIN to TIP_MAX. */
export const isTipAmount = (amount: number) => Number.isSafeInteger(amount) && amount >= TIP_MIN && amount <= TIP_MAX;

/** The money of a tip of `amount` yen, by the service fees; every part adds up. */
export function tipMoney(amount: number, fees: FeeSchedule = DEFAULT_FEES): TipMoney {
  if (!isTipAmount(amount)) throw new RangeError(`a tip is ${TIP_MIN}–${TIP_MAX} yen, got ${amount}`);
  const f = serviceFees(amount, fees);
  return {
    amount,
    buyerFee: f.buyerFee,
    buyerFeeTax: f.buyerFeeTax,
    total: f.buyerTotal,
    sellerFee: f.sellerFee,
    sellerFeeTax: f.sellerFeeTax,
    sellerNet: f.sellerNet,
  };
}

export interface TipOrderState {
  buyerId: string;
  sellerId: string;
  contractStatus: ContractStatus;
  /** When the contract ended (completed, terminated), if it has. */
  endedAt: Date | null;
}

export type TipRefusal = 'not-found' | 'tip-buyer-only' | 'tip-not-open';

/**
 * Why `userId` may not send a tip on the order now, or null. Only the buyer may (the
 * seller is refused, anyone else is told the order does not exist). A tip thanks for work:
 * it is sent while the order runs with its escrow paid (in progress), or within
 * TIP_DAYS_AFTER_COMPLETION days after it completed. An order still awaiting its escrow,
 * in dispute, or ended early (cancelled for lateness, terminated) takes no tip.
 */
export function tipRefusal(userId: string, order: TipOrderState | undefined, now: Date): TipRefusal | null {
  if (!order || (order.buyerId !== userId && order.sellerId !== userId)) return 'not-found';
  if (order.buyerId !== userId) return 'tip-buyer-only';
  if (order.contractStatus === 'in_progress') return null;
  if (order.contractStatus === 'completed' && order.endedAt && now < tipWindowEnd(order.endedAt)) return null;
  return 'tip-not-open';
}

/** The last moment a completed order takes a tip. */
export function tipWindowEnd(completedAt: Date): Date {
  return new Date(completedAt.getTime() + TIP_DAYS_AFTER_COMPLETION * 86_400_000);
}
