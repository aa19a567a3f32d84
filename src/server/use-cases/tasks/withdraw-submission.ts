import { AppError } from '../../../domain/errors';
import { escrowClosed } from '../../../domain/jobs/escrow-process';
import { refundJobEscrow } from '../../../domain/ledger/recipes';
import { TASK_SUBMISSION_TRANSITIONS } from '../../../domain/tasks/process';
import { postTransaction } from '../../db/repositories/ledger';
import { inTransaction } from '../../db/transaction';
import { applyTransition } from '../../db/transition';
import type { Deps } from '../../deps';
import { lockWorkJob } from '../../jobs/escrow';

export interface WithdrawSubmissionInput {
  workerId: string;
  submissionId: string;
}

export async function withdrawSubmission(deps: Deps, input: WithdrawSubmissionInput): Promise<{ jobId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const found = await trx
      .selectFrom('task_submissions')
      .select(['id', 'job_id', 'worker_id', 'status'])
      .where('id', '=', input.submissionId)
      .executeTakeFirst();
    if (!found || found.worker_id !== input.workerId) throw new AppError('not-found');
    const { job, escrow } = await lockWorkJob(trx, found.job_id);
    await applyTransition(trx, {
      table: 'task_submissions',
      id: found.id,
      machine: TASK_SUBMISSION_TRANSITIONS,
      action: 'withdraw',
      actor: 'worker',
      current: found.status,
      refusals: { notAllowed: 'forbidden', wrongState: 'submission-transition-invalid' },
      set: { decided_at: now, updated_at: now },
    });
    // Once the task has closed, a freed slot is not used again: its money goes back.
    if (escrow && escrowClosed(escrow.status)) {
      await postTransaction(
        trx,
        refundJobEscrow('task_refund', found.id, job.id, escrow.unit_escrow),
        { kind: 'task_refund', jobId: job.id },
        now,
      );
    }
    return { jobId: job.id };
  });
}
