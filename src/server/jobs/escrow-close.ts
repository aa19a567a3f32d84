import { DEPOSIT_TRANSITIONS } from '../../domain/deposits/process';
import { AppError } from '../../domain/errors';
import { JOB_ESCROW_TRANSITIONS, type JobEscrowAction } from '../../domain/jobs/escrow-process';
import { JUDGING_REMINDER_DAYS } from '../../domain/jobs/work-money';
import { closeCompetition, jobEscrowOf, refundJobEscrow } from '../../domain/ledger/recipes';
import { nextDeadlineCheck } from '../../domain/process/deadlines';
import { type Actor, canTransition, soleStep } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { balanceOf, postTransaction } from '../db/repositories/ledger';
import { applyTransition, applyTransitionToAll } from '../db/transition';
import type { Deps } from '../deps';
import { notify, notifyMany } from '../notifications/notify';
import { cancelTask, enqueueTask } from '../queue/queue';
import { type JobEscrow, selectionTimer, taskJudgingTimer, type WorkJob } from './escrow';

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
  // Who closed the posting does not matter to the escrow: the table lets each of them.
  if (job.kind === 'project' || !escrow || !canTransition(JOB_ESCROW_TRANSITIONS, 'close', escrow.status, 'system')) return;
  if (job.kind === 'task') {
    await closeTaskEscrow(trx, deps, job, escrow, now);
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
  await openSelection(
    trx,
    deps,
    job,
    entrants.map((e) => e.worker_id),
    now,
  );
}

/** A task's `close` step: the unused slots are refunded, what is pending waits for the client's judgement. */
async function closeTaskEscrow(trx: Db, deps: Deps, job: WorkJob, escrow: JobEscrow, now: Date): Promise<void> {
  const { pending } = await countTask(trx, job.id);
  const refund = (await balanceOf(trx, jobEscrowOf(job.id))) - pending * escrow.unit_escrow;
  const judgeBy = pending > 0 ? new Date(now.getTime() + deps.config.taskAutoApproveDays * 86_400_000) : null;
  // Under the posting lock the escrow is still funded; without it (the race tests'
  // negative control) a close that lost the compare-and-set changes nothing, as before.
  await applyTransitionToAll(trx, {
    ...escrowStep(job, 'close', 'system', escrow),
    set: { closed_at: now, judge_by: judgeBy, updated_at: now },
  });
  if (refund > 0) {
    await postTransaction(
      trx,
      refundJobEscrow('task_refund', job.id, job.id, refund),
      { kind: 'task_refund', jobId: job.id },
      now,
    );
  }
  if (judgeBy) await enqueueTask(trx, taskJudgingTimer(job.id, nextDeadlineCheck(now, judgeBy, now, JUDGING_REMINDER_DAYS)), now);
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: job.client_id,
      kind: 'task.closed',
      params: { jobTitle: job.title, refund, pending, judgeBy: judgeBy?.toISOString() ?? null },
      link: judgeBy ? `/jobs/${job.id}/submissions` : `/jobs/${job.id}`,
      mail: pending > 0,
    },
    now,
  );
}

/** A competition with entries: the escrow stays funded while the client chooses, until `competitionSelectionDays` later. */
async function openSelection(trx: Db, deps: Deps, job: WorkJob, entrants: string[], now: Date): Promise<void> {
  const due = new Date(now.getTime() + deps.config.competitionSelectionDays * 86_400_000);
  await trx
    .updateTable('job_escrows')
    .set({ selection_due_at: due, closed_at: now, updated_at: now })
    .where('job_id', '=', job.id)
    .execute();
  await enqueueTask(trx, selectionTimer(job.id, nextDeadlineCheck(now, due, now, JUDGING_REMINDER_DAYS)), now);
  const link = `/jobs/${job.id}/entries`;
  const params = { jobTitle: job.title, due: due.toISOString() };
  await notifyMany(
    trx,
    deps.config.publicUrl,
    [
      { userId: job.client_id, kind: 'competition.selecting', params: { ...params, role: 'client' }, link },
      ...entrants.map((workerId) => ({
        userId: workerId,
        kind: 'competition.selecting' as const,
        params: { ...params, role: 'worker' as const },
        link,
        mail: false,
      })),
    ],
    now,
  );
}

