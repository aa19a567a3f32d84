import { describe, expect, it } from 'vitest';
import { checkPayoutRequest, payoutFee } from './request';

const rules = { fee: 250, minimum: 1000 };

describe('payout requests', () => {
  it('charges the fee except on the final payout', () => {
    expect(payoutFee(false, rules)).toBe(250);
    expect(payoutFee(true, rules)).toBe(0);
  });

  it.each([
    // amount, final, balance → fee and net, or the refusal
    [1000, false, 5000, { ok: true, fee: 250, net: 750 }],
    [5000, false, 5000, { ok: true, fee: 250, net: 4750 }],
    [5000, true, 5000, { ok: true, fee: 0, net: 5000 }],
    [300, true, 300, { ok: true, fee: 0, net: 300 }],
    [4000, true, 5000, { ok: false, refusal: { code: 'payout-final-must-be-whole', params: { balance: 5000 } } }],
    [6000, true, 5000, { ok: false, refusal: { code: 'payout-final-must-be-whole', params: { balance: 5000 } } }],
    [6000, false, 5000, { ok: false, refusal: { code: 'payout-exceeds-balance', params: { balance: 5000 } } }],
    [999, false, 5000, { ok: false, refusal: { code: 'payout-below-minimum', params: { min: 1000 } } }],
    // Above the balance is told before below the minimum.
    [999, false, 500, { ok: false, refusal: { code: 'payout-exceeds-balance', params: { balance: 500 } } }],
    [0, true, 0, { ok: false, refusal: { code: 'payout-fee-exceeds', params: { fee: 0 } } }],
  ] as const)('%i (final %s) from %i', (amount, final, balance, expected) => {
    expect(checkPayoutRequest({ amount, final }, balance, rules)).toEqual(expected);
  });

  it('refuses an amount that the fee would eat when the minimum is below the fee', () => {
    const low = { fee: 500, minimum: 100 };
    expect(checkPayoutRequest({ amount: 500, final: false }, 1000, low)).toEqual({
      ok: false,
      refusal: { code: 'payout-fee-exceeds', params: { fee: 500 } },
    });
    expect(checkPayoutRequest({ amount: 501, final: false }, 1000, low)).toEqual({ ok: true, fee: 500, net: 1 });
  });
});
