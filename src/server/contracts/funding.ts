// Funding one milestone's escrow (仮払い): the milestone moves to funded, the ledger moves
// the client's money from the outside world into the milestone's escrow account, and the
// contract starts if this was its first funded milestone. All in the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { CONTRACT_TRANSITIONS } from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { fundEscrow } from '../../domain/ledger/recipes';
import { type Actor, canTransition } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { addPosting } from '../db/repositories/ledger';
import type { DepositMethod, MilestonesTable } from '../db/schema';
import type { StatementResult } from '../db/statement';
import { depositColumns, payerOf } from '../deposits/provider-payment';
import type { Deps } from '../deps';
import { paymentProviders, transferReference } from '../integrations/payments/provider';
import { addNotices } from '../notifications/notify';
import { addContractMove, addMilestoneMove, ContractWrite, type LockedContract, moneyOf } from './core';

export interface Funding {
  contract: LockedContract;
  milestone: Selectable<MilestonesTable>;
  depositId: string;
  actor: Actor;
  actorId: string | null;
  /** No milestone.funded notice: the caller tells the worker itself (a paid order's order.placed). */
  quiet?: boolean;
}

/**
 * The client pays a milestone's escrow through the payment provider of `method`: by card
 * the escrow is funded at once (and the contract starts); by bank transfer a deposit waits
 * with a reference number until staff confirm the money arrived. The caller has locked the
 * contract and checked the step; the provider must be available.
 */
export async function payIntoEscrow(
  trx: Db,
  deps: Deps,
  input: {
    contract: LockedContract;
    milestone: Selectable<MilestonesTable>;
    actorId: string;
    method: DepositMethod;
    /** See Funding.quiet. */
    quiet?: boolean;
  },
  now: Date,
): Promise<{ captured: boolean }> {
  const { contract, milestone } = input;
  const provider = paymentProviders(deps.config)[input.method];
  // The provider answers first (nothing it does is visible before commit), so the
  // deposit is written once, in its final state.
  const deposit = { id: randomUUID(), reference: transferReference() };
  const result = await provider.collect({
    depositId: deposit.id,
    reference: deposit.reference,
    amount: milestone.escrow,
    kind: 'milestone',
    payer: await payerOf(trx, input.actorId),
  });
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
      ...depositColumns(result, now),
    }),
  );
  if (result.status === 'captured') {
    const check = addFunding(write, deps, {
      contract,
      milestone,
      depositId: deposit.id,
      actor: 'client',
      actorId: input.actorId,
      quiet: input.quiet,
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
  return { captured };
}

export async function fundMilestoneNow(trx: Db, deps: Deps, input: Funding, now: Date): Promise<void> {
  const write = new ContractWrite(trx, now);
  const check = addFunding(write, deps, input);
  check(await write.execute());
}

/**
 * The funding as parts of a step's statement (which may already hold the deposit); every
 * part after the milestone's compare-and-set happens only if it matched. Returns the
 * check to run on the statement's result.
 */
export function addFunding(write: ContractWrite, deps: Deps, input: Funding): (result: StatementResult) => void {
  const { contract, milestone } = input;
  const { moved } = addMilestoneMove(write, {
    contractId: contract.id,
    milestone,
    action: 'fund',
    actor: input.actor,
    actorId: input.actorId,
    set: { funded_at: write.now },
    detail: { amount: milestone.escrow, depositId: input.depositId },
  });
  const funded = write.matched(moved);
  const started =
    // The first funded milestone starts the contract.
    canTransition(CONTRACT_TRANSITIONS, 'start', contract.status, 'system')
      ? addContractMove(write, { contract, action: 'start', actor: 'system', onlyIf: () => funded })
      : null;
  addNotices(
    write,
    deps.config.publicUrl,
    input.quiet
      ? []
      : [
          {
            userId: contract.worker_id,
            kind: 'milestone.funded',
            params: { title: contract.title, milestoneTitle: milestone.title, amount: milestone.amount },
            link: `/contracts/${contract.id}`,
            onlyIf: funded,
          },
        ],
    write.now,
  );
  // The ledger's part: the escrow fills from the outside-world account (a service account,
  // whose balance is spread over slots so fundings do not queue behind one another).
  addPosting(
    write,
    fundEscrow(milestone.id, moneyOf(milestone)),
    {
      kind: 'escrow_fund',
      contractId: contract.id,
      milestoneId: milestone.id,
    },
    write.now,
    funded,
  );
  return (result) => {
    if (!result.matched(moved)) throw new AppError('milestone-transition-invalid');
    if (started) {
      if (!result.matched(started.moved)) throw new AppError('contract-transition-invalid');
      contract.status = started.to;
    }
  };
}