/** A step of a posting's escrow (keyed by its posting), from the status it was read with under the posting lock. */
function escrowStep(job: WorkJob, action: JobEscrowAction, actor: Actor, escrow: JobEscrow) {
  return {
    table: 'job_escrows' as const,
    key: 'job_id',
    id: job.id,
    machine: JOB_ESCROW_TRANSITIONS,
    action,
    actor,
    current: escrow.status,
    refusals: {
      notAllowed: 'forbidden',
      wrongState: job.kind === 'competition' ? 'competition-transition-invalid' : 'job-escrow-required',
    } as const,
  };
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
  // The client's choice (a winner, or none), or the platform's: the deadline shares the
  // prize, a competition without entries is refunded.
  const actor = outcome.kind === 'winner' || outcome.kind === 'no_winner' ? 'client' : 'system';
  await applyTransition(trx, {
    ...escrowStep(job, 'settle', actor, escrow),
    set: {
      outcome: outcome.kind,
      winner_entry_id: detail?.winnerEntryId ?? null,
      no_winner_reason: detail?.reason ?? null,
      closed_at: escrow.closed_at ?? now,
      updated_at: now,
    },
  });
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
  if (canTransition(JOB_ESCROW_TRANSITIONS, 'call_off', escrow.status, 'client')) {
    await callOffTransfer(trx, job.id, now);
    return;
  }
  if (!canTransition(JOB_ESCROW_TRANSITIONS, 'cancel', escrow.status, 'client')) return;
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
  // A competition cancelled before it was settled ends as such; a settled one (no
  // entries) keeps its outcome.
  await applyTransitionToAll(trx, {
    ...escrowStep(job, 'cancel', 'client', escrow),
    set: { outcome: job.kind === 'competition' ? (escrow.outcome ?? 'cancelled') : escrow.outcome, updated_at: now },
  });
  if (left > 0) {
    await postTransaction(trx, refundJobEscrow('job_cancel', job.id, job.id, left), { kind: 'job_cancel', jobId: job.id }, now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: job.client_id,
        kind: 'job.refunded',
        params: { jobTitle: job.title, amount: left },
        link: `/jobs/${job.id}`,
      },
      now,
    );
  }
}

/** A bank transfer not made yet is called off: the posting can be edited and paid again. */
export async function callOffTransfer(trx: Db, jobId: string, now: Date): Promise<void> {
  // The posting's client, or staff for them: the tables let both.
  await applyTransition(trx, {
    table: 'deposits',
    key: 'job_id',
    id: jobId,
    machine: DEPOSIT_TRANSITIONS,
    action: 'cancel',
    actor: 'client',
    current: soleStep(DEPOSIT_TRANSITIONS, 'cancel').from,
    refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
    set: { cancelled_at: now },
  });
  await applyTransitionToAll(trx, {
    table: 'job_escrows',
    key: 'job_id',
    id: jobId,
    machine: JOB_ESCROW_TRANSITIONS,
    action: 'call_off',
    actor: 'client',
    current: soleStep(JOB_ESCROW_TRANSITIONS, 'call_off').from,
    refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
    set: { updated_at: now },
  });
}

/**
 * Reopening needs the escrow untouched: a task's unused slots were refunded when it
 * closed, and a competition that has ended cannot start again.
 */
export async function reopenWorkEscrow(trx: Db, job: WorkJob, escrow: JobEscrow | null, now: Date): Promise<void> {
  if (job.kind === 'project') return;
  // Only an escrow that could still close (funded, nothing settled) lets the posting open again.
  if (!escrow || !canTransition(JOB_ESCROW_TRANSITIONS, 'close', escrow.status, 'client'))
    throw new AppError('job-reopen-settled');
  await trx
    .updateTable('job_escrows')
    .set({ selection_due_at: null, closed_at: null, updated_at: now })
    .where('job_id', '=', job.id)
    .execute();
  await cancelTask(trx, `competition.selection:${job.id}`, now);
}
