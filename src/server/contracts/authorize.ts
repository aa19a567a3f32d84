// Who may act on a locked contract, as the domain's policies say (domain/policies/contracts.ts).
import { AppError } from '../../domain/errors';
import {
  type ContractActionName,
  type ContractResource,
  contractActionRefusal,
  type MilestoneActionName,
  milestoneActionRefusal,
  partyRole as sideOf,
} from '../../domain/policies/contracts';
import type { PartyRole } from '../db/schema';
import type { LockedContract } from './lock';

/** The contract as the policies read it. */
export function contractResource(contract: LockedContract): ContractResource {
  return {
    clientId: contract.client_id,
    workerId: contract.worker_id,
    status: contract.status,
    serviceOrder: contract.service_order_id !== null,
  };
}

/** The actor's side of the contract; anyone else is told it does not exist. */
function partyRole(contract: LockedContract | undefined, userId: string): PartyRole {
  const role = contract ? sideOf(contractResource(contract), userId) : null;
  if (!role) throw new AppError('not-found');
  return role;
}

/** The actor's side, when the policies let them take a milestone action on this contract now. */
export function authorizeMilestoneAction(
  contract: LockedContract | undefined,
  userId: string,
  action: MilestoneActionName,
): PartyRole {
  const refusal = milestoneActionRefusal(userId, contract && contractResource(contract), action);
  if (refusal) throw new AppError(refusal);
  return partyRole(contract, userId);
}

/**
 * The contract and the actor's side, when the policies let them take a contract action
 * now; a missing contract is not found, as for anyone who is not a party.
 */
export function authorizeContractAction(
  contract: LockedContract | undefined,
  userId: string,
  action: ContractActionName,
): { contract: LockedContract; role: PartyRole } {
  const refusal = contractActionRefusal(userId, contract && contractResource(contract), action);
  if (refusal) throw new AppError(refusal);
  if (!contract) throw new AppError('not-found');
  return { contract, role: partyRole(contract, userId) };
}
