import { AppError } from '../../domain/errors';
import { JOB_ESCROW_TRANSITIONS } from '../../domain/jobs/escrow-process';
import { fundJobEscrow, jobEscrowOf } from '../../domain/ledger/recipes';
import { soleStep } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { openAccounts, postTransaction } from '../db/repositories/ledger';
import { applyTransitionToAll } from '../db/transition';
import type { Deps } from '../deps';
import { scheduleSavedSearchMatch } from '../discovery/saved-search-timers';
import { notify } from '../notifications/notify';
import { scheduleApplicationExpiry } from './application-timers';
import { type JobEscrow, plannedEscrow, type WorkJob } from './escrow';
import { scheduleJobDeadline } from './timers';

/** Writes (or rewrites, after a cancelled transfer) the escrow awaiting its deposit. */
export async function prepareEscrow(trx: Db, deps: Deps, job: WorkJob, now: Date): Promise<JobEscrow> {
  const { units, money } = plannedEscrow(deps, job);
  // A first payment inserts the escrow; paying again after a transfer was called off
  // takes the table's `prepare` step, on the same row.
  const prepare = soleStep(JOB_ESCROW_TRANSITIONS, 'prepare');
  const values = {
    client_id: job.client_id,
    kind: job.kind as 'task' | 'competition',
    status: prepare.to,
    units,
    unit_price: money.gross,
    unit_tax: money.tax,
    client_fee: money.clientFee,
    client_fee_tax: money.clientFeeTax,
    worker_fee: money.workerFee,
    worker_fee_tax: money.workerFeeTax,
    worker_net: money.workerNet,
    unit_escrow: money.escrow,
    total: units * money.escrow,
    allow_no_winner: job.kind === 'competition' && job.allow_no_winner,
    updated_at: now,
  };
  const row = await trx
    .insertInto('job_escrows')
    .values({ job_id: job.id, created_at: now, ...values })
    .onConflict((oc) => oc.column('job_id').doUpdateSet(values).where('job_escrows.status', '=', prepare.from))
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('deposit-pending');
  await openAccounts(trx, [jobEscrowOf(job.id)], now);
  return row;
}

/**
 * The deposit arrived (card captured, or staff confirmed the transfer): the escrow is
 * funded and the posting is published, unless its deadline passed meanwhile — then it
 * stays a draft, funded, for the client to set a new deadline and publish.
 */
export async function fundJobNow(
  trx: Db,
  deps: Deps,
  input: { job: WorkJob; depositId: string; actor: 'client' | 'staff' | 'system' },
  now: Date,
): Promise<{ published: boolean }> {
  const { job } = input;
  const [funded] = (await applyTransitionToAll(trx, {
    table: 'job_escrows',
    key: 'job_id',
    id: job.id,
    machine: JOB_ESCROW_TRANSITIONS,
    action: 'fund',
    actor: input.actor,
    current: soleStep(JOB_ESCROW_TRANSITIONS, 'fund').from,
    refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
    set: { funded_at: now, updated_at: now },
    returning: ['total'],
  })) as { total: number }[];
  if (!funded) throw new AppError('deposit-transition-invalid');
  await postTransaction(trx, fundJobEscrow(job.id, funded.total), { kind: 'job_fund', jobId: job.id }, now);
  const publish = job.status === 'draft' && job.deadline > now;
  if (publish) await publishFundedJob(trx, deps, job, now);
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: job.client_id,
      kind: 'job.funded',
      params: { jobTitle: job.title, total: funded.total, published: publish },
      link: `/jobs/${job.id}`,
      mail: input.actor !== 'client',
    },
    now,
  );
  return { published: publish };
}

/** Publishes a funded posting: open, with its deadline timer. */
export async function publishFundedJob(trx: Db, deps: Deps, job: WorkJob, now: Date): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ status: 'open', published_at: now, updated_at: now })
    .where('id', '=', job.id)
    .where('status', '=', 'draft')
    .execute();
  job.status = 'open';
  await scheduleJobDeadline(trx, job.id, job.deadline, now);
  await scheduleApplicationExpiry(trx, job.id, job.deadline, deps.config.applicationExpiryDays, now);
  await scheduleSavedSearchMatch(trx, 'job', job.id, now);
}
