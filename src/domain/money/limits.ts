// The largest amounts of money the service accepts, stated once. Every amount is stored
// as bigint and handled as a JS number, so these limits are about what is sensible and
// what the bank file can carry, not about what fits in a column.

/** A task's slots × unit price (tax included): ¥1,000,000,000. */
export const WORK_BUDGET_MAX = 1_000_000_000;

/** A contract amount before tax (a project budget, a quote, an offer, a milestone, a settlement share): ¥100,000,000. */
export const CONTRACT_AMOUNT_MAX = 100_000_000;

/**
 * The most one escrow (a milestone's or a posting's) can hold: the largest task budget
 * with a client fee of at most 100 % (FEE_CLIENT_PERCENT cannot be more) and that fee's
 * consumption tax — ¥2,100,000,000. A bank transfer that large can still be confirmed.
 */
export const ESCROW_MAX = WORK_BUDGET_MAX * 2 + WORK_BUDGET_MAX / 10;

/** One payout: the amount field of a Zengin transfer record has 10 digits. */
export const PAYOUT_MAX = 9_999_999_999;
