// Disputes: either party asks staff to step in; staff (support or admin) read the thread
// and the timeline and settle the escrow with a split. Every staff action is audited.

import { authorizeContractAction, lockContract } from '../../contracts/core';
import { openDisputeIn } from '../../contracts/dispute';
import { lockActiveAccount } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';

export interface OpenDisputeInput {
  actorId: string;
  contractId: string;
  reason: string;
}

export async function openDispute(deps: Deps, input: OpenDisputeInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    // An open dispute blocks withdrawal: the opener must not be leaving.
    await lockActiveAccount(trx, input.actorId);
    const locked = await lockContract(trx, input.contractId);
    const { contract, role } = authorizeContractAction(locked, input.actorId, 'open_dispute');
    await openDisputeIn(trx, deps, { contract, openerRole: role, openedBy: input.actorId, reason: input.reason }, now);
  });
}
