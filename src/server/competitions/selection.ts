import { AppError } from '../../domain/errors';
import { JOB_ESCROW_TRANSITIONS } from '../../domain/jobs/escrow-process';
import { canTransition } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { lockWorkJob } from '../jobs/escrow';

export async function lockSelecting(trx: Db, clientId: string | null, jobId: string, now: Date) {
  const { job, escrow } = await lockWorkJob(trx, jobId);
  if (clientId !== null && job.client_id !== clientId) throw new AppError('not-found');
  if (job.kind !== 'competition') throw new AppError('job-kind-not-applicable');
  if (
    job.status !== 'closed' ||
    !escrow ||
    !canTransition(JOB_ESCROW_TRANSITIONS, 'settle', escrow.status, 'client') ||
    !escrow.selection_due_at
  )
    throw new AppError('competition-transition-invalid');
  if (clientId !== null && escrow.selection_due_at <= now) throw new AppError('competition-transition-invalid');
  return { job, escrow };
}

/** Everyone with an entry still standing, earliest first. */
export async function entrantsOf(trx: Db, jobId: string) {
  const rows = await trx
    .selectFrom('competition_entries')
    .select(['worker_id', (eb) => eb.fn.min('created_at').as('first')])
    .where('job_id', '=', jobId)
    .where('status', '=', 'submitted')
    .groupBy('worker_id')
    .orderBy('first')
    .orderBy('worker_id')
    .execute();
  return rows.map((r) => ({ workerId: r.worker_id }));
}
