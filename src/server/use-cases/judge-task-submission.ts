// The client judges task submissions one by one: approval (承認) pays the worker one unit
// from the task's escrow; rejection (非承認) needs a reason and is capped at a share of
// the submissions received (TASK_REJECT_LIMIT_PERCENT), so a task cannot collect work for
// free — or of the workers who submitted, so one worker's junk can be turned down whole
// (workerRejectionAllowed). What the client has not judged `taskAutoApproveDays` after the task closed is
// approved by itself (the `task.auto_approve` timer). Every step holds the posting lock,
// the same lock closing the task takes: the slot accounting cannot interleave.
import { AppError } from '../../domain/errors';
import { submissionsUntilRejection, taskReceived, workerRejectionAllowed } from '../../domain/jobs/work-money';
import { approveTaskSubmission, refundJobEscrow } from '../../domain/ledger/recipes';
import type { Db } from '../db/database';
import { postTransaction } from '../db/repositories/ledger';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';
import { type JobEscrow, lockWorkJob, remindBeforeDeadline, taskJudgingTimer, unitOf, type WorkJob, yen } from '../jobs/escrow';
import { notify, notifyMany } from '../notifications/notify';

async function loadForJudgement(trx: Db, clientId: string | null, submissionId: string) {
  const found = await trx
    .selectFrom('task_submissions')
    .select(['id', 'job_id'])
    .where('id', '=', submissionId)
    .executeTakeFirst();
  if (!found) throw new AppError('not-found');
  const { job, escrow } = await lockWorkJob(trx, found.job_id);
  if (clientId !== null && job.client_id !== clientId) throw new AppError('not-found');
  if (!escrow || (escrow.status !== 'funded' && escrow.status !== 'closed')) throw new AppError('submission-transition-invalid');
  return { job, escrow };
}

/** Approves pending submissions and pays each one unit (in the caller's transaction, posting locked). */
async function approve(
  trx: Db,
  deps: Deps,
  input: { job: WorkJob; escrow: JobEscrow; submissionIds: string[]; by: 'client' | 'system' },
  now: Date,
): Promise<number> {
  const { job, escrow } = input;
  if (input.submissionIds.length === 0) return 0;
  const approved = await trx
    .updateTable('task_submissions')
    .set({ status: 'approved', decided_by: input.by, decided_at: now, updated_at: now })
    .where('id', 'in', input.submissionIds)
    .where('job_id', '=', job.id)
    .where('status', '=', 'pending')
    .returning(['id', 'worker_id'])
    .execute();
  if (approved.length === 0) return 0;
  const money = unitOf(escrow);
  await trx
    .insertInto('work_rewards')
    .values(
      approved.map((s) => ({
        job_id: job.id,
        worker_id: s.worker_id,
        kind: 'task' as const,
        submission_id: s.id,
        gross: money.gross,
        tax: money.tax,
        worker_fee: money.workerFee,
        worker_fee_tax: money.workerFeeTax,
        worker_net: money.workerNet,
        created_at: now,
      })),
    )
    .execute();
  for (const s of approved) {
    await postTransaction(
      trx,
      approveTaskSubmission(s.id, job.id, s.worker_id, money),
      { kind: 'task_approve', jobId: job.id },
      now,
    );
  }
  await notifyMany(
    trx,
    deps.config.publicUrl,
    approved.map((s) => ({
      userId: s.worker_id,
      kind: 'task.approved',
      title: `タスク「${job.title}」の提出が承認されました`,
      body: `${input.by === 'system' ? '判定期限を過ぎたため自動で承認されました。' : ''}報酬 ${yen(money.workerNet)}(手数料を差し引いた額)が報酬残高に加わりました。`,
      link: `/jobs/${job.id}`,
      mail: false,
    })),
    now,
  );
  return approved.length;
}

export async function approveSubmission(
  deps: Deps,
  input: { clientId: string; submissionId: string },
): Promise<{ jobId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await loadForJudgement(trx, input.clientId, input.submissionId);
    const n = await approve(trx, deps, { job, escrow, submissionIds: [input.submissionId], by: 'client' }, now);
    if (n === 0) throw new AppError('submission-transition-invalid');
    return { jobId: job.id };
  });
}

