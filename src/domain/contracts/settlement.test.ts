import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransactions, earningsOf, escrowOf, fundEscrow, settleEscrow, WORLD } from '../ledger/recipes';
import { DEFAULT_FEES, splitMilestone } from '../money/fees';
import { splitServiceOrder } from '../orders/money';
import { planSettlement, type SettledMilestone, settlementPart } from './settlement';

const milestone = (id: string, amount: number, status: SettledMilestone['status'] = 'funded'): SettledMilestone => ({
  id,
  status,
  amount,
  tax: splitMilestone(amount, { withholding: false }).tax,
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
          const plan = planSettlement(
            [{ id: 'm', status: 'funded', amount, tax: 0, escrow }],
            [{ milestoneId: 'm', workerAmount }],
            {
              withholding,
            },
          );
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

describe('the settlement of a service order (取引)', () => {
  // An order of ¥11,000 tax included: ¥10,000 and ¥1,000 of tax, escrow ¥11,605.
  const order = splitServiceOrder(11_000, DEFAULT_FEES);
  const m: SettledMilestone = { id: 'o', status: 'delivered', amount: order.amount, tax: order.tax, escrow: order.escrow };

  it('splits the worker part by the service fees, not the project fees', () => {
    const plan = planSettlement([m], [{ milestoneId: 'o', workerAmount: 5_000 }], { withholding: false, serviceOrder: true });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    // ¥5,000 + tax = ¥5,500 tax included: the seller pays 20% + tax (¥1,210), the buyer 5% + tax (¥302).
    const part = splitServiceOrder(5_500, DEFAULT_FEES);
    expect(part).toMatchObject({ workerFee: 1_100, workerFeeTax: 110, workerNet: 4_290, clientFee: 275, clientFeeTax: 27 });
    expect(plan.lines).toEqual([
      { milestoneId: 'o', workerAmount: 5_000, part, refund: order.escrow - part.escrow, escrow: order.escrow },
    ]);
  });

  it('takes the service rates where they differ from the project rates', () => {
    const fees = { ...DEFAULT_FEES, serviceSellerTiers: [{ upTo: null, rate: 100_000 }], serviceBuyerRate: 30_000 };
    const own = splitServiceOrder(11_000, fees);
    const row = { ...m, escrow: own.escrow };
    const plan = planSettlement([row], [{ milestoneId: 'o', workerAmount: 5_000 }], {
      withholding: false,
      fees,
      serviceOrder: true,
    });
    if (!plan.ok) throw new Error('refused');
    // 10% + tax of ¥5,500 from the seller, 3% + tax from the buyer.
    expect(plan.lines[0]?.part).toMatchObject({
      workerFee: 550,
      workerFeeTax: 55,
      workerNet: 4_895,
      clientFee: 165,
      clientFeeTax: 16,
    });
    const project = planSettlement([row], [{ milestoneId: 'o', workerAmount: 5_000 }], { withholding: false, fees });
    if (!project.ok) throw new Error('refused');
    expect(project.lines[0]?.part?.workerFee).toBe(1_100);
  });

  it("paying the whole amount reproduces the order's own split, also for prices that are no amount plus its tax", () => {
    expect(settlementPart(order.amount, order, { withholding: false, serviceOrder: true })).toEqual(order);
    const odd = splitServiceOrder(21, DEFAULT_FEES);
    expect(settlementPart(odd.amount, odd, { withholding: false, serviceOrder: true })).toEqual(odd);
  });

  it('any part of any order keeps the escrow whole: the parts and the refund add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 2_000_000 }), fc.integer({ min: 0, max: 100 }), (price, percent) => {
        const money = splitServiceOrder(price, DEFAULT_FEES);
        const row = { id: 'o', status: 'funded' as const, amount: money.amount, tax: money.tax, escrow: money.escrow };
        const workerAmount = Math.floor((money.amount * percent) / 100);
        const plan = planSettlement([row], [{ milestoneId: 'o', workerAmount }], { withholding: false, serviceOrder: true });
        if (!plan.ok) return false;
        const [line] = plan.lines;
        if (!line || line.refund < 0) return false;
        const balances = applyTransactions([fundEscrow('o', money), settleEscrow('o', 'w', money.escrow, line.part)]);
        return balances.get(escrowOf('o')) === 0 && (balances.get(earningsOf('w')) ?? 0) === (line.part?.workerNet ?? 0);
      }),
    );
  });
});
