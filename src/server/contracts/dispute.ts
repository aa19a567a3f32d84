// Opening a dispute (トラブル報告 / 運営への相談): the contract freezes until staff settle it,
// a pending termination proposal passes to staff with it, and both sides are told.
// Settling it is a step of its table (domain/contracts/dispute.ts) as a compare-and-set.
import type { UpdateObject } from 'kysely';
import { DISPUTE_TRANSITIONS, type DisputeStatus } from '../../domain/contracts/dispute';
import { AppError } from '../../domain/errors';
import { isFrozen } from '../../domain/policies/contracts';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { DB } from '../db/schema';
import { applyTransition } from '../db/transition';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { type LockedContract, moveContract } from './core';
import { findPendingProposal, moveProposal } from './proposals';

export async function openDisputeIn(
  trx: Db,
  deps: Deps,
  input: { contract: LockedContract; openerRole: 'client' | 'worker' | 'system'; openedBy: string | null; reason: string },
  now: Date,
): Promise<void> {
  const { contract } = input;
  if (isFrozen(contract)) throw new AppError('dispute-open');
  await moveContract(
    trx,
    { contract, action: 'dispute', actor: input.openerRole, actorId: input.openedBy, detail: { reason: input.reason } },
    now,
  );
  contract.status = 'disputed';
  const pending = await findPendingProposal(trx, contract.id);
  if (pending)
    await moveProposal(trx, { proposal: pending, action: 'escalate', actor: input.openerRole, set: { decided_at: now } });
  try {
    await trx
      .insertInto('disputes')
      .values({
        contract_id: contract.id,
        opened_by: input.openedBy,
        opener_role: input.openerRole,
        reason: input.reason,
        created_at: now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'disputes_open_key')) throw new AppError('dispute-open');
    throw error;
  }
  for (const userId of [contract.client_id, contract.worker_id]) {
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId,
        kind: 'contract.disputed',
        params: { title: contract.title },
        link: `/contracts/${contract.id}`,
      },
      now,
    );
  }
}

/** Staff settle an open dispute; a dispute settled already is a wrong state. */
export async function settleDisputeRow(
  trx: Db,
  input: { dispute: { id: string; status: DisputeStatus }; set: UpdateObject<DB, 'disputes'> },
): Promise<void> {
  await applyTransition(trx, {
    table: 'disputes',
    id: input.dispute.id,
    machine: DISPUTE_TRANSITIONS,
    action: 'settle',
    actor: 'staff',
    current: input.dispute.status,
    set: input.set,
    refusals: { notAllowed: 'forbidden', wrongState: 'contract-transition-invalid' },
  });
}
