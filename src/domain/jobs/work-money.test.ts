import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransactions, closeCompetition, fundJobEscrow, jobEscrowOf, WORLD } from '../ledger/recipes';
import { DEFAULT_FEES } from '../money/fees';
import {
  includedTax,
  rejectionAllowed,
  sharePrize,
  splitPrize,
  splitTaskUnit,
  submissionsUntilRejection,
  workerRejectionAllowed,
} from './work-money';

const parts = (m: ReturnType<typeof splitTaskUnit>) => m.workerNet + m.workerFee + m.workerFeeTax + m.clientFee + m.clientFeeTax;

describe('task and competition money', () => {
  it('takes the consumption tax out of a tax-included price', () => {
    expect(includedTax(1100)).toBe(100);
    expect(includedTax(5)).toBe(0);
    expect(includedTax(11)).toBe(1);
    expect(includedTax(33_000)).toBe(3000);
  });

  it('splits a task slot with the flat task fee', () => {
    // ¥100 per submission: worker fee 20% = 20, its tax 2; client fee 5% = 5, its tax 0.
    expect(splitTaskUnit(100, DEFAULT_FEES)).toEqual({
      gross: 100,
      tax: 9,
      clientFee: 5,
      clientFeeTax: 0,
      workerFee: 20,
      workerFeeTax: 2,
      workerNet: 78,
      escrow: 105,
    });
    // The smallest unit price still pays the worker something.
    expect(splitTaskUnit(5, DEFAULT_FEES).workerNet).toBe(4);
  });

  it('splits a prize with the tiers of project work', () => {
    // ¥30,000: worker fee 20% = 6,000 + tax 600; client fee 1,500 + tax 150.
    expect(splitPrize(30_000, DEFAULT_FEES)).toMatchObject({
      workerFee: 6000,
      workerFeeTax: 600,
      workerNet: 23_400,
      clientFee: 1500,
      clientFeeTax: 150,
      escrow: 31_650,
    });
    // Above ¥100,000 the second tier applies to the part above it.
    expect(splitPrize(150_000, DEFAULT_FEES).workerFee).toBe(20_000 + 5000);
  });

  it('always adds up to exactly what the client paid for the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 10_000_000 }), (price) => {
        for (const m of [splitTaskUnit(price, DEFAULT_FEES), splitPrize(price, DEFAULT_FEES)]) {
          expect(parts(m)).toBe(m.escrow);
          expect(m.workerNet).toBeGreaterThanOrEqual(0);
          expect(m.tax).toBeLessThanOrEqual(m.gross);
        }
      }),
    );
  });

  it('caps rejections at 30% of the submissions, counting the one being rejected', () => {
    const limit = 300_000;
    // One, two or three submissions: rejecting one would be 100%, 50%, 33%.
    expect(rejectionAllowed({ submissions: 1, rejected: 0 }, limit)).toBe(false);
    expect(rejectionAllowed({ submissions: 3, rejected: 0 }, limit)).toBe(false);
    // Four submissions: 1 of 4 = 25%.
    expect(rejectionAllowed({ submissions: 4, rejected: 0 }, limit)).toBe(true);
    // Ten submissions: 3 of 10 = 30% is allowed, a fourth is not.
    expect(rejectionAllowed({ submissions: 10, rejected: 2 }, limit)).toBe(true);
    expect(rejectionAllowed({ submissions: 10, rejected: 3 }, limit)).toBe(false);
    expect(submissionsUntilRejection({ submissions: 10, rejected: 3 }, limit)).toBe(4);
    expect(submissionsUntilRejection({ submissions: 1, rejected: 0 }, limit)).toBe(3);
    expect(submissionsUntilRejection({ submissions: 4, rejected: 0 }, limit)).toBe(0);
    // A limit of 0 forbids rejecting; 100% allows rejecting everything.
    expect(rejectionAllowed({ submissions: 100, rejected: 0 }, 0)).toBe(false);
    expect(submissionsUntilRejection({ submissions: 100, rejected: 0 }, 0)).toBeNull();
    expect(rejectionAllowed({ submissions: 1, rejected: 0 }, 1_000_000)).toBe(true);
  });

  it('counts the cap per worker too: one worker sending junk can be turned down whole', () => {
    const limit = 300_000;
    // Four workers, one of whom sent 7 of the 10 submissions (the task allows 7 each).
    const base = { submissions: 10, workers: 4 };
    // By submissions alone, 3 of 10 and no more.
    expect(workerRejectionAllowed({ ...base, rejected: 3, rejectedWorkers: 1 }, true, limit)).toBe(true);
    // Counted per worker: that worker is one of four (25%), so all seven may go.
    expect(workerRejectionAllowed({ ...base, rejected: 6, rejectedWorkers: 1 }, true, limit)).toBe(true);
    // But a second worker would be 2 of 4 (50%): their work stays protected.
    expect(workerRejectionAllowed({ ...base, rejected: 7, rejectedWorkers: 1 }, false, limit)).toBe(false);
    // One submission each: both counts agree, as before.
    const single = { submissions: 10, workers: 10 };
    expect(workerRejectionAllowed({ ...single, rejected: 3, rejectedWorkers: 3 }, false, limit)).toBe(false);
    expect(workerRejectionAllowed({ ...single, rejected: 2, rejectedWorkers: 2 }, false, limit)).toBe(true);
    // A sole worker is protected by the submission count only (3 of 10).
    expect(workerRejectionAllowed({ submissions: 10, workers: 1, rejected: 2, rejectedWorkers: 1 }, true, limit)).toBe(true);
    expect(workerRejectionAllowed({ submissions: 10, workers: 1, rejected: 3, rejectedWorkers: 1 }, true, limit)).toBe(false);
  });

  it('never lets the rejections exceed the limit, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), fc.integer({ min: 0, max: 1_000_000 }), (wishes, limit) => {
        let submissions = 0;
        let rejected = 0;
        for (const wantsReject of wishes) {
          submissions += 1;
          if (wantsReject && rejectionAllowed({ submissions, rejected }, limit)) rejected += 1;
          expect(rejected * 1_000_000).toBeLessThanOrEqual(submissions * limit);
        }
      }),
    );
  });

  it('shares an unchosen prize exactly, the odd yen to the earliest entrants', () => {
    expect(sharePrize(10_000, 3)).toEqual([3334, 3333, 3333]);
    expect(sharePrize(10_000, 1)).toEqual([10_000]);
    expect(() => sharePrize(10_000, 0)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 5000, max: 10_000_000 }), fc.integer({ min: 1, max: 500 }), (prize, n) => {
        const shares = sharePrize(prize, n);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(prize);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('empties the escrow whatever way a competition ends', () => {
    const prize = splitPrize(30_000, DEFAULT_FEES);
    const shares = sharePrize(30_000, 4).map((g, i) => ({ workerId: `w${i}`, money: splitPrize(g, DEFAULT_FEES) }));
    const noWinner = closeCompetition('j', { kind: 'no_winner', money: prize });
    const outcomes = [
      closeCompetition('j', { kind: 'winner', workerId: 'w', money: prize }),
      noWinner,
      closeCompetition('j', { kind: 'no_entries', escrow: prize.escrow }),
      closeCompetition('j', { kind: 'shared', shares, clientFee: prize.clientFee, clientFeeTax: prize.clientFeeTax }),
    ];
    for (const close of outcomes) {
      const balances = applyTransactions([fundJobEscrow('j', prize.escrow), close]);
      expect(balances.get(jobEscrowOf('j'))).toBe(0);
      expect([...balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
      expect(close.key).toBe('competition_close:j');
    }
    // Without a winner the client gets the prize back and the client fee is kept.
    const refunded = applyTransactions([fundJobEscrow('j', prize.escrow), noWinner]);
    expect(refunded.get(WORLD)).toBe(-(prize.clientFee + prize.clientFeeTax));
  });
});
