import { AppError } from '../../domain/errors';
import { JUDGING_REMINDER_DAYS } from '../../domain/jobs/work-money';
import { closeCompetition, jobEscrowOf, refundJobEscrow } from '../../domain/ledger/recipes';
import { nextDeadlineCheck } from '../../domain/process/deadlines';
import type { Db } from '../db/database';
import { balanceOf, postTransaction } from '../db/repositories/ledger';
import type { Deps } from '../deps';
import { notify, notifyMany } from '../notifications/notify';
import { cancelTask, enqueueTask } from '../queue/queue';
import { type JobEscrow, selectionTimer, taskJudgingTimer, type WorkJob, yen } from './escrow';

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

export const taskCounts = countTask;

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
