import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEES } from '../money/fees';
import { consumptionTax } from '../money/yen';
import { orderDays, orderPrice, splitServiceOrder, taxIncluded } from './money';

/** The pre-tax amount whose price with tax is `price`, if there is one. */
function preTaxOf(price: number): number | null {
  const guess = Math.floor((price * 10) / 11);
  for (let a = Math.max(0, guess - 2); a <= guess + 2; a++) if (a + consumptionTax(a) === price) return a;
  return null;
}

function expectWhole(price: number, fees = DEFAULT_FEES) {
  const m = splitServiceOrder(price, fees);
  const parts = [m.amount, m.tax, m.clientFee, m.clientFeeTax, m.workerFee, m.workerFeeTax, m.workerNet];
  expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
  expect(m.amount + m.tax).toBe(price);
  expect(m.escrow).toBe(price + m.clientFee + m.clientFeeTax);
  expect(m.workerNet + m.workerFee + m.workerFeeTax + m.withholding).toBe(price);
  // The milestone table's two constraints.
  expect(m.escrow).toBe(m.amount + m.tax + m.clientFee + m.clientFeeTax);
  expect(m.workerNet + m.workerFee + m.workerFeeTax + m.withholding).toBe(m.amount + m.tax);
  expect(m.withholding).toBe(0);
  return m;
}

describe('splitServiceOrder', () => {
  it('¥10,000 tax included: the seller keeps ¥7,800 (22% with tax), the buyer pays ¥10,550 (5.5% with tax)', () => {
    expect(splitServiceOrder(10_000, DEFAULT_FEES)).toEqual({
      amount: 9_091,
      tax: 909,
      escrow: 10_550,
      clientFee: 500,
      clientFeeTax: 50,
      workerFee: 2_000,
      workerFeeTax: 200,
      withholding: 0,
      workerNet: 7_800,
    });
  });

  it.each([500, 501, 999, 1_000, 3_333, 99_999, 100_000, 1_000_000, 1_000_000 + 10 * 500_000])('¥%i adds up exactly', (price) => {
    expectWhole(price);
  });

  it('every price from ¥1 to ¥11,000 adds up, and the tax is the one of the pre-tax amount whenever there is one', () => {
    let awkward = 0;
    for (let price = 1; price <= 11_000; price++) {
      const m = expectWhole(price);
      const preTax = preTaxOf(price);
      if (preTax === null) awkward++;
      else {
        expect(m.amount).toBe(preTax);
        expect(m.tax).toBe(consumptionTax(preTax));
      }
    }
    // One price in eleven is no pre-tax amount plus its tax (¥10, ¥21 …): the split still holds.
    expect(awkward).toBe(1_000);
  });

  it('the awkward price ¥10: no pre-tax amount gives it, the tax it contains is ¥0', () => {
    expect(preTaxOf(10)).toBeNull();
    expect(taxIncluded(10)).toBe(0);
    expect(expectWhole(10)).toMatchObject({ amount: 10, tax: 0 });
    expect(preTaxOf(21)).toBeNull();
    expect(expectWhole(21)).toMatchObject({ amount: 20, tax: 1 });
  });

  it('property: any price up to ¥100,000,000 and any fee rates add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (price, sellerRate, buyerRate) => {
          expectWhole(price, {
            ...DEFAULT_FEES,
            serviceSellerTiers: [{ upTo: null, rate: sellerRate }],
            serviceBuyerRate: buyerRate,
          });
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses a price of 0, a negative price and a fraction', () => {
    for (const bad of [0, -500, 500.5, Number.NaN]) expect(() => splitServiceOrder(bad, DEFAULT_FEES)).toThrow(RangeError);
  });
});

describe('order totals', () => {
  it('the package and each option add up, in price and in days', () => {
    expect(orderPrice(5_000, [])).toBe(5_000);
    expect(orderPrice(5_000, [1_000, 2_500])).toBe(8_500);
    expect(orderDays(7, [])).toBe(7);
    expect(orderDays(7, [0, 3])).toBe(10);
  });
});
