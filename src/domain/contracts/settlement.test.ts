import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransactions, earningsOf, escrowOf, fundEscrow, settleEscrow, WORLD } from '../ledger/recipes';
import { splitMilestone } from '../money/fees';
import { planSettlement, type SettledMilestone } from './settlement';

const milestone = (id: string, amount: number, status: SettledMilestone['status'] = 'funded'): SettledMilestone => ({
  id,
  status,
  amount,
  escrow: splitMilestone(amount, { withholding: false }).escrow,
});

describe('planSettlement', () => {
  it('pays the worker part with its own fees and refunds the rest', () => {
    const plan = planSettlement([milestone('a', 30_000)], [{ milestoneId: 'a', workerAmount: 12_000 }], { withholding: false });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const part = splitMilestone(12_000, { withholding: false });
    expect(plan.lines).toEqual([{ milestoneId: 'a', workerAmount: 12_000, part, refund: 34_815 - part.escrow, escrow: 34_815 }]);
  });

  it('0 is a full refund and the whole amount reproduces the milestone split', () => {
    const plan = planSettlement(
      [milestone('a', 10_000), milestone('b', 10_000, 'delivered')],
      [
        { milestoneId: 'a', workerAmount: 0 },
        { milestoneId: 'b', workerAmount: 10_000 },
      ],
      { withholding: false },
    );
    if (!plan.ok) throw new Error('refused');
    expect(plan.lines[0]).toMatchObject({ part: null, refund: 11_605 });
    expect(plan.lines[1]).toMatchObject({ part: splitMilestone(10_000, { withholding: false }), refund: 0 });
  });

  it.each([
    [
      'a milestone not in escrow',
      [milestone('a', 10_000, 'paid')],
      [{ milestoneId: 'a', workerAmount: 0 }],
      'settlement-milestone-unknown',
    ],
    ['an unknown id', [milestone('a', 10_000)], [{ milestoneId: 'x', workerAmount: 0 }], 'settlement-milestone-unknown'],
    [
      'a missing milestone',
      [milestone('a', 10_000), milestone('b', 5_000)],
      [{ milestoneId: 'a', workerAmount: 0 }],
      'settlement-milestone-missing',
    ],
    [
      'the same milestone twice',
      [milestone('a', 10_000)],
      [
        { milestoneId: 'a', workerAmount: 0 },
        { milestoneId: 'a', workerAmount: 1 },
      ],
      'settlement-milestone-twice',
    ],
    ['more than the amount', [milestone('a', 10_000)], [{ milestoneId: 'a', workerAmount: 10_001 }], 'settlement-amount-invalid'],
    ['a negative amount', [milestone('a', 10_000)], [{ milestoneId: 'a', workerAmount: -1 }], 'settlement-amount-invalid'],
    ['a fraction', [milestone('a', 10_000)], [{ milestoneId: 'a', workerAmount: 0.5 }], 'settlement-amount-invalid'],
  ] as const)('refuses %s', (_name, milestones, input, code) => {
    const plan = planSettlement(milestones, [...input], { withholding: false });
    expect(plan.ok ? null : plan.problem.code).toBe(code);
  });

  it('property: worker part and refund always add up to the escrow, and the ledger ends balanced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 5_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (amount, percent, withholding) => {
          const escrow = splitMilestone(amount, { withholding }).escrow;
          const workerAmount = Math.floor((amount * percent) / 100);
          const plan = planSettlement([{ id: 'm', status: 'funded', amount, escrow }], [{ milestoneId: 'm', workerAmount }], {
            withholding,
          });
          if (!plan.ok) return false;
          const [line] = plan.lines;
          if (!line || line.refund < 0) return false;
          const balances = applyTransactions([
            fundEscrow('m', splitMilestone(amount, { withholding })),
            settleEscrow('m', 'w', escrow, line.part),
          ]);
          return (
            balances.get(escrowOf('m')) === 0 &&
            (balances.get(earningsOf('w')) ?? 0) === (line.part?.workerNet ?? 0) &&
            balances.get(WORLD) === -(line.part?.escrow ?? 0) &&
            [...balances.values()].reduce((a, b) => a + b, 0) === 0
          );
        },
      ),
    );
  });
});
