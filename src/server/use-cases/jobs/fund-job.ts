// The client pays a task's or competition's whole budget into escrow (仮払い) to publish
// it: by card the escrow is funded and the posting opens at once; by bank transfer a
// deposit waits with its reference number until staff confirm it (confirm-deposit.ts),
// and the posting opens then. The client can call a waiting transfer off
// (cancelJobDeposit) to change the posting or pay another way.

import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/errors';
import { JOB_ESCROW_TRANSITIONS } from '../../../domain/jobs/escrow-process';
import { checkPosting } from '../../../domain/jobs/posting';
import { canTransition } from '../../../domain/process/transitions';
import { lockActiveAccount } from '../../db/account-lock';
import { isUniqueViolation } from '../../db/errors';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { depositColumns, payerOf } from '../../deposits/provider-payment';
import type { Deps } from '../../deps';
import { paymentProviders, transferReference } from '../../integrations/payments/provider';
import { lockWorkJob, postingDraftOf } from '../../jobs/escrow';
import { fundJobNow, prepareEscrow } from '../../jobs/escrow-funding';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';

export interface FundJobInput {
  clientId: string;
  jobId: string;
  method: DepositMethod;
}

export async function fundJob(deps: Deps, input: FundJobInput): Promise<{ published: boolean }> {
  const provider = paymentProviders(deps.config)[input.method];
  if (!provider.available) throw new AppError('payment-method-unavailable');
  const now = deps.clock();
  try {
    return await inTransaction(deps.db, async (trx) => {
      // Escrowed money and a waiting transfer are withdrawal blockers.
      await lockActiveAccount(trx, input.clientId);
      await assertNotRestricted(trx, input.clientId, 'buy', now);
      const { job, escrow } = await lockWorkJob(trx, input.jobId);
      if (job.client_id !== input.clientId) throw new AppError('not-found');
      if (job.kind === 'project' || job.status !== 'draft') throw new AppError('job-not-fundable');
      // Paying again is the escrow's `prepare` step: refused while a transfer is awaited.
      if (escrow && !canTransition(JOB_ESCROW_TRANSITIONS, 'prepare', escrow.status, 'client')) {
        throw new AppError(
          canTransition(JOB_ESCROW_TRANSITIONS, 'fund', escrow.status, 'client') ? 'deposit-pending' : 'job-not-fundable',
        );
      }
      // The posting must be publishable as it is: the money is fixed from now on.
      const issues = checkPosting(postingDraftOf(job), now, true);
      if (issues.length > 0) throw new AppError('validation-failed', {}, issues);
      const prepared = await prepareEscrow(trx, deps, job, now);
      const deposit = { id: randomUUID(), reference: transferReference() };
      const result = await provider.collect({
        depositId: deposit.id,
        reference: deposit.reference,
        amount: prepared.total,
        kind: 'job',
        payer: await payerOf(trx, input.clientId),
      });
      await trx
        .insertInto('deposits')
        .values({
          id: deposit.id,
          job_id: job.id,
          client_id: input.clientId,
          method: input.method,
          reference: deposit.reference,
          amount: prepared.total,
          created_at: now,
          ...depositColumns(result, now),
        })
        .execute();
      if (result.status === 'captured') return fundJobNow(trx, deps, { job, depositId: deposit.id, actor: 'client' }, now);
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: input.clientId,
          kind: 'deposit.requested',
          params: {
            title: job.title,
            for: 'job',
            instructions: result.instructions,
            amount: prepared.total,
            reference: deposit.reference,
          },
          link: `/jobs/${job.id}`,
        },
        now,
      );
      return { published: false };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'deposits_live_job_key')) throw new AppError('deposit-pending');
    throw error;
  }
}
