// The money of a service order (取引). A service's prices are tax included, so the order's
// one milestone is built the other way round from a project's: the consumption tax is the
// part of the price it contains, the buyer pays the price plus the buyer fee and its tax
// into escrow, and the seller is paid the price less the seller fee and its tax. Service
// sellers are not withheld from (as on Coconala), so the milestone's withholding is 0.
import { type FeeSchedule, type MilestoneMoney, serviceFees } from '../money/fees';
import { assertYen, CONSUMPTION_TAX_PPM } from '../money/yen';

/**
 * The consumption tax contained in a tax-included price, rounded down: price × 10/110.
 * Some prices (¥10, ¥21 …) are no pre-tax amount plus its tax; the split is still exact,
 * because the tax is taken from the price and the amount is what is left.
 */
export function taxIncluded(priceInclTax: number): number {
  assertYen(priceInclTax, 'price');
  return Math.floor((priceInclTax * CONSUMPTION_TAX_PPM) / (1_000_000 + CONSUMPTION_TAX_PPM));
}

/**
 * Splits a service order of `priceInclTax` (the package and its options) into the
 * milestone's parts: escrow = price + buyer fee + its tax, seller's net = price − seller
 * fee − its tax, and every part adds up (the milestone table's constraints hold).
 */
export function splitServiceOrder(priceInclTax: number, fees: FeeSchedule): MilestoneMoney {
  if (!Number.isSafeInteger(priceInclTax) || priceInclTax <= 0)
    throw new RangeError(`price must be a positive yen amount, got ${priceInclTax}`);
  const f = serviceFees(priceInclTax, fees);
  const tax = taxIncluded(priceInclTax);
  const money: MilestoneMoney = {
    amount: priceInclTax - tax,
    tax,
    escrow: f.buyerTotal,
    clientFee: f.buyerFee,
    clientFeeTax: f.buyerFeeTax,
    workerFee: f.sellerFee,
    workerFeeTax: f.sellerFeeTax,
    withholding: 0,
    workerNet: f.sellerNet,
  };
  if (money.escrow !== priceInclTax + money.clientFee + money.clientFeeTax)
    throw new RangeError('the buyer total is not the price plus the buyer fee and its tax');
  if (money.workerNet + money.workerFee + money.workerFeeTax !== priceInclTax || money.workerNet < 0)
    throw new RangeError('the seller fee exceeds the price');
  return money;
}

/** The tax-included price of an order: the package's price and each chosen option's. */
export function orderPrice(packagePrice: number, optionPrices: readonly number[]): number {
  return optionPrices.reduce((sum, p) => sum + p, packagePrice);
}

/** The days an order takes: the package's delivery days and each chosen option's extra days. */
export function orderDays(packageDays: number, optionExtraDays: readonly number[]): number {
  return optionExtraDays.reduce((sum, d) => sum + d, packageDays);
}
