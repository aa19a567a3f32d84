// The client accepts a delivery (検収); the timers accept it by themselves after the
// configured days without an answer, and remind the client before.
import { AppError } from '../../domain/errors';
import { lockMilestone, partyRole, refuseWhenFrozen } from '../contracts/core';
import { releaseMilestone } from '../contracts/release';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

export async function acceptMilestone(
  deps: Deps,
  input: { actorId: string; milestoneId: string },
): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { contract, milestone } = await lockMilestone(trx, input.milestoneId);
    if (partyRole(contract, input.actorId) !== 'client') throw new AppError('forbidden');
    refuseWhenFrozen(contract);
    await releaseMilestone(trx, deps, { contract, milestone, automatic: false, actorId: input.actorId }, now);
    return { contractId: contract.id };
  });
}

/** The `milestone.auto_accept` task. Idempotent: only the delivery it was set for, still unanswered. */
export async function autoAcceptMilestone(deps: Deps, milestoneId: string, deliveryCount: number, now: Date): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const found = await lockMilestone(trx, milestoneId).catch(() => null);
    if (!found) return;
    const { contract, milestone } = found;
    if (milestone.status !== 'delivered' || milestone.delivery_count !== deliveryCount) return;
    if (!milestone.auto_accept_at || milestone.auto_accept_at.getTime() > now.getTime()) return;
    // A dispute freezes the countdown; staff settle the escrow instead.
    if (contract.status === 'disputed') return;
    await releaseMilestone(trx, deps, { contract, milestone, automatic: true, actorId: null }, now);
  });
}

/** The `milestone.accept_reminder` task: tells the client how long is left. */
export async function remindAcceptance(
  deps: Deps,
  input: { milestoneId: string; deliveryCount: number; daysLeft: number },
  now: Date,
): Promise<void> {
  const m = await deps.db
    .selectFrom('milestones as m')
    .innerJoin('contracts as k', 'k.id', 'm.contract_id')
    .select([
      'm.status',
      'm.delivery_count',
      'm.auto_accept_at',
      'k.id as contract_id',
      'k.client_id',
      'k.title',
      'k.status as contract_status',
    ])
    .where('m.id', '=', input.milestoneId)
    .executeTakeFirst();
  if (m?.status !== 'delivered' || m.delivery_count !== input.deliveryCount || m.contract_status === 'disputed') return;
  await notify(
    deps.db,
    deps.config.publicUrl,
    {
      userId: m.client_id,
      kind: 'milestone.accept_reminder',
      title: `「${m.title}」の自動検収まであと${input.daysLeft}日です`,
      body: `納品物を確認して、検収するか修正依頼をしてください。${m.auto_accept_at?.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }) ?? ''}を過ぎると自動で検収され、報酬が支払われます。`,
      link: `/contracts/${m.contract_id}`,
    },
    now,
  );
}
