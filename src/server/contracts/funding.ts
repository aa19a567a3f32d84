// Funding one milestone's escrow (仮払い): the milestone moves to funded, the ledger moves
// the client's money from the outside world into the milestone's escrow account, and the
// contract starts if this was its first funded milestone. All in the caller's transaction.
import type { Selectable } from 'kysely';
import { fundEscrow } from '../../domain/ledger/postings';
import type { Actor } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { postTransaction } from '../db/repositories/ledger';
import type { MilestonesTable } from '../db/schema';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { type LockedContract, moneyOf, moveContract, moveMilestone } from './core';

export async function fundMilestoneNow(
  trx: Db,
  deps: Deps,
  input: {
    contract: LockedContract;
    milestone: Selectable<MilestonesTable>;
    depositId: string;
    actor: Actor;
    actorId: string | null;
  },
  now: Date,
): Promise<void> {
  const { contract, milestone } = input;
  await moveMilestone(
    trx,
    {
      contractId: contract.id,
      milestone,
      action: 'fund',
      actor: input.actor,
      actorId: input.actorId,
      set: { funded_at: now },
      detail: { amount: milestone.escrow, depositId: input.depositId },
    },
    now,
  );
  if (contract.status === 'awaiting_escrow') {
    contract.status = await moveContract(trx, { contract, action: 'start', actor: 'system' }, now);
  }
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: contract.worker_id,
      kind: 'milestone.funded',
      title: `「${contract.title}」の仮払いが完了しました`,
      body: `マイルストーン「${milestone.title}」の仮払い(¥${milestone.amount.toLocaleString('ja-JP')} 税抜)が完了しました。作業を開始してください。`,
      link: `/contracts/${contract.id}`,
    },
    now,
  );
  // The ledger last: the outside-world account, shared by every funding, stays locked
  // only until commit.
  await postTransaction(
    trx,
    fundEscrow(milestone.id, moneyOf(milestone)),
    {
      kind: 'escrow_fund',
      contractId: contract.id,
      milestoneId: milestone.id,
    },
    now,
  );
}
