// The double-entry ledger as pure data: accounts are addresses, a transaction is a set of
// postings (from → to, integer yen) with a unique business key, so it can never post
// twice. Only the external `world` account may go negative; a transaction always nets
// to zero because every posting leaves one account and enters another.
import type { UnitMoney } from '../jobs/work-money';
import type { MilestoneMoney } from '../money/fees';
import type { TipMoney } from '../orders/tips';

export const WORLD = 'world';
export const PLATFORM_FEES = 'platform:fees';
export const TAX_PAYABLE = 'platform:tax-payable';
export const WITHHOLDING_PAYABLE = 'platform:withholding-payable';
/** The service's own accounts: in nearly every posting, so their cached balance is spread. */
export const SERVICE_ACCOUNTS: readonly string[] = [WORLD, PLATFORM_FEES, TAX_PAYABLE, WITHHOLDING_PAYABLE];
export const isServiceAccount = (account: string) => SERVICE_ACCOUNTS.includes(account);
export const escrowOf = (milestoneId: string) => `escrow:${milestoneId}`;
export const earningsOf = (userId: string) => `earnings:${userId}`;
/** The escrow of a task or competition posting: the whole budget, paid at publishing. */
export const jobEscrowOf = (jobId: string) => `escrow:job:${jobId}`;
/** Money on its way to a member's bank account: one account per payout request. */
export const payoutOf = (requestId: string) => `payout:${requestId}`;

export interface Posting {
  from: string;
  to: string;
  amount: number;
}

export interface LedgerTransaction {
  /** Business key, unique across the ledger: `escrow_release:<milestone>` … */
  key: string;
  postings: Posting[];
}

export class LedgerError extends Error {}

/** Refuses empty transactions, non-integer or non-positive amounts and self-postings. */
export function validateTransaction(tx: LedgerTransaction): LedgerTransaction {
  if (!tx.key) throw new LedgerError('a transaction needs a business key');
  if (tx.postings.length === 0) throw new LedgerError(`${tx.key}: no postings`);
  for (const p of tx.postings) {
    if (!Number.isSafeInteger(p.amount) || p.amount <= 0)
      throw new LedgerError(`${tx.key}: amount ${p.amount} is not a positive integer`);
    if (p.from === p.to) throw new LedgerError(`${tx.key}: posting from ${p.from} to itself`);
  }
  return tx;
}

/** Drops zero postings (a fee of ¥0 moves nothing) and validates the rest. */
function transaction(key: string, postings: Posting[]): LedgerTransaction {
  return validateTransaction({ key, postings: postings.filter((p) => p.amount > 0) });
}

/** The client pays the milestone amount, its tax and the client fee into escrow (仮払い). */
export function fundEscrow(milestoneId: string, money: MilestoneMoney): LedgerTransaction {
  return transaction(`escrow_fund:${milestoneId}`, [{ from: WORLD, to: escrowOf(milestoneId), amount: money.escrow }]);
}

/** Acceptance (検収) releases escrow: the worker's net, the fees, the tax and the withholding. */
export function releaseEscrow(milestoneId: string, workerId: string, money: MilestoneMoney): LedgerTransaction {
  const escrow = escrowOf(milestoneId);
  return transaction(`escrow_release:${milestoneId}`, [
    { from: escrow, to: earningsOf(workerId), amount: money.workerNet },
    { from: escrow, to: PLATFORM_FEES, amount: money.workerFee + money.clientFee },
    { from: escrow, to: TAX_PAYABLE, amount: money.workerFeeTax + money.clientFeeTax },
    { from: escrow, to: WITHHOLDING_PAYABLE, amount: money.withholding },
  ]);
}

/** A refund returns the whole escrow to the client. */
export function refundEscrow(milestoneId: string, money: MilestoneMoney): LedgerTransaction {
  return transaction(`escrow_refund:${milestoneId}`, [{ from: escrowOf(milestoneId), to: WORLD, amount: money.escrow }]);
}

/**
 * A partial settlement (途中解消, or staff settling a dispute): the worker is paid for
 * `part` (a milestone of the agreed smaller amount, with its own fees and withholding)
 * and the rest of the escrow goes back to the client. `part` null is a full refund.
 */
export function settleEscrow(
  milestoneId: string,
  workerId: string,
  escrowTotal: number,
  part: MilestoneMoney | null,
): LedgerTransaction {
  const key = `escrow_settle:${milestoneId}`;
  if (!part) return transaction(key, [{ from: escrowOf(milestoneId), to: WORLD, amount: escrowTotal }]);
  if (part.escrow > escrowTotal) throw new LedgerError(`${key}: part exceeds the escrow`);
  const escrow = escrowOf(milestoneId);
  return transaction(key, [
    { from: escrow, to: earningsOf(workerId), amount: part.workerNet },
    { from: escrow, to: PLATFORM_FEES, amount: part.workerFee + part.clientFee },
    { from: escrow, to: TAX_PAYABLE, amount: part.workerFeeTax + part.clientFeeTax },
    { from: escrow, to: WITHHOLDING_PAYABLE, amount: part.withholding },
    { from: escrow, to: WORLD, amount: escrowTotal - part.escrow },
  ]);
}

/**
 * A tip (おひねり) paid by the buyer: it holds no escrow (nothing is waited for), so the
 * money comes from the outside world straight to the seller's net, the fees and their tax.
 */
export function payTip(tipId: string, sellerId: string, money: TipMoney): LedgerTransaction {
  return transaction(`tip_pay:${tipId}`, [
    { from: WORLD, to: earningsOf(sellerId), amount: money.sellerNet },
    { from: WORLD, to: PLATFORM_FEES, amount: money.sellerFee + money.buyerFee },
    { from: WORLD, to: TAX_PAYABLE, amount: money.sellerFeeTax + money.buyerFeeTax },
  ]);
}

