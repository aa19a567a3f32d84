import { AppError } from '../../../domain/errors';
import { escrowClosed } from '../../../domain/jobs/escrow-process';
import { submissionsUntilRejection, taskReceived, workerRejectionAllowed } from '../../../domain/jobs/work-money';
import { refundJobEscrow } from '../../../domain/ledger/recipes';
import { TASK_SUBMISSION_TRANSITIONS } from '../../../domain/tasks/process';
import { postTransaction } from '../../db/repositories/ledger';
import { inTransaction } from '../../db/transaction';
import { applyTransition } from '../../db/transition';
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
    const submission = all.find((s) => s.id === input.submissionId);
    const workerId = submission?.workerId ?? '';
    const { received, rejectedWorkerIds } = taskReceived(all);
    if (!workerRejectionAllowed(received, rejectedWorkerIds.has(workerId), deps.config.taskRejectLimit)) {
      throw new AppError('task-reject-limit', {
        limitPercent: deps.config.taskRejectLimit / 10_000,
        rejected: received.rejected,
        submissions: received.submissions,
        submissionsUntilNext: submissionsUntilRejection(received, deps.config.taskRejectLimit),
      });
    }
    await applyTransition(trx, {
      table: 'task_submissions',
      id: input.submissionId,
      machine: TASK_SUBMISSION_TRANSITIONS,
      action: 'reject',
      actor: 'client',
      current: submission?.status ?? 'withdrawn',
      refusals: { notAllowed: 'forbidden', wrongState: 'submission-transition-invalid' },
      set: { reject_reason: input.reason, decided_by: 'client', decided_at: now, updated_at: now },
    });
    // While the task is open the slot is free again; after it closed, its money goes back.
    if (escrowClosed(escrow.status)) {
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
        userId: workerId,
        kind: 'task.rejected',
        params: { jobTitle: job.title, reason: input.reason },
        link: `/jobs/${job.id}`,
      },
      now,
    );
    return { jobId: job.id };
  });
}
