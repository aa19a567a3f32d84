// The escrow of a task or competition posting, and what each step of the posting does to
// it: funding publishes the posting, closing refunds a task's unused slots (or opens a
// competition's selection period), cancelling refunds what is left, reopening is only
// possible while nothing has been settled. Every function runs in the caller's
// transaction with the posting row locked (`lockWorkJob`), which is what serialises the
// posting's money: submissions, judgements, closing and cancelling all take that lock.
import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors';
import type { PostingDraft } from '../../domain/jobs/posting';
import { JUDGING_REMINDER_DAYS, splitPrize, splitTaskUnit, type UnitMoney } from '../../domain/jobs/work-money';
import { closeCompetition, fundJobEscrow, jobEscrowOf, refundJobEscrow } from '../../domain/ledger/recipes';
import { deadlineReminderDue, nextDeadlineCheck } from '../../domain/process/deadlines';
import type { Actor } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { balanceOf, openAccounts, postTransaction } from '../db/repositories/ledger';
import type { JobEscrowsTable, JobKind, JobStatus } from '../db/schema';
import type { Deps } from '../deps';
import { type NoticeInput, notify, notifyMany } from '../notifications/notify';
import { cancelTask, enqueueTask, type TaskInput } from '../queue/queue';
import { scheduleApplicationExpiry } from './application-timers';
import { scheduleJobDeadline } from './timers';

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
  let query = trx
    .selectFrom('jobs')
    .select([
      'id',
      'client_id',
      'status',
      'kind',
      'title',
      'deadline',
      'task_slots',
      'task_unit_price',
      'task_worker_limit',
      'prize',
      'allow_no_winner',
    ])
    .where('id', '=', jobId);
  if (workGuards.lockJob) query = query.forUpdate();
  const job = await query.executeTakeFirst();
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

/** Writes (or rewrites, after a cancelled transfer) the escrow awaiting its deposit. */
export async function prepareEscrow(trx: Db, deps: Deps, job: WorkJob, now: Date): Promise<JobEscrow> {
  const { units, money } = plannedEscrow(deps, job);
  const values = {
    client_id: job.client_id,
    kind: job.kind as 'task' | 'competition',
    status: 'awaiting_deposit' as const,
    units,
    unit_price: money.gross,
    unit_tax: money.tax,
    client_fee: money.clientFee,
    client_fee_tax: money.clientFeeTax,
    worker_fee: money.workerFee,
    worker_fee_tax: money.workerFeeTax,
    worker_net: money.workerNet,
    unit_escrow: money.escrow,
    total: units * money.escrow,
    allow_no_winner: job.kind === 'competition' && job.allow_no_winner,
    updated_at: now,
  };
  const row = await trx
    .insertInto('job_escrows')
    .values({ job_id: job.id, created_at: now, ...values })
    .onConflict((oc) => oc.column('job_id').doUpdateSet(values).where('job_escrows.status', '=', 'cancelled'))
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('deposit-pending');
  await openAccounts(trx, [jobEscrowOf(job.id)], now);
  return row;
}

/**
 * The deposit arrived (card captured, or staff confirmed the transfer): the escrow is
 * funded and the posting is published, unless its deadline passed meanwhile — then it
 * stays a draft, funded, for the client to set a new deadline and publish.
 */
export async function fundJobNow(
  trx: Db,
  deps: Deps,
  input: { job: WorkJob; depositId: string; actor: Actor },
  now: Date,
): Promise<{ published: boolean }> {
  const { job } = input;
  const funded = await trx
    .updateTable('job_escrows')
    .set({ status: 'funded', funded_at: now, updated_at: now })
    .where('job_id', '=', job.id)
    .where('status', '=', 'awaiting_deposit')
    .returning(['total'])
    .executeTakeFirst();
  if (!funded) throw new AppError('deposit-transition-invalid');
  await postTransaction(trx, fundJobEscrow(job.id, funded.total), { kind: 'job_fund', jobId: job.id }, now);
  const publish = job.status === 'draft' && job.deadline > now;
  if (publish) await publishFundedJob(trx, deps, job, now);
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: job.client_id,
      kind: 'job.funded',
      title: `「${job.title}」の仮払いが完了しました`,
      body: publish
        ? `仮払い(${yen(funded.total)})が完了し、募集を開始しました。`
        : `仮払い(${yen(funded.total)})が完了しました。募集期限が過ぎているため、期限を変更してから公開してください。`,
      link: `/jobs/${job.id}`,
      mail: input.actor !== 'client',
    },
    now,
  );
  return { published: publish };
}

/** Publishes a funded posting: open, with its deadline timer. */
export async function publishFundedJob(trx: Db, deps: Deps, job: WorkJob, now: Date): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ status: 'open', published_at: now, updated_at: now })
    .where('id', '=', job.id)
    .where('status', '=', 'draft')
    .execute();
  job.status = 'open';
  await scheduleJobDeadline(trx, job.id, job.deadline, now);
  await scheduleApplicationExpiry(trx, job.id, job.deadline, deps.config.applicationExpiryDays, now);
}

