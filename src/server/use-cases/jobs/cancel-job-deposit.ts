import { AppError } from '../../../domain/errors';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { lockWorkJob } from '../../jobs/escrow';
import { callOffTransfer } from '../../jobs/escrow-close';

export interface CancelJobDepositInput {
  clientId: string;
  jobId: string;
}

/** The client calls off a bank transfer for a posting that has not arrived yet. */
export async function cancelJobDeposit(deps: Deps, input: CancelJobDepositInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const { job } = await lockWorkJob(trx, input.jobId);
    if (job.client_id !== input.clientId) throw new AppError('not-found');
    await callOffTransfer(trx, job.id, now);
  });
}
