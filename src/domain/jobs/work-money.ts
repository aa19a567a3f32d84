// Money of task (タスク形式) and competition (コンペ形式) work. Both are paid for up front:
// publishing escrows the whole budget, so a worker who does the work is always paid from
// money that is already there. Prices are as the client wrote them: tax included.
//
// A task's escrow is `slots × unit escrow`; each approved submission releases exactly one
// unit, each unused or rejected slot refunds exactly one unit, so the parts always add up
// to what the client paid. A competition escrows one unit: the prize with its client fee.
import { type FeeSchedule, tieredFee } from '../money/fees';
import { applyRate, assertYen, consumptionTax, type RatePpm } from '../money/yen';

export interface UnitMoney {
  /** The price of one unit as posted, consumption tax included (task unit price, prize, a share). */
  gross: number;
  /** The consumption tax included in `gross` (the worker's, as the seller). */
  tax: number;
  clientFee: number;
  clientFeeTax: number;
  workerFee: number;
  workerFeeTax: number;
  /** What reaches the worker's earnings balance. */
  workerNet: number;
  /** What the client pays into escrow for the unit: gross + client fee + its tax. */
  escrow: number;
}

/** The consumption tax contained in a tax-included price (10/110, rounded down). */
export function includedTax(gross: number): number {
  assertYen(gross);
  return Math.floor((gross * 10) / 110);
}

function unit(gross: number, workerFee: number, clientRate: RatePpm): UnitMoney {
  const clientFee = applyRate(gross, clientRate);
  const clientFeeTax = consumptionTax(clientFee);
  const workerFeeTax = consumptionTax(workerFee);
  const workerNet = gross - workerFee - workerFeeTax;
  if (workerNet < 0) throw new RangeError('fees exceed the amount');
  return {
    gross,
    tax: includedTax(gross),
    clientFee,
    clientFeeTax,
    workerFee,
    workerFeeTax,
    workerNet,
    escrow: gross + clientFee + clientFeeTax,
  };
}

/** One task slot: the worker's fee is a flat rate (tasks are small and many). */
export function splitTaskUnit(unitPrice: number, fees: FeeSchedule): UnitMoney {
  assertYen(unitPrice);
  return unit(unitPrice, applyRate(unitPrice, fees.taskWorkerRate), fees.clientRate);
}

/** A competition prize (or one share of it): the worker's fee follows the tiers of project work. */
export function splitPrize(prize: number, fees: FeeSchedule): UnitMoney {
  assertYen(prize);
  return unit(prize, tieredFee(prize, fees.workerTiers), fees.clientRate);
}

/**
 * The rejection cap (非承認の上限): a client may reject at most `limit` of the submissions
 * they received, so a task cannot be used to collect work for free. Counts every
 * submission not withdrawn by its worker, including the one about to be rejected.
 */
export function rejectionAllowed(counts: { submissions: number; rejected: number }, limit: RatePpm): boolean {
  return (counts.rejected + 1) * 1_000_000 <= counts.submissions * limit;
}

/** What a task received, for the rejection cap: submissions and the workers who made them. */
export interface TaskReceived {
  /** Submissions not withdrawn, and how many of them were rejected. */
  submissions: number;
  rejected: number;
  /** Workers with a submission not withdrawn, and how many of them had one rejected. */
  workers: number;
  rejectedWorkers: number;
}

/** Counts a task's submissions (withdrawn ones do not count) and the workers already rejected. */
export function taskReceived(submissions: readonly { workerId: string; status: string }[]): {
  received: TaskReceived;
  rejectedWorkerIds: Set<string>;
} {
  const live = submissions.filter((s) => s.status !== 'withdrawn');
  const rejected = live.filter((s) => s.status === 'rejected');
  const rejectedWorkerIds = new Set(rejected.map((s) => s.workerId));
  return {
    received: {
      submissions: live.length,
      rejected: rejected.length,
      workers: new Set(live.map((s) => s.workerId)).size,
      rejectedWorkers: rejectedWorkerIds.size,
    },
    rejectedWorkerIds,
  };
}

/**
 * The rejection cap counted per worker as well: rejecting a submission of `worker` is
 * allowed when it keeps the rejected submissions within `limit` of the submissions
 * received (rejectionAllowed), or keeps the workers with a rejection within `limit` of
 * the workers who submitted. A worker already rejected once does not count again, so a
 * client can turn down everything one junk-submitting worker sent, as long as such
 * workers stay within the cap, while most workers' work stays protected. With one
 * submission per worker (the default) both counts are the same.
 */
export function workerRejectionAllowed(received: TaskReceived, workerAlreadyRejected: boolean, limit: RatePpm): boolean {
  if (rejectionAllowed(received, limit)) return true;
  const rejectedWorkers = received.rejectedWorkers + (workerAlreadyRejected ? 0 : 1);
  return rejectedWorkers * 1_000_000 <= received.workers * limit;
}

/**
 * How many more submissions the client must receive before one more rejection is
 * allowed (0 when it is allowed now), so a refusal can say exactly when.
 */
export function submissionsUntilRejection(counts: { submissions: number; rejected: number }, limit: RatePpm): number | null {
  if (limit <= 0) return null;
  const needed = Math.ceil(((counts.rejected + 1) * 1_000_000) / limit);
  return Math.max(0, needed - counts.submissions);
}

/**
 * When a competition ends without the client choosing (選定期限切れ), the prize is shared
 * equally by everyone who entered: the yen that do not divide go one each to the earliest
 * entrants, so the shares add up to the prize exactly.
 */
export function sharePrize(prize: number, entrants: number): number[] {
  assertYen(prize);
  if (!Number.isSafeInteger(entrants) || entrants < 1) throw new RangeError('at least one entrant is needed');
  const base = Math.floor(prize / entrants);
  const rest = prize - base * entrants;
  return Array.from({ length: entrants }, (_, i) => base + (i < rest ? 1 : 0));
}

/**
 * Days before a deadline that acts by itself — the auto-approval of a closed task's
 * unjudged submissions, the end of a competition's selection period — on which the
 * client is reminded.
 */
export const JUDGING_REMINDER_DAYS: readonly number[] = [3, 1];

/** What the client's list of a task's submissions tells about judging them. */
export interface RejectionAllowance {
  counts: { pending: number; approved: number; rejected: number };
  /** The pending submissions the client may reject now (the cap counted per worker too). */
  rejectable: ReadonlySet<string>;
  rejection: {
    /** The cap as a percentage of the submissions received. */
    limitPercent: number;
    /** Whether one more rejection keeps within the cap counted over submissions. */
    allowedNow: boolean;
    /** Submissions still to receive before the next rejection (0: now), null when none is ever allowed. */
    submissionsUntilNext: number | null;
  };
}

/** The rejection cap applied to a task's submissions, as the client's list shows it. */
export function rejectionAllowance(
  submissions: readonly { id: string; workerId: string; status: string }[],
  limit: RatePpm,
): RejectionAllowance {
  const count = (status: string) => submissions.filter((s) => s.status === status).length;
  const { received, rejectedWorkerIds } = taskReceived(submissions);
  const rejectable = new Set(
    submissions
      .filter((s) => s.status === 'pending' && workerRejectionAllowed(received, rejectedWorkerIds.has(s.workerId), limit))
      .map((s) => s.id),
  );
  return {
    counts: { pending: count('pending'), approved: count('approved'), rejected: count('rejected') },
    rejectable,
    rejection: {
      limitPercent: limit / 10_000,
      allowedNow: rejectionAllowed(received, limit),
      submissionsUntilNext: submissionsUntilRejection(received, limit),
    },
  };
}
