import { describe, expect, it } from 'vitest';
import { lateCancelRefusal, type OrderState, orderActions, orderClearsAt, purchaseRefusal } from './order';

describe('purchaseRefusal', () => {
  const service = { sellerId: 'seller', status: 'published', capacity: 2, inProgress: 1 };
  it('lets a member buy a published service with a free slot', () => {
    expect(purchaseRefusal('buyer', service)).toBeNull();
  });
  it('refuses one’s own service, a service not on sale and a full one', () => {
    expect(purchaseRefusal('seller', service)).toBe('service-own');
    for (const status of ['draft', 'paused', 'hidden'])
      expect(purchaseRefusal('buyer', { ...service, status })).toBe('service-not-on-sale');
    expect(purchaseRefusal('buyer', { ...service, inProgress: 2 })).toBe('service-capacity-full');
    expect(purchaseRefusal('buyer', { ...service, inProgress: 3 })).toBe('service-capacity-full');
  });
});

describe('late-delivery cancel', () => {
  const order: OrderState = {
    buyerId: 'buyer',
    sellerId: 'seller',
    contractStatus: 'in_progress',
    milestoneStatus: 'funded',
    deliveryDate: '2026-12-10',
  };
  it('opens to the buyer the day after the delivery date', () => {
    expect(lateCancelRefusal('buyer', order, '2026-12-10')).toBe('order-not-late');
    expect(lateCancelRefusal('buyer', order, '2026-12-11')).toBeNull();
    expect(orderActions('buyer', order, '2026-12-11')).toEqual(['cancel_late']);
    expect(orderActions('buyer', order, '2026-12-10')).toEqual([]);
  });
  it('is the buyer’s alone; anyone else is told the order does not exist', () => {
    expect(lateCancelRefusal('seller', order, '2026-12-11')).toBe('forbidden');
    expect(lateCancelRefusal('stranger', order, '2026-12-11')).toBe('not-found');
    expect(orderActions('seller', order, '2026-12-11')).toEqual([]);
  });
  it('is closed once delivered, before the escrow is paid, and after the contract ended or froze', () => {
    for (const milestoneStatus of ['unfunded', 'delivered', 'paid', 'refunded'] as const)
      expect(lateCancelRefusal('buyer', { ...order, milestoneStatus }, '2026-12-20')).toBe('order-not-cancellable');
    for (const contractStatus of ['awaiting_escrow', 'completed', 'terminated', 'disputed'] as const)
      expect(lateCancelRefusal('buyer', { ...order, contractStatus }, '2026-12-20')).toBe('order-not-cancellable');
  });
});

describe('dates', () => {
  it('an order clears at its auto-acceptance, else at the end of the delivery date plus the acceptance window', () => {
    expect(orderClearsAt('2026-12-10', 3, null).toISOString()).toBe('2026-12-13T15:00:00.000Z');
    const at = new Date('2026-12-08T01:00:00Z');
    expect(orderClearsAt('2026-12-10', 3, at)).toBe(at);
  });
});
