// Funding one milestone's escrow (仮払い): the milestone moves to funded, the ledger moves
// the client's money from the outside world into the milestone's escrow account, and the
// contract starts if this was its first funded milestone. All in the caller's transaction.
import type { Selectable } from 'kysely';
import { CONTRACT_TRANSITIONS } from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { fundEscrow } from '../../domain/ledger/recipes';
import { type Actor, canTransition } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { addPosting } from '../db/repositories/ledger';
import type { MilestonesTable } from '../db/schema';
import type { StatementResult } from '../db/statement';
import type { Deps } from '../deps';
import { addNotices } from '../notifications/notify';
import { addContractMove, addMilestoneMove, ContractWrite, type LockedContract, moneyOf } from './core';

export interface Funding {
  contract: LockedContract;
  milestone: Selectable<MilestonesTable>;
  depositId: string;
  actor: Actor;
  actorId: string | null;
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
    [
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
