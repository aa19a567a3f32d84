// Changing a contract's terms before any money moved: the client proposes milestones
// (more than one, other amounts or dates) and whether withholding tax applies; the worker
// agrees (a new version of the written terms is issued to both) or refuses.

import { AppError } from '../../../domain/errors';
import { authorizeContractAction, lockContract, recordEvent } from '../../contracts/core';
import { japanDatePlus } from '../../contracts/create';
import { refuseOnceMoneyMoved, withholdingAllowed } from '../../contracts/terms';
import type { PendingTerms } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';

export interface ProposeTermsInput {
  actorId: string;
  contractId: string;
  milestones: PendingTerms['milestones'];
  withholding: boolean;
}

export async function proposeTerms(deps: Deps, input: ProposeTermsInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const { contract } = authorizeContractAction(await lockContract(trx, input.contractId), input.actorId, 'propose_terms');
    await refuseOnceMoneyMoved(trx, contract.id);
    const today = japanDatePlus(now, 0);
    const past = input.milestones.findIndex((m) => m.dueDate < today);
    if (past >= 0) throw AppError.field(`/milestones/${past}/dueDate`, 'due-date-past');
    if (input.withholding && !(await withholdingAllowed(trx, contract))) throw new AppError('withholding-not-allowed');
    const terms: PendingTerms = { milestones: input.milestones, withholding: input.withholding, proposedAt: now.toISOString() };
    await trx
      .updateTable('contracts')
      .set({ pending_terms: JSON.stringify(terms), updated_at: now })
      .where('id', '=', contract.id)
      .execute();
    await recordEvent(
      trx,
      { contractId: contract.id, action: 'terms.propose', actorRole: 'client', actorId: input.actorId, detail: { ...terms } },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: contract.worker_id,
        kind: 'terms.proposed',
        params: { title: contract.title },
        link: `/contracts/${contract.id}`,
      },
      now,
    );
  });
}
