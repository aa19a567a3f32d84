// The client funds a milestone (仮払い) through a payment provider: by card the escrow is
// funded at once; by bank transfer a deposit waits with a reference number until staff
// confirm the money arrived (confirm-deposit.ts).

import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/errors';
import { authorizeMilestoneAction, ContractWrite, checkMilestoneStep, lockMilestone } from '../../contracts/core';
import { addFunding } from '../../contracts/funding';
import { isUniqueViolation } from '../../db/errors';
import type { DepositMethod } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { paymentProviders, transferReference } from '../../integrations/payments/provider';
import { addNotices } from '../../notifications/notify';

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
      // The provider answers first (nothing it does is visible before commit), so the
      // deposit is written once, in its final state.
      const deposit = { id: randomUUID(), reference: transferReference() };
      const result = await provider.collect({ depositId: deposit.id, reference: deposit.reference, amount: milestone.escrow });
      const captured = result.status === 'captured';
      // The deposit and what follows from it, in one statement.
      const write = new ContractWrite(trx, now);
      write.with(
        'deposit',
        trx.insertInto('deposits').values({
          id: deposit.id,
          milestone_id: milestone.id,
          contract_id: contract.id,
          client_id: input.actorId,
          method: input.method,
          reference: deposit.reference,
          amount: milestone.escrow,
          created_at: now,
          ...(captured ? { status: 'confirmed' as const, confirmed_at: now, provider_ref: result.providerRef } : {}),
        }),
      );
      if (result.status === 'captured') {
        const check = addFunding(write, deps, {
          contract,
          milestone,
          depositId: deposit.id,
          actor: 'client',
          actorId: input.actorId,
        });
        check(await write.execute());
      } else {
        addNotices(
          write,
          deps.config.publicUrl,
          [
            {
              userId: input.actorId,
              kind: 'deposit.requested',
              params: {
                title: contract.title,
                for: 'contract',
                instructions: result.instructions,
                amount: milestone.escrow,
                reference: deposit.reference,
              },
              link: `/contracts/${contract.id}`,
            },
          ],
          now,
        );
        await write.execute();
      }
      return { contractId: contract.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'deposits_live_key')) throw new AppError('deposit-pending');
    throw error;
  }
}
