// Acceptance (検収) and what follows in the same transaction: the escrow is released to
// the worker's earnings, fees, tax and withholding (one ledger transaction with the
// business key `escrow_release:<milestone>`), the milestone is paid, and the contract
// completes when it was the last one.
import type { Selectable } from 'kysely';
import { autoAcceptReminders } from '../../domain/contracts/process';
import { releaseEscrow } from '../../domain/ledger/postings';
import type { Db } from '../db/database';
import { postTransaction } from '../db/repositories/ledger';
import type { MilestonesTable } from '../db/schema';
import type { Deps } from '../deps';
import { cancelTask, enqueueTasks, type TaskInput } from '../jobs/queue';
import { notifyMany } from '../notifications/notify';
import { type LockedContract, moneyOf, moveMilestone } from './core';
import { completeIfDone } from './lifecycle';

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
  // Accepted (検収) and paid in the same step: the release below pays the earnings.
  await moveMilestone(
    trx,
    {
      contractId: contract.id,
      milestone,
      action: input.automatic ? 'auto_accept' : 'accept',
      actor: input.automatic ? 'system' : 'client',
      actorId: input.actorId,
      set: { accepted_at: now, auto_accept_at: null, paid_at: now, closed_at: now },
      andThen: { action: 'pay', actor: 'system', detail: { workerNet: money.workerNet } },
    },
    now,
  );
  await cancelAcceptTimers(trx, milestone.id, now);
  const ended = await completeIfDone(trx, deps, contract, now);
  await notifyMany(
    trx,
    deps.config.publicUrl,
    [
      {
        userId: contract.worker_id,
        kind: 'milestone.paid',
        title: `「${contract.title}」が検収されました`,
        body: `${input.automatic ? '検収期限を過ぎたため自動で検収されました。' : ''}報酬 ¥${money.workerNet.toLocaleString('ja-JP')} が報酬残高に入りました。`,
        link: `/contracts/${contract.id}`,
      },
      ...ended,
    ],
    now,
  );
  // The ledger last: the platform's fee and tax accounts, shared by every release, stay
  // locked only until commit.
  await postTransaction(
    trx,
    releaseEscrow(milestone.id, contract.worker_id, money),
    {
      kind: 'escrow_release',
      contractId: contract.id,
      milestoneId: milestone.id,
    },
    now,
  );
}

/** After a delivery: auto-acceptance at `at`, and reminders to the client before it. */
export async function scheduleAcceptTimers(
  trx: Db,
  milestoneId: string,
  deliveredAt: Date,
  deliveryCount: number,
  days: number,
  now: Date,
): Promise<Date> {
  const at = new Date(deliveredAt.getTime() + days * 86_400_000);
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
  await enqueueTasks(trx, tasks, now);
  return at;
}

export async function cancelAcceptTimers(trx: Db, milestoneId: string, now: Date): Promise<void> {
  const keys = [`${AUTO_ACCEPT_TASK}:${milestoneId}`, ...REMINDER_DAYS.map((d) => `${ACCEPT_REMINDER_TASK}:${milestoneId}:${d}`)];
  await cancelTask(trx, keys, now);
}
