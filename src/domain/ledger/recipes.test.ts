import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMilestone } from '../money/fees';
import { tipMoney } from '../orders/tips';
import {
  applyTransactions,
  earningsOf,
  escrowOf,
  fundEscrow,
  LedgerError,
  PLATFORM_FEES,
  payTip,
  refundEscrow,
  releaseEscrow,
  TAX_PAYABLE,
  validateTransaction,
  WITHHOLDING_PAYABLE,
  WORLD,
} from './recipes';

describe('posting recipes', () => {
  it('fund then release empties escrow into earnings, fees, tax and withholding', () => {
    const m = splitMilestone(100_000, { withholding: true });
    const balances = applyTransactions([fundEscrow('m1', m), releaseEscrow('m1', 'w1', m)]);
    expect(balances.get(escrowOf('m1'))).toBe(0);
    expect(balances.get(earningsOf('w1'))).toBe(m.workerNet);
    expect(balances.get(PLATFORM_FEES)).toBe(m.workerFee + m.clientFee);
    expect(balances.get(TAX_PAYABLE)).toBe(m.workerFeeTax + m.clientFeeTax);
    expect(balances.get(WITHHOLDING_PAYABLE)).toBe(m.withholding);
    expect(balances.get(WORLD)).toBe(-m.escrow);
    expect([...balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('a tip pays the seller net, the fees and their tax from what the buyer paid, once', () => {
    const m = tipMoney(1_000);
    const balances = applyTransactions([payTip('t1', 's1', m)]);
    expect(balances.get(earningsOf('s1'))).toBe(780);
    expect(balances.get(PLATFORM_FEES)).toBe(250);
    expect(balances.get(TAX_PAYABLE)).toBe(25);
    expect(balances.get(WORLD)).toBe(-1_055);
    expect([...balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
    expect(() => applyTransactions([payTip('t1', 's1', m), payTip('t1', 's1', m)])).toThrow(/posted twice/);
  });

  it('fund then refund returns everything', () => {
    const m = splitMilestone(30_000, { withholding: false });
    const balances = applyTransactions([fundEscrow('m2', m), refundEscrow('m2', m)]);
    expect([...balances.entries()].filter(([, v]) => v !== 0)).toEqual([]);
  });

  it('refuses to post a key twice, to release unfunded escrow, and bad postings', () => {
    const m = splitMilestone(10_000, { withholding: false });
    expect(() => applyTransactions([fundEscrow('m3', m), fundEscrow('m3', m)])).toThrow(/posted twice/);
    expect(() => applyTransactions([releaseEscrow('m4', 'w', m)])).toThrow(/negative/);
    expect(() => applyTransactions([fundEscrow('m5', m), releaseEscrow('m5', 'w', m), refundEscrow('m5', m)])).toThrow(
      LedgerError,
    );
    expect(() => validateTransaction({ key: 'x', postings: [{ from: 'a', to: 'a', amount: 1 }] })).toThrow(/itself/);
    expect(() => validateTransaction({ key: 'x', postings: [{ from: 'a', to: 'b', amount: 1.5 }] })).toThrow(/integer/);
    expect(() => validateTransaction({ key: 'x', postings: [] })).toThrow(/no postings/);
  });

  it('property: any order of fund/release/refund keeps the ledger at zero and no user negative', () => {
    const step = fc.record({
      milestone: fc.integer({ min: 1, max: 5 }),
      action: fc.constantFrom('fund', 'release', 'refund'),
      amount: fc.integer({ min: 1000, max: 2_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, withholding) => {
        const txs = [];
        const state = new Map<number, { funded: boolean; settled: boolean; amount: number }>();
        for (const s of steps) {
          const current = state.get(s.milestone);
          const m = splitMilestone(current?.amount ?? s.amount, { withholding });
          if (s.action === 'fund' && !current) {
            txs.push(fundEscrow(`m${s.milestone}`, m));
            state.set(s.milestone, { funded: true, settled: false, amount: s.amount });
          } else if (s.action !== 'fund' && current?.funded && !current.settled) {
            txs.push(s.action === 'release' ? releaseEscrow(`m${s.milestone}`, 'worker', m) : refundEscrow(`m${s.milestone}`, m));
            current.settled = true;
          }
        }
        const balances = applyTransactions(txs);
        expect([...balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
        for (const [account, value] of balances) if (account !== WORLD) expect(value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
