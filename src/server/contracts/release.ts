// Acceptance (検収) and what follows in the same transaction: the escrow is released to
// the worker's earnings, fees, tax and withholding (one ledger transaction with the
// business key `escrow_release:<milestone>`), the milestone is paid, and the contract
// completes when it was the last one.
import type { Selectable } from 'kysely';
import { autoAcceptReminders } from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { releaseEscrow } from '../../domain/ledger/postings';
import type { Db } from '../db/database';
import { addPosting } from '../db/repositories/ledger';
import type { MilestonesTable } from '../db/schema';
import { type Guard, Statement } from '../db/statement';
import type { Deps } from '../deps';
import { addCancel, addTasks, type TaskInput } from '../jobs/queue';
import { addNotices } from '../notifications/notify';
import { addMilestoneMove, ContractWrite, type LockedContract, moneyOf } from './core';
import { addCompleteIfDone } from './lifecycle';

export const AUTO_ACCEPT_TASK = 'milestone.auto_accept';
export const ACCEPT_REMINDER_TASK = 'milestone.accept_reminder';
const REMINDER_DAYS = [7, 3, 1] as const;

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
  addNotices(
    write,
    deps.config.publicUrl,
    [
      {
        userId: contract.worker_id,
        kind: 'milestone.paid',
        title: `「${contract.title}」が検収されました`,
        body: `${input.automatic ? '検収期限を過ぎたため自動で検収されました。' : ''}報酬 ¥${money.workerNet.toLocaleString('ja-JP')} が報酬残高に入りました。`,
        link: `/contracts/${contract.id}`,
        onlyIf: accepted,
      },
      ...ended.notices,
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

/** After a delivery: auto-acceptance at the returned time, and reminders to the client before it. */
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
  const tasks: TaskInput[] = [
    {
      kind: AUTO_ACCEPT_TASK,
      payload: { milestoneId, deliveryCount },
      runAt: at,
      dedupeKey: `${AUTO_ACCEPT_TASK}:${milestoneId}`,
    },
  ];
  for (const remindAt of autoAcceptReminders(deliveredAt, days, now, REMINDER_DAYS)) {
    const daysLeft = Math.round((at.getTime() - remindAt.getTime()) / 86_400_000);
    tasks.push({
      kind: ACCEPT_REMINDER_TASK,
      payload: { milestoneId, deliveryCount, daysLeft },
      runAt: remindAt,
      dedupeKey: `${ACCEPT_REMINDER_TASK}:${milestoneId}:${daysLeft}`,
    });
  }
  addTasks(statement, tasks, now, onlyIf);
  return at;
}

export async function cancelAcceptTimers(trx: Db, milestoneId: string, now: Date): Promise<void> {
  const statement = new Statement(trx);
  addCancelAcceptTimers(statement, milestoneId, now);
  await statement.execute();
}

export function addCancelAcceptTimers(statement: Statement, milestoneId: string, now: Date, onlyIf?: Guard): void {
  const keys = [`${AUTO_ACCEPT_TASK}:${milestoneId}`, ...REMINDER_DAYS.map((d) => `${ACCEPT_REMINDER_TASK}:${milestoneId}:${d}`)];
  addCancel(statement, keys, now, onlyIf);
}