/** Task and competition postings are published only with their budget in escrow. */
export function requireFunded(job: { kind: JobKind }, escrow: JobEscrow | null): void {
  if (job.kind === 'project') return;
  if (escrow?.status !== 'funded') throw new AppError('job-escrow-required');
}

/** While money is escrowed (or on its way) the posting's price, slots and rules stay as they are. */
export function refuseMoneyChange(
  escrow: JobEscrow | null,
  job: WorkJob,
  next: Pick<WorkJob, 'kind' | 'task_slots' | 'task_unit_price' | 'prize' | 'allow_no_winner'>,
): void {
  if (!escrow || escrow.status === 'cancelled') return;
  const same =
    next.kind === job.kind &&
    next.task_slots === job.task_slots &&
    next.task_unit_price === job.task_unit_price &&
    next.prize === job.prize &&
    next.allow_no_winner === job.allow_no_winner;
  if (!same) throw new AppError('job-money-locked');
}

async function countTask(trx: Db, jobId: string) {
  const rows = await trx
    .selectFrom('task_submissions')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('job_id', '=', jobId)
    .groupBy('status')
    .execute();
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { pending: n('pending'), approved: n('approved'), rejected: n('rejected') };
}

export { countTask as taskCounts };

/**
 * The posting has just closed (by its client, staff or its deadline). A task refunds the
 * slots nobody is working on and gives the client `taskAutoApproveDays` to judge what is
 * pending; a competition with entries opens the selection period, one without is refunded.
 */
export async function closeWorkEscrow(trx: Db, deps: Deps, job: WorkJob, escrow: JobEscrow | null, now: Date): Promise<void> {
  if (job.kind === 'project' || escrow?.status !== 'funded') return;
  const account = jobEscrowOf(job.id);
  if (job.kind === 'task') {
    const { pending } = await countTask(trx, job.id);
    const refund = (await balanceOf(trx, account)) - pending * escrow.unit_escrow;
    const judgeBy = pending > 0 ? new Date(now.getTime() + deps.config.taskAutoApproveDays * 86_400_000) : null;
    await trx
      .updateTable('job_escrows')
      .set({ status: 'closed', closed_at: now, judge_by: judgeBy, updated_at: now })
      .where('job_id', '=', job.id)
      .where('status', '=', 'funded')
      .execute();
    if (refund > 0) {
      await postTransaction(
        trx,
        refundJobEscrow('task_refund', job.id, job.id, refund),
        { kind: 'task_refund', jobId: job.id },
        now,
      );
    }
    if (judgeBy)
      await enqueueTask(trx, taskJudgingTimer(job.id, nextDeadlineCheck(now, judgeBy, now, JUDGING_REMINDER_DAYS)), now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: job.client_id,
        kind: 'task.closed',
        title: `タスク「${job.title}」の募集を終了しました`,
        body: [
          refund > 0 ? `使われなかった枠の仮払い金 ${yen(refund)} を返金しました。` : '',
          judgeBy
            ? `未判定の提出が${pending}件あります。${judgeBy.toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo' })}までに承認・非承認してください。期限を過ぎると自動で承認されます。`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
        link: judgeBy ? `/jobs/${job.id}/submissions` : `/jobs/${job.id}`,
        mail: pending > 0,
      },
      now,
    );
    return;
  }
  const entrants = await trx
    .selectFrom('competition_entries')
    .select('worker_id')
    .distinct()
    .where('job_id', '=', job.id)
    .where('status', '=', 'submitted')
    .execute();
  if (entrants.length === 0) {
    await settleCompetition(trx, job, escrow, { kind: 'no_entries', escrow: escrow.total }, null, now);
    return;
  }
  const due = new Date(now.getTime() + deps.config.competitionSelectionDays * 86_400_000);
  await trx
    .updateTable('job_escrows')
    .set({ selection_due_at: due, closed_at: now, updated_at: now })
    .where('job_id', '=', job.id)
    .execute();
  await enqueueTask(trx, selectionTimer(job.id, nextDeadlineCheck(now, due, now, JUDGING_REMINDER_DAYS)), now);
  const dueText = due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });
  await notifyMany(
    trx,
    deps.config.publicUrl,
    [
      {
        userId: job.client_id,
        kind: 'competition.selecting',
        title: `コンペ「${job.title}」の応募を締め切りました`,
        body: `${dueText}までに採用する作品を選んでください。期限までに選ばれなかったときは、賞金が応募者全員で等分されます。`,
        link: `/jobs/${job.id}/entries`,
      },
      ...entrants.map((e) => ({
        userId: e.worker_id,
        kind: 'competition.selecting',
        title: `コンペ「${job.title}」の応募が締め切られました`,
        body: `${dueText}までに採用作品が選ばれます。`,
        link: `/jobs/${job.id}/entries`,
        mail: false,
      })),
    ],
    now,
  );
}

