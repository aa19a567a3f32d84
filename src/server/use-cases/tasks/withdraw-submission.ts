import { AppError } from '../../../domain/errors';
import { refundJobEscrow } from '../../../domain/ledger/recipes';
import { postTransaction } from '../../db/repositories/ledger';
import { inTransaction } from '../../db/transaction';
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
      .select(['id', 'job_id', 'worker_id'])
      .where('id', '=', input.submissionId)
      .executeTakeFirst();
    if (!found || found.worker_id !== input.workerId) throw new AppError('not-found');
    const { job, escrow } = await lockWorkJob(trx, found.job_id);
    const withdrawn = await trx
      .updateTable('task_submissions')
      .set({ status: 'withdrawn', decided_at: now, updated_at: now })
      .where('id', '=', found.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (withdrawn.numUpdatedRows === 0n) throw new AppError('submission-transition-invalid');
    // Once the task has closed, a freed slot is not used again: its money goes back.
    if (escrow?.status === 'closed') {
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
