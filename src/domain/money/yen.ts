// Money is integer yen. Rates are integers over a denominator (basis points ×100), so
// no floating-point value ever decides an amount.

/** Rates in parts per 1,000,000 (10% = 100_000; 10.21% = 102_100). */
export type RatePpm = number;

export const CONSUMPTION_TAX_PPM: RatePpm = 100_000; // 10%

export function assertYen(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative integer number of yen, got ${value}`);
}

/** value × rate, rounded down to the yen (the rounding this service states on every document). */
export function applyRate(value: number, rate: RatePpm): number {
  assertYen(value);
  // Split to stay within safe integers for any realistic amount.
  const whole = Math.floor(value / 1_000_000) * rate;
  const rest = Math.floor(((value % 1_000_000) * rate) / 1_000_000);
  return whole + rest;
}

/** Consumption tax on an amount before tax, computed once per document, rounded down. */
export function consumptionTax(amountBeforeTax: number): number {
  return applyRate(amountBeforeTax, CONSUMPTION_TAX_PPM);
}
