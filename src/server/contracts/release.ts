// Acceptance (検収) and what follows in the same transaction: the escrow is released to
// the worker's earnings, fees, tax and withholding (one ledger transaction with the
// business key `escrow_release:<milestone>`), the milestone is paid, and the contract
// completes when it was the last one.
import { type Selectable, sql } from 'kysely';
import { nextAcceptanceCheck } from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { releaseEscrow } from '../../domain/ledger/recipes';
import type { Db } from '../db/database';
import { addPosting } from '../db/repositories/ledger';
import type { MilestonesTable } from '../db/schema';
import { type Guard, Statement } from '../db/statement';
import type { Deps } from '../deps';
import { addNotices } from '../notifications/notify';
import { addCancel, addTasks, type TaskInput } from '../queue/queue';
import { addMilestoneMove, ContractWrite, type LockedContract, moneyOf } from './core';
import { addCompleteIfDone } from './lifecycle';

/** The acceptance countdown of a delivery: one timer for the reminders and the deadline. */
export const ACCEPTANCE_TIMER_TASK = 'milestone.acceptance';
const timerKey = (milestoneId: string) => `${ACCEPTANCE_TIMER_TASK}:${milestoneId}`;

export async function releaseMilestone(
  trx: Db,
  deps: Deps,
  input: { contract: LockedContract; milestone: Selectable<MilestonesTable>; automatic: boolean; actorId: string | null },
  now: Date,
): Promise<void> {
  const { contract, milestone } = input;
  const money = moneyOf(milestone);
  // One statement: everything below happens only if the acceptance's compare-and-set matched.
  const write = new ContractWrite(trx, now);
  // Accepted (検収) and paid in the same step: the release below pays the earnings.
  const { moved } = addMilestoneMove(write, {
    contractId: contract.id,
    milestone,
    action: input.automatic ? 'auto_accept' : 'accept',
    actor: input.automatic ? 'system' : 'client',
    actorId: input.actorId,
    set: { accepted_at: now, auto_accept_at: null, paid_at: now, closed_at: now },
    andThen: { action: 'pay', actor: 'system', detail: { workerNet: money.workerNet } },
  });
  const accepted = write.matched(moved);
  addCancelAcceptTimers(write, milestone.id, now, accepted);
  const ended = addCompleteIfDone(write, deps, contract, { milestoneId: milestone.id, moved });
  const paid = { net: money.workerNet, automatic: input.automatic };
  // When this acceptance completes the contract, the worker hears it once: paid and
  // completed in one notice (and one mail), not two at the same moment.
  const completes = ended.completed ? write.matched(ended.completed) : null;
  addNotices(
    write,
    deps.config.publicUrl,
    [
      {
        userId: contract.worker_id,
        kind: 'milestone.paid',
        params: { title: contract.title, ...paid },
        link: `/contracts/${contract.id}`,
        onlyIf: completes ? sql<boolean>`(${accepted} and not ${completes})` : accepted,
      },
      ...ended.notices.map((n) =>
        n.userId === contract.worker_id && n.kind === 'contract.completed' ? { ...n, params: { ...n.params, paid } } : n,
      ),
    ],
    now,
  );
  // The ledger's part: earnings, fees, tax and withholding out of the escrow (the service
  // accounts' balances are spread over slots, so releases do not queue behind one another).
  addPosting(
    write,
    releaseEscrow(milestone.id, contract.worker_id, money),
    {
      kind: 'escrow_release',
      contractId: contract.id,
      milestoneId: milestone.id,
    },
    now,
    accepted,
  );
  const result = await write.execute();
  if (!result.matched(moved)) throw new AppError('milestone-transition-invalid');
  if (ended.completed && result.matched(ended.completed)) contract.status = 'completed';
}

/** When a delivery is accepted by itself, without an answer. */
export function acceptDeadline(deliveredAt: Date, days: number): Date {
  return new Date(deliveredAt.getTime() + days * 86_400_000);
}

/**
 * After a delivery: the countdown's timer, first set for the first reminder (or the
 * deadline when none is ahead); each run reminds or accepts and sets the next one
 * (acceptance-timer.ts). Returns the deadline.
 */
export function addAcceptTimers(
  statement: Statement,
  milestoneId: string,
  deliveredAt: Date,
  deliveryCount: number,
  days: number,
  now: Date,
  onlyIf?: Guard,
): Date {
  const at = acceptDeadline(deliveredAt, days);
  addTasks(statement, [acceptanceTimer(milestoneId, deliveryCount, nextAcceptanceCheck(deliveredAt, at, now))], now, onlyIf);
  return at;
}

/** The countdown's timer for a delivery, due at `runAt`. */
export function acceptanceTimer(milestoneId: string, deliveryCount: number, runAt: Date): TaskInput {
  return {
    kind: ACCEPTANCE_TIMER_TASK,
    payload: { milestoneId, deliveryCount },
    runAt,
    dedupeKey: timerKey(milestoneId),
  };
}

export async function cancelAcceptTimers(trx: Db, milestoneId: string, now: Date): Promise<void> {
  const statement = new Statement(trx);
  addCancelAcceptTimers(statement, milestoneId, now);
  await statement.execute();
}

export function addCancelAcceptTimers(statement: Statement, milestoneId: string, now: Date, onlyIf?: Guard): void {
  addCancel(statement, [timerKey(milestoneId)], now, onlyIf);
}
