// A demo order with a tip (おひねり), made through the real use cases: 山本 健 buys 高橋 芽衣's
// logo service by bank transfer (staff confirm it), she delivers, he accepts, and he sends
// her a tip with a word of thanks, also by transfer confirmed by staff. Production-safe:
// no development card.
import type { Deps } from '../deps';
import { acceptMilestone } from '../use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../use-cases/contracts/deliver-milestone';
import { confirmDeposit } from '../use-cases/deposits/confirm-deposit';
import { placeOrder } from '../use-cases/orders/place-order';
import { previewOrder } from '../use-cases/orders/preview-order';
import { previewTip } from '../use-cases/orders/preview-tip';
import { sendTip } from '../use-cases/orders/send-tip';

const LOGO_SERVICE = 'お店の雰囲気が伝わるロゴを作成します';

/** The one waiting deposit of a milestone or a tip, confirmed by staff for its amount. */
async function confirmWaiting(deps: Deps, staffId: string, where: { milestoneId?: string; tipId?: string }) {
  const deposit = await deps.db
    .selectFrom('deposits')
    .select(['id', 'amount'])
    .where('status', '=', 'pending')
    .where(where.tipId ? 'tip_id' : 'milestone_id', '=', where.tipId ?? where.milestoneId ?? '')
    .executeTakeFirstOrThrow();
  await confirmDeposit(deps, { staffId, depositId: deposit.id, receivedAmount: deposit.amount });
}

/** A completed order of the logo service with a paid tip; nothing when the demo people or service are missing. */
export async function seedDemoTips(deps: Deps, ids: Record<string, string>, staffId: string): Promise<void> {
  const { yamamoto_ken: buyerId, takahashi_mei: sellerId } = ids;
  if (!buyerId || !sellerId) return;
  const service = await deps.db
    .selectFrom('services')
    .select('id')
    .where('seller_id', '=', sellerId)
    .where('title', '=', LOGO_SERVICE)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!service) return;
  const basic = await deps.db
    .selectFrom('service_packages')
    .select('id')
    .where('service_id', '=', service.id)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  const choice = { buyerId, serviceId: service.id, packageId: basic.id, optionIds: [] };
  const { total } = await previewOrder(deps, choice);
  const order = await placeOrder(deps, { ...choice, method: 'bank_transfer', expectedTotal: total });
  const milestone = await deps.db
    .selectFrom('milestones')
    .select('id')
    .where('contract_id', '=', order.contractId)
    .executeTakeFirstOrThrow();
  await confirmWaiting(deps, staffId, { milestoneId: milestone.id });
  await deliverMilestone(deps, {
    actorId: sellerId,
    milestoneId: milestone.id,
    message: 'ロゴの案を3点お送りします。ご確認ください。',
    attachmentIds: [],
  });
  await acceptMilestone(deps, { actorId: buyerId, milestoneId: milestone.id });
  const tip = await previewTip(deps, { buyerId, orderId: order.orderId, amount: 1_500 });
  const { tipId } = await sendTip(deps, {
    buyerId,
    orderId: order.orderId,
    amount: tip.amount,
    message: 'お店のみんなが気に入っています。素敵なロゴをありがとうございました!',
    method: 'bank_transfer',
    expectedTotal: tip.total,
  });
  await confirmWaiting(deps, staffId, { tipId });
}