/**
 * Ends a competition's escrow exactly once (compare-and-set on the escrow, one ledger key
 * whatever the outcome) and records what each worker was paid.
 */
export async function settleCompetition(
  trx: Db,
  job: WorkJob,
  escrow: JobEscrow,
  outcome: Parameters<typeof closeCompetition>[1],
  detail: { winnerEntryId?: string; reason?: string } | null,
  now: Date,
): Promise<void> {
  const closed = await trx
    .updateTable('job_escrows')
    .set({
      status: 'closed',
      outcome: outcome.kind,
      winner_entry_id: detail?.winnerEntryId ?? null,
      no_winner_reason: detail?.reason ?? null,
      closed_at: escrow.closed_at ?? now,
      updated_at: now,
    })
    .where('job_id', '=', job.id)
    .where('status', '=', 'funded')
    .executeTakeFirst();
  if (closed.numUpdatedRows === 0n) throw new AppError('competition-transition-invalid');
  await cancelTask(trx, `competition.selection:${job.id}`, now);
  const rewards =
    outcome.kind === 'winner'
      ? [{ workerId: outcome.workerId, entryId: detail?.winnerEntryId ?? null, kind: 'prize' as const, money: outcome.money }]
      : outcome.kind === 'shared'
        ? outcome.shares.map((s) => ({ workerId: s.workerId, entryId: null, kind: 'share' as const, money: s.money }))
        : [];
  if (rewards.length > 0) {
    await trx
      .insertInto('work_rewards')
      .values(
        rewards.map((r) => ({
          job_id: job.id,
          worker_id: r.workerId,
          kind: r.kind,
          entry_id: r.entryId,
          gross: r.money.gross,
          tax: r.money.tax,
          worker_fee: r.money.workerFee,
          worker_fee_tax: r.money.workerFeeTax,
          worker_net: r.money.workerNet,
          created_at: now,
        })),
      )
      .execute();
  }
  await postTransaction(trx, closeCompetition(job.id, outcome), { kind: 'competition_close', jobId: job.id }, now);
}

/**
 * The client cancels the posting: a transfer not yet made is called off; escrowed money
 * comes back in full, which is only possible while nobody has worked on it.
 */
export async function cancelWorkEscrow(trx: Db, deps: Deps, job: WorkJob, escrow: JobEscrow | null, now: Date): Promise<void> {
  if (job.kind === 'project' || !escrow) return;
  if (escrow.status === 'awaiting_deposit') {
    await callOffTransfer(trx, job.id, now);
    return;
  }
  if (escrow.status !== 'funded' && escrow.status !== 'closed') return;
  if (job.kind === 'task') {
    const c = await countTask(trx, job.id);
    if (c.pending + c.approved + c.rejected > 0) throw new AppError('job-has-submissions');
  } else {
    const entries = await trx
      .selectFrom('competition_entries')
      .select('id')
      .where('job_id', '=', job.id)
      .where('status', '=', 'submitted')
      .limit(1)
      .execute();
    if (entries.length > 0) throw new AppError('job-has-entries');
  }
  const left = await balanceOf(trx, jobEscrowOf(job.id));
  await trx
    .updateTable('job_escrows')
    .set({
      status: 'cancelled',
      outcome: job.kind === 'competition' && escrow.status === 'funded' ? 'cancelled' : escrow.outcome,
      updated_at: now,
    })
    .where('job_id', '=', job.id)
    .execute();
  if (left > 0) {
    await postTransaction(trx, refundJobEscrow('job_cancel', job.id, job.id, left), { kind: 'job_cancel', jobId: job.id }, now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: job.client_id,
        kind: 'job.refunded',
        title: `「${job.title}」の仮払い金を返金しました`,
        body: `募集を中止したため、仮払い金 ${yen(left)} を返金しました。`,
        link: `/jobs/${job.id}`,
      },
      now,
    );
  }
}

/** A bank transfer not made yet is called off: the posting can be edited and paid again. */
export async function callOffTransfer(trx: Db, jobId: string, now: Date): Promise<void> {
  const cancelled = await trx
    .updateTable('deposits')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('job_id', '=', jobId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (cancelled.numUpdatedRows === 0n) throw new AppError('deposit-transition-invalid');
  await trx
    .updateTable('job_escrows')
    .set({ status: 'cancelled', updated_at: now })
    .where('job_id', '=', jobId)
    .where('status', '=', 'awaiting_deposit')
    .execute();
}

/**
 * Reopening needs the escrow untouched: a task's unused slots were refunded when it
 * closed, and a competition that has ended cannot start again.
 */
export async function reopenWorkEscrow(trx: Db, job: WorkJob, escrow: JobEscrow | null, now: Date): Promise<void> {
  if (job.kind === 'project') return;
  if (escrow?.status !== 'funded') throw new AppError('job-reopen-settled');
  await trx
    .updateTable('job_escrows')
    .set({ selection_due_at: null, closed_at: null, updated_at: now })
    .where('job_id', '=', job.id)
    .execute();
  await cancelTask(trx, `competition.selection:${job.id}`, now);
}
