import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEES } from '../money/fees';
import { isTipAmount, TIP_MAX, TIP_MIN, tipMoney, tipRefusal, tipWindowEnd } from './tips';

describe('tipMoney', () => {
  it('charges a tip with the normal service fees on both sides', () => {
    // ¥1,000: the buyer pays 5% + tax (¥50 + ¥5), the seller gives 20% + tax (¥200 + ¥20).
    expect(tipMoney(1_000)).toEqual({
      amount: 1_000,
      buyerFee: 50,
      buyerFeeTax: 5,
      total: 1_055,
      sellerFee: 200,
      sellerFeeTax: 20,
      sellerNet: 780,
    });
    expect(tipMoney(TIP_MIN)).toEqual({
      amount: 100,
      buyerFee: 5,
      buyerFeeTax: 0,
      total: 105,
      sellerFee: 20,
      sellerFeeTax: 2,
      sellerNet: 78,
    });
    expect(tipMoney(TIP_MAX)).toMatchObject({ total: 99_999 + 4_999 + 499, sellerNet: 99_999 - 19_999 - 1_999 });
  });

  it('follows the configured service rates', () => {
    const fees = { ...DEFAULT_FEES, serviceSellerTiers: [{ upTo: null, rate: 100_000 }], serviceBuyerRate: 30_000 };
    expect(tipMoney(1_000, fees)).toMatchObject({
      buyerFee: 30,
      buyerFeeTax: 3,
      total: 1_033,
      sellerFee: 100,
      sellerFeeTax: 10,
      sellerNet: 890,
    });
  });

  it('refuses amounts outside ¥100–¥99,999 and fractions of a yen', () => {
    for (const bad of [0, 99, 100_000, -100, 100.5, Number.NaN]) {
      expect(isTipAmount(bad)).toBe(false);
      expect(() => tipMoney(bad)).toThrow(RangeError);
    }
    expect(isTipAmount(100)).toBe(true);
    expect(isTipAmount(99_999)).toBe(true);
  });

  it('adds up for every tip: the buyer pays exactly what the seller, the fees and their tax receive', () => {
    fc.assert(
      fc.property(fc.integer({ min: TIP_MIN, max: TIP_MAX }), (amount) => {
        const m = tipMoney(amount);
        return (
          m.total === m.amount + m.buyerFee + m.buyerFeeTax &&
          m.sellerNet + m.sellerFee + m.sellerFeeTax === m.amount &&
          m.sellerNet > 0 &&
          m.total === m.sellerNet + m.sellerFee + m.sellerFeeTax + m.buyerFee + m.buyerFeeTax
        );
      }),
    );
  });
});

describe('tipRefusal', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  const order = { buyerId: 'b', sellerId: 's', contractStatus: 'in_progress' as const, endedAt: null };

  it('lets the buyer tip an order in progress', () => {
    expect(tipRefusal('b', order, now)).toBeNull();
  });

  it('refuses the seller, and tells anyone else the order does not exist', () => {
    expect(tipRefusal('s', order, now)).toBe('tip-buyer-only');
    expect(tipRefusal('x', order, now)).toBe('not-found');
    expect(tipRefusal('b', undefined, now)).toBe('not-found');
  });

  it('takes tips for 30 days after completion, not after', () => {
    const completedAt = new Date('2026-04-01T00:00:00Z');
    const done = { ...order, contractStatus: 'completed' as const, endedAt: completedAt };
    expect(tipRefusal('b', done, new Date('2026-04-30T23:59:59Z'))).toBeNull();
    expect(tipWindowEnd(completedAt).toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(tipRefusal('b', done, new Date('2026-05-01T00:00:00Z'))).toBe('tip-not-open');
  });

  it('refuses an order awaiting its escrow, in dispute or ended early', () => {
    for (const contractStatus of ['awaiting_escrow', 'disputed', 'terminated'] as const) {
      expect(tipRefusal('b', { ...order, contractStatus, endedAt: contractStatus === 'terminated' ? now : null }, now)).toBe(
        'tip-not-open',
      );
    }
  });
});
