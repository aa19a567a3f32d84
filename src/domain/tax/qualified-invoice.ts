// The tax of a qualified invoice (適格請求書): per tax rate, the document states the total
// the rate applies to and the consumption tax on it, rounded ONCE per document per rate
// (消費税法施行令第70条の10: one rounding per invoice and rate, never per line).
//
// The ledger works per milestone or per unit of work: each acceptance posts its own tax,
// rounded down on its own, because the money moves then and cannot wait for a document.
// So the document's tax can differ from the sum of the taxes posted for its lines by a
// few yen (12,345 + 67,891 of milestones: client fees 678 + 3,734, tax posted 67 + 373 =
// 440, the document's one rounding of 4,412 gives 441). The postings stay as they are —
// they are what was paid — and the document states both figures and the difference, so
// the reader sees that only the rounding differs, not the money.
import { CONSUMPTION_TAX_PPM, type RatePpm } from '../money/yen';

/** One line of a document at one tax rate. Refund lines are negative. */
export interface TaxedLine {
  /** What the rate applies to: before tax, or tax included when the summary says so. */
  amount: number;
  /** The consumption tax the ledger posted for this line (per milestone or unit). */
  postedTax: number;
  /** The rate; 10 % (standard) unless given. */
  rate?: RatePpm;
}

export interface RateSummary {
  /** The rate in parts per million (100_000 = 10 %). */
  rate: RatePpm;
  /** The rate as a whole percentage, as printed (10). */
  ratePercent: number;
  /** True when `total` includes the tax (prices written tax included: tasks, prizes, tips). */
  taxIncluded: boolean;
  /** The sum of the lines at this rate (税率ごとに区分した対価の額). */
  total: number;
  /** The document's consumption tax at this rate, rounded down once. */
  tax: number;
  /** The sum of the taxes posted per line in the ledger. */
  postedTax: number;
  /** tax − postedTax: the rounding difference the document states. */
  difference: number;
}

/** Rounds toward zero, so a refund's tax is the mirror of a payment's. */
function floorTowardZero(numerator: number, denominator: number): number {
  const q = Math.floor(Math.abs(numerator) / denominator);
  return numerator < 0 ? -q : q;
}

/** The tax on `amount` at `rate`, amount before tax, rounded down (toward zero). */
export function taxOn(amount: number, rate: RatePpm): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be integer yen, got ${amount}`);
  return floorTowardZero(amount * rate, 1_000_000);
}

/** The tax contained in a tax-included `amount` at `rate`, rounded down (toward zero). */
export function taxWithin(amount: number, rate: RatePpm): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be integer yen, got ${amount}`);
  return floorTowardZero(amount * rate, 1_000_000 + rate);
}

/**
 * Groups a document's lines by rate and computes each rate's tax once. Rates come out
 * highest first; a rate whose lines net to nothing is still listed (a refunded milestone
 * shows 0), so the document never hides a rate it mentions.
 */
export function summariseByRate(lines: readonly TaxedLine[], options: { taxIncluded?: boolean } = {}): RateSummary[] {
  const taxIncluded = options.taxIncluded ?? false;
  const byRate = new Map<RatePpm, { total: number; postedTax: number }>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amount) || !Number.isSafeInteger(line.postedTax))
      throw new RangeError('line amounts must be integer yen');
    const rate = line.rate ?? CONSUMPTION_TAX_PPM;
    const sum = byRate.get(rate) ?? { total: 0, postedTax: 0 };
    sum.total += line.amount;
    sum.postedTax += line.postedTax;
    byRate.set(rate, sum);
  }
  return [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, sum]) => {
      const tax = taxIncluded ? taxWithin(sum.total, rate) : taxOn(sum.total, rate);
      return {
        rate,
        ratePercent: rate / 10_000,
        taxIncluded,
        total: sum.total,
        tax,
        postedTax: sum.postedTax,
        difference: tax - sum.postedTax,
      };
    });
}

/** The consumption tax included in a fee written tax included (the payout fee of ¥500 holds ¥45). */
export function taxWithinFee(fee: number): number {
  return taxWithin(fee, CONSUMPTION_TAX_PPM);
}
