import { DEPOSIT_TRANSITIONS } from '../../../domain/deposits/process';
import { AppError } from '../../../domain/errors';
import { lockContract, recordEvent } from '../../contracts/core';
import { inTransaction } from '../../db/transaction';
import { applyTransition } from '../../db/transition';
import type { Deps } from '../../deps';

export interface CancelDepositInput {
  actorId: string;
  depositId: string;
}

/** The client cancels a bank transfer they have not made (or will not make). */
export async function cancelDeposit(deps: Deps, input: CancelDepositInput): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const deposit = await trx
      .selectFrom('deposits')
      .select(['id', 'client_id', 'contract_id', 'status', 'milestone_id'])
      .where('id', '=', input.depositId)
      .executeTakeFirst();
    // A posting's transfer is called off from the posting (cancelJobDeposit in fund-job.ts).
    if (!deposit?.contract_id || deposit.client_id !== input.actorId) throw new AppError('not-found');
    const contractId = deposit.contract_id;
    // The contract first, as every contract action (and the provider's confirmation) takes
    // it, then the deposit read again: a payment confirmed meanwhile is seen, not deadlocked on.
    await lockContract(trx, contractId);
    const fresh = await trx.selectFrom('deposits').select('status').where('id', '=', deposit.id).executeTakeFirstOrThrow();
    await applyTransition(trx, {
      table: 'deposits',
      id: deposit.id,
      machine: DEPOSIT_TRANSITIONS,
      action: 'cancel',
      actor: 'client',
      current: fresh.status,
      set: { cancelled_at: now },
      refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
    });
    await recordEvent(
      trx,
      {
        contractId,
        milestoneId: deposit.milestone_id,
        action: 'deposit.cancel',
        actorRole: 'client',
        actorId: input.actorId,
        detail: { depositId: deposit.id },
      },
      now,
    );
    return { contractId };
  });
}
