// The rules of a payout request (振込申請) from the earnings balance: a fee per transfer
// (振込手数料), none for the final payout before leaving, which takes the whole balance;
// a minimum amount for the others; and an amount that must be more than its fee.

export interface PayoutRules {
  /** The fee of one transfer, in yen. */
  fee: number;
  /** The smallest amount a (not final) request may take. */
  minimum: number;
}

export interface PayoutRequest {
  amount: number;
  /** The last payout before withdrawal: the whole balance, free of the fee. */
  final: boolean;
}

/** A refused request: the field error's code and its parameters, on `/amount`. */
export type PayoutRefusal =
  | { code: 'payout-final-must-be-whole'; params: { balance: number } }
  | { code: 'payout-exceeds-balance'; params: { balance: number } }
  | { code: 'payout-below-minimum'; params: { min: number } }
  | { code: 'payout-fee-exceeds'; params: { fee: number } };

/** The fee of a request: none for the final payout. */
export function payoutFee(final: boolean, rules: PayoutRules): number {
  return final ? 0 : rules.fee;
}

/**
 * Whether a request may be made from `balance`, checked in this order: a final payout
 * takes the whole balance, no request more than the balance, a request not final at
 * least the minimum, and every request more than its fee. When it may: its fee and
 * what reaches the bank account (net).
 */
export function checkPayoutRequest(
  request: PayoutRequest,
  balance: number,
  rules: PayoutRules,
): { ok: true; fee: number; net: number } | { ok: false; refusal: PayoutRefusal } {
  const fee = payoutFee(request.final, rules);
  const refuse = (refusal: PayoutRefusal) => ({ ok: false as const, refusal });
  if (request.final && request.amount !== balance) return refuse({ code: 'payout-final-must-be-whole', params: { balance } });
  if (request.amount > balance) return refuse({ code: 'payout-exceeds-balance', params: { balance } });
  if (!request.final && request.amount < rules.minimum)
    return refuse({ code: 'payout-below-minimum', params: { min: rules.minimum } });
  if (request.amount <= fee) return refuse({ code: 'payout-fee-exceeds', params: { fee } });
  return { ok: true, fee, net: request.amount - fee };
}
