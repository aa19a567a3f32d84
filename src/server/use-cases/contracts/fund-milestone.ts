// The client funds a milestone (仮払い) through a payment provider: by card the escrow is
// funded at once; by bank transfer a deposit waits with a reference number until staff
// confirm the money arrived (confirm-deposit.ts).

import { AppError } from '../../../domain/errors';
import { authorizeMilestoneAction, checkMilestoneStep, lockMilestone } from '../../contracts/core';
import { payIntoEscrow } from '../../contracts/funding';
import { isUniqueViolation } from '../../db/errors';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { paymentProviders } from '../../integrations/payments/provider';

export interface FundMilestoneInput {
  actorId: string;
  milestoneId: string;
  method: DepositMethod;
}

export async function fundMilestone(deps: Deps, input: FundMilestoneInput): Promise<{ contractId: string }> {
  const provider = paymentProviders(deps.config)[input.method];
  if (!provider.available) throw new AppError('payment-method-unavailable');
  const now = deps.clock();
  try {
    return await inTransaction(deps.db, async (trx) => {
      // A pending deposit is a withdrawal blocker: the client must not be leaving. Their
      // account is locked (FOR SHARE) before the contract, in the same statement.
      const { contract, milestone } = await lockMilestone(trx, input.milestoneId, { accountOf: input.actorId });
      authorizeMilestoneAction(contract, input.actorId, 'fund');
      checkMilestoneStep(milestone, 'fund', 'client');
      await payIntoEscrow(trx, deps, { contract, milestone, actorId: input.actorId, method: input.method }, now);
      return { contractId: contract.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'deposits_live_key')) throw new AppError('deposit-pending');
    throw error;
  }
}
