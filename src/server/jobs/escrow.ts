// The escrow of a task or competition posting, and what each step of the posting does to
// it: funding publishes the posting, closing refunds a task's unused slots (or opens a
// competition's selection period), cancelling refunds what is left, reopening is only
// possible while nothing has been settled. Every function runs in the caller's
// transaction with the posting row locked (`lockWorkJob`), which is what serialises the
// posting's money: submissions, judgements, closing and cancelling all take that lock.

import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors';
import { escrowOpen, JOB_ESCROW_TRANSITIONS } from '../../domain/jobs/escrow-process';
import type { PostingDraft } from '../../domain/jobs/posting';
import { JUDGING_REMINDER_DAYS, splitPrize, splitTaskUnit, type UnitMoney } from '../../domain/jobs/work-money';
import { deadlineReminderDue, nextDeadlineCheck } from '../../domain/process/deadlines';
import { canTransition } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { lockJobRow } from '../db/repositories/locks';
import type { JobEscrowsTable, JobKind, JobStatus } from '../db/schema';
import type { Deps } from '../deps';
import { type NoticeInput, notify } from '../notifications/notify';
import { enqueueTask, type TaskInput } from '../queue/queue';

/** Test-only switch: the race tests turn the posting lock off to prove they can detect a race. */
export const workGuards = { lockJob: true };

export const TASK_AUTO_APPROVE_TASK = 'task.auto_approve';

export const COMPETITION_SELECTION_TASK = 'competition.selection_due';

export type JobEscrow = Selectable<JobEscrowsTable>;

/**
 * A judging or selection timer's run before its deadline: the client's reminder due now,
 * if any (3 and 1 days before), and the timer set again for its next step.
 */
export async function remindBeforeDeadline(
  trx: Db,
  deps: Deps,
  input: {
    startedAt: Date;
    deadline: Date;
    timer: (runAt: Date) => TaskInput;
    /** The reminder for the days left; null when there is nothing to remind of. */
    reminder: (daysLeft: number) => NoticeInput | null;
  },
  now: Date,
): Promise<void> {
  const daysLeft = deadlineReminderDue(input.startedAt, input.deadline, now, JUDGING_REMINDER_DAYS);
  const notice = daysLeft === null ? null : input.reminder(daysLeft);
  if (notice) await notify(trx, deps.config.publicUrl, notice, now);
  await enqueueTask(trx, input.timer(nextDeadlineCheck(input.startedAt, input.deadline, now, JUDGING_REMINDER_DAYS)), now);
}

/**
 * The judging period of a closed task: one timer that reminds the client before the
 * deadline and approves what is still unjudged at it (autoApproveTask).
 */
export function taskJudgingTimer(jobId: string, runAt: Date): TaskInput {
  return { kind: TASK_AUTO_APPROVE_TASK, payload: { jobId }, runAt, dedupeKey: `task.auto_approve:${jobId}` };
}

/**
 * The selection period of a competition: one timer that reminds the client before the
 * deadline and shares the prize at it when nobody was chosen (settleUnchosenCompetition).
 */
export function selectionTimer(jobId: string, runAt: Date): TaskInput {
  return { kind: COMPETITION_SELECTION_TASK, payload: { jobId }, runAt, dedupeKey: `competition.selection:${jobId}` };
}

export interface WorkJob {
  id: string;
  client_id: string;
  status: JobStatus;
  kind: JobKind;
  title: string;
  deadline: Date;
  task_slots: number | null;
  task_unit_price: number | null;
  task_worker_limit: number;
  prize: number | null;
  allow_no_winner: boolean;
}

export const yen = (n: number) => `¥${n.toLocaleString('ja-JP')}`;

/** The posting row (locked FOR UPDATE) and its escrow, if any. */
export async function lockWorkJob(trx: Db, jobId: string): Promise<{ job: WorkJob; escrow: JobEscrow | null }> {
  const job = await lockJobRow(trx, jobId, workGuards.lockJob);
  if (!job) throw new AppError('not-found');
  const escrow = (await trx.selectFrom('job_escrows').selectAll().where('job_id', '=', jobId).executeTakeFirst()) ?? null;
  return { job, escrow };
}

/** The money of one unit as stored (what every payment and refund of the posting uses). */
export function unitOf(e: JobEscrow): UnitMoney {
  return {
    gross: e.unit_price,
    tax: e.unit_tax,
    clientFee: e.client_fee,
    clientFeeTax: e.client_fee_tax,
    workerFee: e.worker_fee,
    workerFeeTax: e.worker_fee_tax,
    workerNet: e.worker_net,
    escrow: e.unit_escrow,
  };
}

/**
 * The posting as the publishing rules see it: its kind, deadline and pay (the project
 * budget fields are not loaded here, so only task and competition pay is checked).
 */
export function postingDraftOf(job: WorkJob, deadline: Date = job.deadline): PostingDraft {
  return {
    kind: job.kind,
    deadline,
    deliveryDate: null,
    budgetMin: null,
    budgetMax: null,
    hires: null,
    taskSlots: job.task_slots,
    taskUnitPrice: job.task_unit_price,
    prize: job.prize,
  };
}

/** What publishing this posting escrows, from the posting as it is now. */
export function plannedEscrow(deps: Deps, job: WorkJob): { units: number; money: UnitMoney } {
  if (job.kind === 'task') {
    return { units: job.task_slots ?? 0, money: splitTaskUnit(job.task_unit_price ?? 0, deps.config.fees) };
  }
  return { units: 1, money: splitPrize(job.prize ?? 0, deps.config.fees) };
}

/** Task and competition postings are published only with their budget in escrow. */
export function requireFunded(job: { kind: JobKind }, escrow: JobEscrow | null): void {
  if (job.kind === 'project') return;
  if (!escrowOpen(escrow?.status)) throw new AppError('job-escrow-required');
}

/** While money is escrowed (or on its way) the posting's price, slots and rules stay as they are. */
export function refuseMoneyChange(
  escrow: JobEscrow | null,
  job: WorkJob,
  next: Pick<WorkJob, 'kind' | 'task_slots' | 'task_unit_price' | 'prize' | 'allow_no_winner'>,
): void {
  // Nothing escrowed nor on its way: the escrow could be paid again (its `prepare` step).
  if (!escrow || canTransition(JOB_ESCROW_TRANSITIONS, 'prepare', escrow.status, 'client')) return;
  const same =
    next.kind === job.kind &&
    next.task_slots === job.task_slots &&
    next.task_unit_price === job.task_unit_price &&
    next.prize === job.prize &&
    next.allow_no_winner === job.allow_no_winner;
  if (!same) throw new AppError('job-money-locked');
}
