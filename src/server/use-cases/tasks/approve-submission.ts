// The client judges task submissions one by one: approval (承認) pays the worker one unit
// from the task's escrow; rejection (非承認) needs a reason and is capped at a share of
// the submissions received (TASK_REJECT_LIMIT_PERCENT), so a task cannot collect work for
// free — or of the workers who submitted, so one worker's junk can be turned down whole
// (workerRejectionAllowed). What the client has not judged `taskAutoApproveDays` after the task closed is
// approved by itself (the `task.auto_approve` timer). Every step holds the posting lock,
// the same lock closing the task takes: the slot accounting cannot interleave.

import { AppError } from '../../../domain/errors';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { approve, loadForJudgement } from '../../tasks/judging';

export interface ApproveSubmissionInput {
  clientId: string;
  submissionId: string;
}

export async function approveSubmission(deps: Deps, input: ApproveSubmissionInput): Promise<{ jobId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await loadForJudgement(trx, input.clientId, input.submissionId);
    const n = await approve(trx, deps, { job, escrow, submissionIds: [input.submissionId], by: 'client' }, now);
    if (n === 0) throw new AppError('submission-transition-invalid');
    return { jobId: job.id };
  });
}
