// A service order (取引) seen from the rules: who may buy, when the capacity is full, when
// the buyer may cancel a late order, and the dates an order runs by. Pure: the caller
// passes the time and what it read.
import { CONTRACT_LIVE, type ContractStatus, type MilestoneStatus } from '../contracts/process';

/** Contracts of orders that take one of the service's slots (受注枠): not yet ended. */
export const ORDER_IN_PROGRESS: readonly ContractStatus[] = CONTRACT_LIVE;

export type PurchaseRefusal = 'service-own' | 'service-not-on-sale' | 'service-capacity-full';

/**
 * Why `buyerId` may not buy the service now, or null: one's own service, a service not
 * published (a draft, paused or hidden one takes no orders), or every slot taken.
 */
export function purchaseRefusal(
  buyerId: string,
  service: { sellerId: string; status: string; capacity: number; inProgress: number },
): PurchaseRefusal | null {
  if (service.sellerId === buyerId) return 'service-own';
  if (service.status !== 'published') return 'service-not-on-sale';
  if (service.inProgress >= service.capacity) return 'service-capacity-full';
  return null;
}

export const ORDER_ACTIONS = ['cancel_late'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export type LateCancelRefusal = 'not-found' | 'forbidden' | 'order-not-late' | 'order-not-cancellable';

export interface OrderState {
  buyerId: string;
  sellerId: string;
  contractStatus: ContractStatus;
  milestoneStatus: MilestoneStatus;
  /** YYYY-MM-DD, Japan. */
  deliveryDate: string;
}

/**
 * Why `userId` may not cancel the order for late delivery, or null. Only the buyer may,
 * once the delivery date has passed (the day after it, Japan time) while the work is paid
 * into escrow and not delivered; a delivery waiting for acceptance, or a contract already
 * ended or in dispute, is answered through the contract's own steps.
 */
export function lateCancelRefusal(userId: string, order: OrderState | undefined, today: string): LateCancelRefusal | null {
  if (!order || (order.buyerId !== userId && order.sellerId !== userId)) return 'not-found';
  if (order.buyerId !== userId) return 'forbidden';
  if (order.contractStatus !== 'in_progress' || order.milestoneStatus !== 'funded') return 'order-not-cancellable';
  if (today <= order.deliveryDate) return 'order-not-late';
  return null;
}

/** What the viewer's order page offers, from the same rules as the checks. */
export function orderActions(userId: string, order: OrderState, today: string): OrderAction[] {
  return lateCancelRefusal(userId, order, today) === null ? ['cancel_late'] : [];
}

/** When an order in progress can end by itself: its last date (delivery date, then the acceptance window). */
export function orderClearsAt(deliveryDate: string, acceptanceDays: number, autoAcceptAt: Date | null): Date {
  if (autoAcceptAt) return autoAcceptAt;
  // The end of the delivery date in Japan, then the acceptance window.
  const endOfDay = new Date(`${deliveryDate}T15:00:00.000Z`);
  return new Date(endOfDay.getTime() + acceptanceDays * 86_400_000);
}
