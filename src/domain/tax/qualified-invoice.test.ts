import { describe, expect, it } from 'vitest';
import { splitMilestone } from '../money/fees';
import { summariseByRate, taxOn, taxWithin, taxWithinFee } from './qualified-invoice';

describe('tax rounded once per document per rate', () => {
  it('two milestones of ¥12,345 and ¥67,891: the postings hold 440 of fee tax, the document 441', () => {
    const a = splitMilestone(12_345, { withholding: false });
    const b = splitMilestone(67_891, { withholding: false });
    expect([a.clientFee, a.clientFeeTax, b.clientFee, b.clientFeeTax]).toEqual([678, 67, 3_734, 373]);
    const [fees] = summariseByRate([
      { amount: a.clientFee, postedTax: a.clientFeeTax },
      { amount: b.clientFee, postedTax: b.clientFeeTax },
    ]);
    expect(fees).toEqual({
      rate: 100_000,
      ratePercent: 10,
      taxIncluded: false,
      total: 4_412,
      tax: 441,
      postedTax: 440,
      difference: 1,
    });
  });

  it('the work itself: the same two amounts give the same tax either way (no difference to state)', () => {
    const [work] = summariseByRate([
      { amount: 12_345, postedTax: 1_234 },
      { amount: 67_891, postedTax: 6_789 },
    ]);
    expect(work).toMatchObject({ total: 80_236, tax: 8_023, postedTax: 8_023, difference: 0 });
  });

  it('a refund line cancels its payment: the rate is still listed, with nothing on it', () => {
    const [r] = summariseByRate([
      { amount: 10_001, postedTax: 1_000 },
      { amount: -10_001, postedTax: -1_000 },
    ]);
    expect(r).toMatchObject({ total: 0, tax: 0, postedTax: 0, difference: 0 });
  });

  it('rounds a negative total toward zero, the mirror of a payment', () => {
    expect(taxOn(-12_345, 100_000)).toBe(-1_234);
    expect(taxWithin(-1_100, 100_000)).toBe(-100);
  });

  it('tax-included prices (tasks, prizes): the tax within the total, rounded once', () => {
    // Three task units of ¥1,000: 90 each in the postings (270), 3,000 × 10/110 = 272 once.
    const [r] = summariseByRate(
      [1, 2, 3].map(() => ({ amount: 1_000, postedTax: 90 })),
      { taxIncluded: true },
    );
    expect(r).toMatchObject({ taxIncluded: true, total: 3_000, tax: 272, postedTax: 270, difference: 2 });
  });

  it('keeps each rate apart, the highest first', () => {
    const rates = summariseByRate([
      { amount: 1_000, postedTax: 80, rate: 80_000 },
      { amount: 1_000, postedTax: 100 },
    ]);
    expect(rates.map((r) => [r.ratePercent, r.tax])).toEqual([
      [10, 100],
      [8, 80],
    ]);
  });

  it('no lines, no rates', () => {
    expect(summariseByRate([])).toEqual([]);
  });

  it('the ¥500 payout fee includes ¥45 of consumption tax', () => {
    expect(taxWithinFee(500)).toBe(45);
    expect(taxWithinFee(0)).toBe(0);
  });

  it('refuses amounts that are not integer yen', () => {
    expect(() => summariseByRate([{ amount: 1.5, postedTax: 0 }])).toThrow(RangeError);
  });
});
