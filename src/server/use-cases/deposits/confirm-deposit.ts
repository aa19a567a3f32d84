// Staff (finance or admin) confirm that a client's bank transfer arrived: the deposit is
// confirmed and the milestone's escrow funded (or the posting's, or a tip paid) in one transaction, and the action is
// audited. The amount seen on the bank statement must match; anything else is settled
// with the client first, never by guessing. Never by a staff member who is a party
// (staff-conflicts.ts).
//
// The payment provider's webhook confirms through this same step (no staff member: the
// system, with the provider's reference), storing its event in the same transaction.
import { DEPOSIT_TRANSITIONS, type DepositStatus, PROVIDER_METHODS } from '../../../domain/deposits/process';
import { AppError } from '../../../domain/errors';
import { lockContract, lockMilestone } from '../../contracts/core';
import { fundMilestoneNow } from '../../contracts/funding';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import { applyTransition } from '../../db/transition';
import type { Deps } from '../../deps';
import { lockWorkJob } from '../../jobs/escrow';
import { fundJobNow } from '../../jobs/escrow-funding';
import { payTipNow } from '../../orders/tips';
import { assertNotParty } from '../../staff/conflicts';

export interface ConfirmDepositInput {
  /** The staff member who saw the money arrive; null when the payment provider reported it. */
  staffId: string | null;
  depositId: string;
  receivedAmount: number;
  /** The provider's payment, when the provider confirms: it must be the deposit's. */
  providerRef?: string;
  /**
   * Runs first in the transaction (the provider's event row); when it answers false the
   * event was already applied and nothing else happens.
   */
  first?: (trx: Db) => Promise<boolean>;
}

/** True when this call confirmed the deposit (false: `first` said it was done before). */
export async function confirmDeposit(deps: Deps, input: ConfirmDepositInput): Promise<boolean> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    if (input.first && !(await input.first(trx))) return false;
    const deposit = await trx
      .selectFrom('deposits')
      .select(['id', 'milestone_id', 'job_id', 'tip_id', 'amount', 'status', 'method', 'reference', 'provider_ref'])
      .where('id', '=', input.depositId)
      .executeTakeFirst();
    if (!deposit) throw new AppError('not-found');
    if (input.providerRef !== undefined && deposit.provider_ref !== input.providerRef) throw new AppError('not-found');
    // A card or konbini payment is confirmed by the provider alone, never by hand.
    if (input.providerRef === undefined && PROVIDER_METHODS.includes(deposit.method))
      throw new AppError('deposit-transition-invalid');
    if (deposit.job_id) {
      await confirmJobDeposit(trx, deps, { ...input, deposit: { ...deposit, job_id: deposit.job_id } }, now);
      return true;
    }
    if (deposit.tip_id) {
      await confirmTipDeposit(trx, deps, { ...input, deposit: { ...deposit, tip_id: deposit.tip_id } }, now);
      return true;
    }
    const { contract, milestone } = await lockMilestone(trx, deposit.milestone_id ?? '');
    notParty(input.staffId, [contract.client_id, contract.worker_id]);
    if (input.receivedAmount !== deposit.amount) throw new AppError('deposit-amount-mismatch');
    await confirmTransfer(trx, input.staffId, deposit, now);
    // Money that arrived while a dispute froze the contract still funds the milestone:
    // it is in escrow either way, and staff settle the escrow.
    await fundMilestoneNow(
      trx,
      deps,
      { contract, milestone, depositId: deposit.id, actor: actorOf(input.staffId), actorId: input.staffId },
      now,
    );
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'deposit.confirm',
      subjectType: 'deposit',
      subjectId: deposit.id,
      data: { amount: deposit.amount, reference: deposit.reference, contractId: contract.id, milestoneId: milestone.id },
      now,
    });
    return true;
  });
}

const actorOf = (staffId: string | null) => (staffId ? ('staff' as const) : ('system' as const));

/** A staff member may not confirm money of a contract or posting they are a party to. */
function notParty(staffId: string | null, parties: string[]): void {
  if (staffId) assertNotParty(staffId, parties);
}

/** A transfer for a task's or competition's escrow: funds it and publishes the posting. */
async function confirmJobDeposit(
  trx: Db,
  deps: Deps,
  input: {
    staffId: string | null;
    receivedAmount: number;
    deposit: { id: string; job_id: string; amount: number; reference: string; status: DepositStatus };
  },
  now: Date,
): Promise<void> {
  const { deposit } = input;
  const { job } = await lockWorkJob(trx, deposit.job_id);
  notParty(input.staffId, [job.client_id]);
  if (input.receivedAmount !== deposit.amount) throw new AppError('deposit-amount-mismatch');
  await confirmTransfer(trx, input.staffId, deposit, now);
  const { published } = await fundJobNow(trx, deps, { job, depositId: deposit.id, actor: actorOf(input.staffId) }, now);
  await recordAudit(trx, {
    actorUserId: input.staffId,
    action: 'deposit.confirm',
    subjectType: 'deposit',
    subjectId: deposit.id,
    data: { amount: deposit.amount, reference: deposit.reference, jobId: job.id, published },
    now,
  });
}

/** A transfer for a tip (おひねり): the tip is paid to the seller. */
async function confirmTipDeposit(
  trx: Db,
  deps: Deps,
  input: {
    staffId: string | null;
    receivedAmount: number;
    deposit: { id: string; tip_id: string; amount: number; reference: string; status: DepositStatus };
  },
  now: Date,
): Promise<void> {
  const { deposit } = input;
  // The order's contract first, as every contract action takes it, then the tip.
  const owner = await trx
    .selectFrom('service_tips')
    .select('contract_id')
    .where('id', '=', deposit.tip_id)
    .executeTakeFirstOrThrow();
  await lockContract(trx, owner.contract_id);
  const tip = await trx
    .selectFrom('service_tips')
    .selectAll()
    .where('id', '=', deposit.tip_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  notParty(input.staffId, [tip.buyer_id, tip.seller_id]);
  if (input.receivedAmount !== deposit.amount) throw new AppError('deposit-amount-mismatch');
  await confirmTransfer(trx, input.staffId, deposit, now);
  const order = await trx
    .selectFrom('service_orders')
    .select('service_title')
    .where('id', '=', tip.order_id)
    .executeTakeFirstOrThrow();
  await payTipNow(trx, deps, tip, order.service_title, now);
  await recordAudit(trx, {
    actorUserId: input.staffId,
    action: 'deposit.confirm',
    subjectType: 'deposit',
    subjectId: deposit.id,
    data: { amount: deposit.amount, reference: deposit.reference, contractId: tip.contract_id, tipId: tip.id },
    now,
  });
}

/** The deposit's `confirm` step, as a compare-and-set from the status it was read with. */
async function confirmTransfer(
  trx: Db,
  staffId: string | null,
  deposit: { id: string; status: DepositStatus },
  now: Date,
): Promise<void> {
  await applyTransition(trx, {
    table: 'deposits',
    id: deposit.id,
    machine: DEPOSIT_TRANSITIONS,
    action: 'confirm',
    actor: actorOf(staffId),
    current: deposit.status,
    refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
    set: { confirmed_at: now, confirmed_by: staffId },
  });
}
