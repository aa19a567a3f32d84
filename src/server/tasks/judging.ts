import { AppError } from '../../domain/errors';
import { escrowJudging } from '../../domain/jobs/escrow-process';
import { approveTaskSubmission } from '../../domain/ledger/recipes';
import { soleStep } from '../../domain/process/transitions';
import { TASK_SUBMISSION_TRANSITIONS } from '../../domain/tasks/process';
import type { Db } from '../db/database';
import { postTransaction } from '../db/repositories/ledger';
import { applyTransitionToAll } from '../db/transition';
import type { Deps } from '../deps';
import { type JobEscrow, lockWorkJob, unitOf, type WorkJob } from '../jobs/escrow';
import { notifyMany } from '../notifications/notify';

export async function loadForJudgement(trx: Db, clientId: string | null, submissionId: string) {
  const found = await trx
    .selectFrom('task_submissions')
    .select(['id', 'job_id'])
    .where('id', '=', submissionId)
    .executeTakeFirst();
  if (!found) throw new AppError('not-found');
  const { job, escrow } = await lockWorkJob(trx, found.job_id);
  if (clientId !== null && job.client_id !== clientId) throw new AppError('not-found');
  if (!escrow || !escrowJudging(escrow.status)) throw new AppError('submission-transition-invalid');
  return { job, escrow };
}

/** Approves pending submissions and pays each one unit (in the caller's transaction, posting locked). */
export async function approve(
  trx: Db,
  deps: Deps,
  input: { job: WorkJob; escrow: JobEscrow; submissionIds: string[]; by: 'client' | 'system' },
  now: Date,
): Promise<number> {
  const { job, escrow } = input;
  if (input.submissionIds.length === 0) return 0;
  // The client's approval, or the platform's at the judging deadline; a submission
  // judged or withdrawn meanwhile is left out.
  const action = input.by === 'system' ? 'auto_approve' : 'approve';
  const approved = (await applyTransitionToAll(trx, {
    table: 'task_submissions',
    id: input.submissionIds,
    machine: TASK_SUBMISSION_TRANSITIONS,
    action,
    actor: input.by,
    current: soleStep(TASK_SUBMISSION_TRANSITIONS, action).from,
    refusals: { notAllowed: 'forbidden', wrongState: 'submission-transition-invalid' },
    set: { decided_by: input.by, decided_at: now, updated_at: now },
    onlyIf: (eb) => eb('job_id', '=', job.id),
    returning: ['worker_id'],
  })) as { id: string; worker_id: string }[];
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
      kind: 'task.approved' as const,
      params: { jobTitle: job.title, net: money.workerNet, automatic: input.by === 'system' },
      link: `/jobs/${job.id}`,
      mail: false,
    })),
    now,
  );
  return approved.length;
}
