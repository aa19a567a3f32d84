// Fees, consumption tax and withholding for one accepted milestone. Defaults follow the
// large Japanese services; every rate and tier is configuration, never hard-coded logic.
import { applyRate, assertYen, consumptionTax, type RatePpm } from './yen';

export interface Tier {
  /** Upper bound of the tier in yen (inclusive); null for the last tier. */
  upTo: number | null;
  rate: RatePpm;
}

export interface FeeSchedule {
  /** Worker's system fee on the amount including consumption tax, by tier. */
  workerTiers: Tier[];
  /** Client's fee on the amount including consumption tax. */
  clientRate: RatePpm;
  /** Worker's system fee on each approved task submission (タスク形式), a flat rate. */
  taskWorkerRate: RatePpm;
  /** Seller's fee on a service's price including consumption tax, by tier (plus its own tax). */
  serviceSellerTiers: Tier[];
  /** Buyer's fee on a service's price including consumption tax (plus its own tax). */
  serviceBuyerRate: RatePpm;
}

export const DEFAULT_FEES: FeeSchedule = {
  workerTiers: [
    { upTo: 100_000, rate: 200_000 }, // 20% of the part up to ¥100,000
    { upTo: 200_000, rate: 100_000 }, // 10% of ¥100,000–200,000
    { upTo: null, rate: 50_000 }, //      5% above
  ],
  clientRate: 50_000, // 5%
  taskWorkerRate: 200_000, // 20%
  // 20% + tax = 22% and 5% + tax = 5.5% all in, as the large skill markets charge.
  serviceSellerTiers: [{ upTo: null, rate: 200_000 }],
  serviceBuyerRate: 50_000,
};

/** A progressive fee: each tier's rate applies only to the part of the amount inside it. */
export function tieredFee(amount: number, tiers: Tier[]): number {
  assertYen(amount);
  let fee = 0;
  let lower = 0;
  for (const tier of tiers) {
    const upper = tier.upTo ?? Number.POSITIVE_INFINITY;
    if (amount <= lower) break;
    const part = Math.min(amount, upper) - lower;
    fee += applyRate(part, tier.rate);
    lower = upper;
  }
  return fee;
}

/** Withholding income tax (源泉徴収) on fees paid to an individual: 10.21% up to ¥1,000,000, 20.42% above. */
export function withholdingTax(amountBeforeTax: number): number {
  assertYen(amountBeforeTax);
  const first = Math.min(amountBeforeTax, 1_000_000);
  const rest = Math.max(0, amountBeforeTax - 1_000_000);
  return applyRate(first, 102_100) + applyRate(rest, 204_200);
}

export interface MilestoneMoney {
  /** The agreed amount before consumption tax. */
  amount: number;
  /** Consumption tax on the amount; the worker's, as the seller. */
  tax: number;
  /** What the client pays into escrow: amount + tax + client fee + its tax. */
  escrow: number;
  clientFee: number;
  clientFeeTax: number;
  workerFee: number;
  workerFeeTax: number;
  /** Withheld from the worker and paid to the tax office by the platform. */
  withholding: number;
  /** What reaches the worker's earnings balance. */
  workerNet: number;
}

/**
 * Splits one milestone. The parts always add up to exactly what the client paid:
 * escrow = workerNet + workerFee + workerFeeTax + clientFee + clientFeeTax + withholding.
 */
export function splitMilestone(amount: number, options: { withholding: boolean; fees?: FeeSchedule }): MilestoneMoney {
  assertYen(amount);
  const fees = options.fees ?? DEFAULT_FEES;
  const tax = consumptionTax(amount);
  const gross = amount + tax;
  const clientFee = applyRate(gross, fees.clientRate);
  const clientFeeTax = consumptionTax(clientFee);
  const workerFee = tieredFee(gross, fees.workerTiers);
  const workerFeeTax = consumptionTax(workerFee);
  const withholding = options.withholding ? withholdingTax(amount) : 0;
  const workerNet = gross - workerFee - workerFeeTax - withholding;
  if (workerNet < 0) throw new RangeError('fees exceed the amount');
  return {
    amount,
    tax,
    escrow: gross + clientFee + clientFeeTax,
    clientFee,
    clientFeeTax,
    workerFee,
    workerFeeTax,
    withholding,
    workerNet,
  };
}

export interface ServiceFees {
  /** The package (and options) price, consumption tax included, as listed. */
  price: number;
  sellerFee: number;
  sellerFeeTax: number;
  /** What reaches the seller: price − sellerFee − sellerFeeTax. */
  sellerNet: number;
  buyerFee: number;
  buyerFeeTax: number;
  /** What the buyer pays: price + buyerFee + buyerFeeTax. */
  buyerTotal: number;
}

/**
 * The money of one service purchase. A service's price already includes consumption tax,
 * so both fees are taken on it and each fee carries its own tax; the parts add up:
 * buyerTotal = sellerNet + sellerFee + sellerFeeTax + buyerFee + buyerFeeTax.
 */
export function serviceFees(price: number, fees: FeeSchedule = DEFAULT_FEES): ServiceFees {
  assertYen(price, 'price');
  const sellerFee = tieredFee(price, fees.serviceSellerTiers);
  const sellerFeeTax = consumptionTax(sellerFee);
  const sellerNet = price - sellerFee - sellerFeeTax;
  if (sellerNet < 0) throw new RangeError('fees exceed the price');
  const buyerFee = applyRate(price, fees.serviceBuyerRate);
  const buyerFeeTax = consumptionTax(buyerFee);
  return { price, sellerFee, sellerFeeTax, sellerNet, buyerFee, buyerFeeTax, buyerTotal: price + buyerFee + buyerFeeTax };
}

/** A percentage as written in configuration ("20", "2.5") in parts per million; null if invalid. */
export function percentToPpm(text: string): RatePpm | null {
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(text.trim())) return null;
  const [whole = '0', frac = ''] = text.trim().split('.');
  const ppm = Number(whole) * 10_000 + Number(frac.padEnd(4, '0'));
  return ppm <= 1_000_000 ? ppm : null;
}

/**
 * Worker fee tiers as written in configuration: `upTo:percent` pairs, the last without an
 * upper bound — the default is "100000:20,200000:10,:5". Null when the text is not valid
 * (bounds not rising, a bound on the last tier, a bad percentage).
 */
export function parseFeeTiers(text: string): Tier[] | null {
  const tiers: Tier[] = [];
  const parts = text.split(',').map((p) => p.trim());
  for (const [i, part] of parts.entries()) {
    const m = /^(\d*):(.+)$/.exec(part);
    if (!m) return null;
    const rate = percentToPpm(m[2] ?? '');
    const last = i === parts.length - 1;
    const upTo = m[1] ? Number(m[1]) : null;
    if (rate === null || (upTo === null) !== last) return null;
    const previous = tiers.at(-1)?.upTo ?? 0;
    if (upTo !== null && (!Number.isSafeInteger(upTo) || upTo <= previous)) return null;
    tiers.push({ upTo, rate });
  }
  return tiers;
}