export async function rejectSubmission(
  deps: Deps,
  input: { clientId: string; submissionId: string; reason: string },
): Promise<{ jobId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await loadForJudgement(trx, input.clientId, input.submissionId);
    const all = await trx
      .selectFrom('task_submissions')
      .select(['id', 'worker_id as workerId', 'status'])
      .where('job_id', '=', job.id)
      .execute();
    const workerId = all.find((s) => s.id === input.submissionId)?.workerId ?? '';
    const { received, rejectedWorkerIds } = taskReceived(all);
    if (!workerRejectionAllowed(received, rejectedWorkerIds.has(workerId), deps.config.taskRejectLimit)) {
      throw new AppError('task-reject-limit', {
        limitPercent: deps.config.taskRejectLimit / 10_000,
        rejected: received.rejected,
        submissions: received.submissions,
        submissionsUntilNext: submissionsUntilRejection(received, deps.config.taskRejectLimit),
      });
    }
    const rejected = await trx
      .updateTable('task_submissions')
      .set({ status: 'rejected', reject_reason: input.reason, decided_by: 'client', decided_at: now, updated_at: now })
      .where('id', '=', input.submissionId)
      .where('status', '=', 'pending')
      .returning(['worker_id'])
      .executeTakeFirst();
    if (!rejected) throw new AppError('submission-transition-invalid');
    // While the task is open the slot is free again; after it closed, its money goes back.
    if (escrow.status === 'closed') {
      await postTransaction(
        trx,
        refundJobEscrow('task_refund', input.submissionId, job.id, escrow.unit_escrow),
        { kind: 'task_refund', jobId: job.id },
        now,
      );
    }
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: rejected.worker_id,
        kind: 'task.rejected',
        title: `タスク「${job.title}」の提出が非承認になりました`,
        body: `理由: ${input.reason}`,
        link: `/jobs/${job.id}`,
      },
      now,
    );
    return { jobId: job.id };
  });
}

/**
 * The `task.auto_approve` timer of a closed task's judging period: before the deadline it
 * reminds the client of what is still unjudged (3 and 1 days before) and sets itself for
 * the next step; at the deadline it approves what is still pending.
 */
export async function autoApproveTask(deps: Deps, jobId: string, now: Date): Promise<number> {
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await lockWorkJob(trx, jobId);
    if (escrow?.status !== 'closed' || !escrow.judge_by) return 0;
    const pending = await trx
      .selectFrom('task_submissions')
      .select('id')
      .where('job_id', '=', job.id)
      .where('status', '=', 'pending')
      .execute();
    const judgeBy = escrow.judge_by;
    if (judgeBy > now) {
      // Nothing left to judge: nothing to remind of, nothing to approve at the deadline.
      if (pending.length === 0) return 0;
      await remindBeforeDeadline(
        trx,
        deps,
        {
          startedAt: escrow.closed_at ?? now,
          deadline: judgeBy,
          timer: (runAt) => taskJudgingTimer(job.id, runAt),
          reminder: (daysLeft) => ({
            userId: job.client_id,
            kind: 'task.judge_reminder',
            title: `タスク「${job.title}」の自動承認まであと${daysLeft}日です`,
            body: `未判定の提出が${pending.length}件あります。${judgeBy.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}までに承認・非承認してください。期限を過ぎると自動で承認され、報酬が支払われます。`,
            link: `/jobs/${job.id}/submissions`,
          }),
        },
        now,
      );
      return 0;
    }
    const n = await approve(trx, deps, { job, escrow, submissionIds: pending.map((p) => p.id), by: 'system' }, now);
    if (n > 0) {
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: job.client_id,
          kind: 'task.auto_approved',
          title: `タスク「${job.title}」の未判定の提出を自動で承認しました`,
          body: `判定期限を過ぎたため、${n}件の提出を承認し、報酬を支払いました。`,
          link: `/jobs/${job.id}/submissions`,
        },
        now,
      );
    }
    return n;
  });
}
