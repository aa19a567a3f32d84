// Termination proposals (途中解消の提案) change status through their domain table
// (domain/contracts/termination.ts), each step a compare-and-set (db/transition.ts) on
// the status read, after the contract row was locked.
import type { UpdateObject } from 'kysely';
import { PROPOSAL_TRANSITIONS, type ProposalAction, type ProposalStatus } from '../../domain/contracts/termination';
import type { Actor } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import type { DB, Settlement } from '../db/schema';
import { applyTransition } from '../db/transition';

export interface PendingProposal {
  id: string;
  proposerId: string;
  status: ProposalStatus;
  settlement: Settlement;
}

/** The contract's proposal waiting for an answer, if any (there is at most one). */
export async function findPendingProposal(trx: Db, contractId: string): Promise<PendingProposal | undefined> {
  const row = await trx
    .selectFrom('termination_proposals')
    .select(['id', 'proposer_id', 'status', 'settlement'])
    .where('contract_id', '=', contractId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row && { id: row.id, proposerId: row.proposer_id, status: row.status, settlement: row.settlement };
}

/** A step of a proposal, as its table allows it: answered, escalated to staff, or replaced by its proposer. */
export async function moveProposal(
  trx: Db,
  input: {
    proposal: { id: string; status: ProposalStatus };
    action: ProposalAction;
    actor: Actor;
    set: UpdateObject<DB, 'termination_proposals'>;
  },
): Promise<void> {
  await applyTransition(trx, {
    table: 'termination_proposals',
    id: input.proposal.id,
    machine: PROPOSAL_TRANSITIONS,
    action: input.action,
    actor: input.actor,
    current: input.proposal.status,
    set: input.set,
    refusals: { notAllowed: 'forbidden', wrongState: 'no-pending-termination' },
  });
}
