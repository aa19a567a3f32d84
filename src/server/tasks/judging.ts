import { AppError } from '../../domain/errors';
import { approveTaskSubmission } from '../../domain/ledger/recipes';
import type { Db } from '../db/database';
import { postTransaction } from '../db/repositories/ledger';
import type { Deps } from '../deps';
import { type JobEscrow, lockWorkJob, unitOf, type WorkJob, yen } from '../jobs/escrow';
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
  if (!escrow || (escrow.status !== 'funded' && escrow.status !== 'closed')) throw new AppError('submission-transition-invalid');
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
