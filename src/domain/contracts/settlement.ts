// How the escrow of a contract that ends early (途中解消, or a dispute settled by staff) is
// divided. A settlement names, for every milestone whose money is in escrow, the amount
// before tax the worker is paid for the work done (0 = full refund, the whole amount =
// paid in full). Fees and withholding are computed on that amount exactly as for a
// milestone of that size; everything else goes back to the client. Nothing is decided
// silently: a milestone left out of the settlement is an error, not a default.
import { DEFAULT_FEES, type FeeSchedule, type MilestoneMoney, splitMilestone } from '../money/fees';
import { consumptionTax } from '../money/yen';
import { splitServiceOrder } from '../orders/money';
import { ESCROWED, type MilestoneStatus } from './process';

export interface SettledMilestone {
  id: string;
  status: MilestoneStatus;
  /** Agreed amount before tax. */
  amount: number;
  /** Its consumption tax. */
  tax: number;
  /** Yen held in escrow for it. */
  escrow: number;
}

export type SettlementInput = { milestoneId: string; workerAmount: number }[];

export type SettlementProblem =
  | { code: 'settlement-milestone-unknown'; milestoneId: string }
  | { code: 'settlement-milestone-missing'; milestoneId: string }
  | { code: 'settlement-milestone-twice'; milestoneId: string }
  | { code: 'settlement-amount-invalid'; milestoneId: string; max: number };

export interface SettlementLine {
  milestoneId: string;
  workerAmount: number;
  /** The worker's part as a milestone of its own (null when nothing goes to the worker). */
  part: MilestoneMoney | null;
  /** Yen that go back to the client. */
  refund: number;
  escrow: number;
}

export type SettlementPlan = { ok: true; lines: SettlementLine[] } | { ok: false; problem: SettlementProblem };

export interface SplitOptions {
  withholding: boolean;
  fees?: FeeSchedule;
  /** The contract carries a service order (取引): the part is split by the service fees. */
  serviceOrder?: boolean;
}

/**
 * The worker's part of a milestone paid `workerAmount` (before tax) in a settlement, split
 * as a milestone of that size would be: a project's by the project fees, an order's by the
 * service fees on the part's tax-included price. Paying the whole amount reproduces the
 * milestone's own split exactly (an order's price is its amount and the tax it contained).
 */
export function settlementPart(
  workerAmount: number,
  milestone: { amount: number; tax: number },
  options: SplitOptions,
): MilestoneMoney {
  if (!options.serviceOrder) return splitMilestone(workerAmount, options);
  const price =
    workerAmount === milestone.amount
      ? milestone.amount + milestone.tax
      : Math.min(workerAmount + consumptionTax(workerAmount), milestone.amount + milestone.tax);
  return splitServiceOrder(price, options.fees ?? DEFAULT_FEES);
}

export function planSettlement(
  milestones: readonly SettledMilestone[],
  input: SettlementInput,
  options: SplitOptions,
): SettlementPlan {
  const escrowed = milestones.filter((m) => ESCROWED.includes(m.status));
  const seen = new Set<string>();
  for (const line of input) {
    const m = escrowed.find((x) => x.id === line.milestoneId);
    if (!m) return { ok: false, problem: { code: 'settlement-milestone-unknown', milestoneId: line.milestoneId } };
    if (seen.has(m.id)) return { ok: false, problem: { code: 'settlement-milestone-twice', milestoneId: m.id } };
    seen.add(m.id);
    if (!Number.isSafeInteger(line.workerAmount) || line.workerAmount < 0 || line.workerAmount > m.amount)
      return { ok: false, problem: { code: 'settlement-amount-invalid', milestoneId: m.id, max: m.amount } };
  }
  const missing = escrowed.find((m) => !seen.has(m.id));
  if (missing) return { ok: false, problem: { code: 'settlement-milestone-missing', milestoneId: missing.id } };

  const lines = escrowed.map((m) => {
    const workerAmount = input.find((l) => l.milestoneId === m.id)?.workerAmount ?? 0;
    // Paying the whole amount reproduces the milestone's own split exactly.
    const part = workerAmount > 0 ? settlementPart(workerAmount, m, options) : null;
    const refund = m.escrow - (part?.escrow ?? 0);
    return { milestoneId: m.id, workerAmount, part, refund, escrow: m.escrow };
  });
  return { ok: true, lines };
}