/** A payout request (振込申請) takes the amount out of the earnings balance. */
export function requestPayout(requestId: string, userId: string, amount: number): LedgerTransaction {
  return transaction(`payout_request:${requestId}`, [{ from: earningsOf(userId), to: payoutOf(requestId), amount }]);
}

/** The bank transferred it: the net leaves for the outside world, the fee is the platform's. */
export function payoutPaid(requestId: string, net: number, fee: number): LedgerTransaction {
  return transaction(`payout_paid:${requestId}`, [
    { from: payoutOf(requestId), to: WORLD, amount: net },
    { from: payoutOf(requestId), to: PLATFORM_FEES, amount: fee },
  ]);
}

/** The transfer failed: the whole amount goes back to the earnings balance. */
export function payoutFailed(requestId: string, userId: string, amount: number): LedgerTransaction {
  return transaction(`payout_failed:${requestId}`, [{ from: payoutOf(requestId), to: earningsOf(userId), amount }]);
}

/** The client pays a task's or competition's whole budget into its escrow when publishing. */
export function fundJobEscrow(jobId: string, amount: number): LedgerTransaction {
  return transaction(`job_fund:${jobId}`, [{ from: WORLD, to: jobEscrowOf(jobId), amount }]);
}

/** One unit of work paid from a posting's escrow: the worker's net, the fees and their tax. */
function payUnit(escrow: string, workerId: string, money: UnitMoney): Posting[] {
  return [
    { from: escrow, to: earningsOf(workerId), amount: money.workerNet },
    { from: escrow, to: PLATFORM_FEES, amount: money.workerFee + money.clientFee },
    { from: escrow, to: TAX_PAYABLE, amount: money.workerFeeTax + money.clientFeeTax },
  ];
}

/** An approved task submission (承認) is paid one unit. */
export function approveTaskSubmission(
  submissionId: string,
  jobId: string,
  workerId: string,
  money: UnitMoney,
): LedgerTransaction {
  return transaction(`task_approve:${submissionId}`, payUnit(jobEscrowOf(jobId), workerId, money));
}

/**
 * Escrow going back to the client: the unused slots when a task closes (`reason` is the
 * job id), one slot for a submission rejected or withdrawn after closing (the submission
 * id), or everything left when a posting is cancelled.
 */
export function refundJobEscrow(
  kind: 'task_refund' | 'job_cancel',
  reason: string,
  jobId: string,
  amount: number,
): LedgerTransaction {
  return transaction(`${kind}:${reason}`, [{ from: jobEscrowOf(jobId), to: WORLD, amount }]);
}

export type CompetitionOutcome =
  | { kind: 'winner'; workerId: string; money: UnitMoney }
  /** The client did not choose in time: the prize is shared by the entrants. */
  | { kind: 'shared'; shares: { workerId: string; money: UnitMoney }[]; clientFee: number; clientFeeTax: number }
  /** Closed without a winner where the rules allow it: the prize is refunded, the client fee kept. */
  | { kind: 'no_winner'; money: UnitMoney }
  /** Nobody entered: everything goes back. */
  | { kind: 'no_entries'; escrow: number };

/** A competition ends exactly once: one business key whatever the outcome. */
export function closeCompetition(jobId: string, outcome: CompetitionOutcome): LedgerTransaction {
  const escrow = jobEscrowOf(jobId);
  const key = `competition_close:${jobId}`;
  switch (outcome.kind) {
    case 'winner':
      return transaction(key, payUnit(escrow, outcome.workerId, outcome.money));
    case 'shared':
      return transaction(key, [
        ...outcome.shares.flatMap((s) => [
          { from: escrow, to: earningsOf(s.workerId), amount: s.money.workerNet },
          { from: escrow, to: PLATFORM_FEES, amount: s.money.workerFee },
          { from: escrow, to: TAX_PAYABLE, amount: s.money.workerFeeTax },
        ]),
        { from: escrow, to: PLATFORM_FEES, amount: outcome.clientFee },
        { from: escrow, to: TAX_PAYABLE, amount: outcome.clientFeeTax },
      ]);
    case 'no_winner':
      return transaction(key, [
        { from: escrow, to: WORLD, amount: outcome.money.gross },
        { from: escrow, to: PLATFORM_FEES, amount: outcome.money.clientFee },
        { from: escrow, to: TAX_PAYABLE, amount: outcome.money.clientFeeTax },
      ]);
    case 'no_entries':
      return transaction(key, [{ from: escrow, to: WORLD, amount: outcome.escrow }]);
  }
}

/** Balances after applying transactions in order; refuses a repeated key or a user balance below zero. */
export function applyTransactions(
  transactions: LedgerTransaction[],
  start: Map<string, number> = new Map(),
): Map<string, number> {
  const balances = new Map(start);
  const seen = new Set<string>();
  for (const tx of transactions) {
    if (seen.has(tx.key)) throw new LedgerError(`${tx.key}: posted twice`);
    seen.add(tx.key);
    for (const p of validateTransaction(tx).postings) {
      balances.set(p.from, (balances.get(p.from) ?? 0) - p.amount);
      balances.set(p.to, (balances.get(p.to) ?? 0) + p.amount);
    }
    for (const [account, balance] of balances) {
      if (account !== WORLD && balance < 0) throw new LedgerError(`${tx.key}: ${account} would go negative (${balance})`);
    }
  }
  return balances;
}
