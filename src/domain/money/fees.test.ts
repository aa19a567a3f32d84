import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEES, parseFeeTiers, percentToPpm, serviceFees, splitMilestone, tieredFee, withholdingTax } from './fees';
import { applyRate, consumptionTax } from './yen';

describe('yen arithmetic', () => {
  it('rounds down and stays exact for large amounts', () => {
    expect(consumptionTax(10_000)).toBe(1_000);
    expect(consumptionTax(999)).toBe(99);
    expect(applyRate(9_007_199_254_740, 100_000)).toBe(900_719_925_474);
  });

  it('refuses fractions, negatives and unsafe numbers', () => {
    for (const bad of [1.5, -1, Number.NaN, Number.MAX_SAFE_INTEGER + 2]) expect(() => consumptionTax(bad)).toThrow(RangeError);
  });
});

describe('worker fee tiers', () => {
  it.each([
    [0, 0],
    [99_999, 19_999],
    [100_000, 20_000],
    [100_001, 20_000],
    [200_000, 30_000],
    [200_001, 30_000],
    [1_000_000, 70_000],
  ])('gross %i → fee %i', (gross, fee) => {
    expect(tieredFee(gross, DEFAULT_FEES.workerTiers)).toBe(fee);
  });

  it('the anchors’ worked example: ¥10,000 + tax → fee ¥2,420, worker gets ¥8,580', () => {
    const m = splitMilestone(10_000, { withholding: false });
    expect(m).toMatchObject({
      tax: 1_000,
      workerFee: 2_200,
      workerFeeTax: 220,
      workerNet: 8_580,
      clientFee: 550,
      clientFeeTax: 55,
      escrow: 11_605,
    });
  });
});

describe('withholding (源泉徴収)', () => {
  it.each([
    [10_000, 1_021],
    [99_999, 10_209],
    [100_000, 10_210],
    [1_000_000, 102_100],
    [1_000_001, 102_100],
    [2_000_000, 306_300],
  ])('%i → %i', (amount, withheld) => {
    expect(withholdingTax(amount)).toBe(withheld);
  });
});

describe('splitMilestone', () => {
  it.each([99_999, 100_000, 100_001, 200_000, 1_000_000])('%i splits exactly, with and without withholding', (amount) => {
    for (const withholding of [false, true]) {
      const m = splitMilestone(amount, { withholding });
      expect(m.workerNet + m.workerFee + m.workerFeeTax + m.clientFee + m.clientFeeTax + m.withholding).toBe(m.escrow);
      expect(m.workerNet).toBeGreaterThan(0);
    }
  });

  it('property: the parts always sum exactly to what the client paid, and none is negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.boolean(), (amount, withholding) => {
        const m = splitMilestone(amount, { withholding });
        const parts = [m.workerNet, m.workerFee, m.workerFeeTax, m.clientFee, m.clientFeeTax, m.withholding];
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(m.escrow);
        expect(m.escrow).toBe(m.amount + m.tax + m.clientFee + m.clientFeeTax);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the fee never decreases when the amount grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, d) => {
        expect(tieredFee(a + d, DEFAULT_FEES.workerTiers)).toBeGreaterThanOrEqual(tieredFee(a, DEFAULT_FEES.workerTiers));
      }),
    );
  });
});

describe('fee configuration', () => {
  it('reads percentages and tier lists', () => {
    expect(percentToPpm('5')).toBe(50_000);
    expect(percentToPpm('2.5')).toBe(25_000);
    expect(percentToPpm('10.21')).toBe(102_100);
    expect(parseFeeTiers('100000:20,200000:10,:5')).toEqual(DEFAULT_FEES.workerTiers);
    expect(parseFeeTiers(':15')).toEqual([{ upTo: null, rate: 150_000 }]);
  });
  it.each(['', '100000:20', '100000:20,50000:10,:5', ':20,:10', 'x:5', '100000:101,:5', '100000:-1,:5'])('refuses %j', (text) => {
    expect(parseFeeTiers(text)).toBeNull();
  });
});

describe('service fees', () => {
  it('takes 22% from the seller and 5.5% from the buyer, tax included', () => {
    expect(serviceFees(10_000)).toEqual({
      price: 10_000,
      sellerFee: 2_000,
      sellerFeeTax: 200,
      sellerNet: 7_800,
      buyerFee: 500,
      buyerFeeTax: 50,
      buyerTotal: 10_550,
    });
    expect(serviceFees(500)).toMatchObject({ sellerNet: 390, buyerTotal: 527 });
  });

  it('follows the configured tiers and buyer rate', () => {
    const fees = { ...DEFAULT_FEES, serviceSellerTiers: parseFeeTiers('50000:20,:10') ?? [], serviceBuyerRate: 0 };
    expect(serviceFees(100_000, fees)).toMatchObject({
      sellerFee: 15_000,
      sellerFeeTax: 1_500,
      sellerNet: 83_500,
      buyerTotal: 100_000,
    });
  });

  it('adds up to what the buyer pays, for any price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11_000_000 }), (price) => {
        const f = serviceFees(price);
        expect(f.sellerNet + f.sellerFee + f.sellerFeeTax + f.buyerFee + f.buyerFeeTax).toBe(f.buyerTotal);
        expect(f.sellerNet).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
