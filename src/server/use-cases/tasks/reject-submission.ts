import { AppError } from '../../../domain/errors';
import { submissionsUntilRejection, taskReceived, workerRejectionAllowed } from '../../../domain/jobs/work-money';
import { refundJobEscrow } from '../../../domain/ledger/recipes';
import { postTransaction } from '../../db/repositories/ledger';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { loadForJudgement } from '../../tasks/judging';

export interface RejectSubmissionInput {
  clientId: string;
  submissionId: string;
  reason: string;
}

export async function rejectSubmission(deps: Deps, input: RejectSubmissionInput): Promise<{ jobId: string }> {
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
