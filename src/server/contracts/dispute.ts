// Opening a dispute (トラブル報告 / 運営への相談): the contract freezes until staff settle it,
// a pending termination proposal passes to staff with it, and both sides are told.
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { type LockedContract, moveContract } from './core';

export async function openDisputeIn(
  trx: Db,
  deps: Deps,
  input: { contract: LockedContract; openerRole: 'client' | 'worker' | 'system'; openedBy: string | null; reason: string },
  now: Date,
): Promise<void> {
  const { contract } = input;
  if (contract.status === 'disputed') throw new AppError('dispute-open');
  await moveContract(
    trx,
    { contract, action: 'dispute', actor: input.openerRole, actorId: input.openedBy, detail: { reason: input.reason } },
    now,
  );
  contract.status = 'disputed';
  await trx
    .updateTable('termination_proposals')
    .set({ status: 'escalated', decided_at: now })
    .where('contract_id', '=', contract.id)
    .where('status', '=', 'pending')
    .execute();
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
        title: `「${contract.title}」は運営事務局の対応に移りました`,
        body: '運営事務局が双方の事情とメッセージを確認し、仮払い金の精算方法を決めます。それまで仮払い・納品・検収などの操作は止まります。',
        link: `/contracts/${contract.id}`,
      },
      now,
    );
  }
}
