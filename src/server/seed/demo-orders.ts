// Demo orders (取引) of the demo services, one in each state a buyer or seller meets:
//   - paid by card, the seller at work (作業中);
//   - bought by bank transfer, waiting for the buyer's transfer (入金待ち);
//   - delivered, the acceptance window counting down (検収待ち);
//   - completed, both reviewed, the seller's answer under the buyer's review;
//   - not delivered by its date and cancelled by the buyer with a full refund.
// Everything goes through the use cases (the price each buyer confirms comes from the
// preview), so the ledger and the timelines are built exactly as in real use. Ichiro's
// services take no demo order: his withdrawal page shows the work side's blockers alone.
import type { Deps } from '../deps';
import { acceptMilestone } from '../use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../use-cases/contracts/deliver-milestone';
import { cancelLateOrder } from '../use-cases/orders/cancel-late-order';
import { placeOrder } from '../use-cases/orders/place-order';
import { previewOrder } from '../use-cases/orders/preview-order';
import { answerReview } from '../use-cases/reviews/answer-review';
import { writeReview } from '../use-cases/reviews/write-review';

const DAY = 86_400_000;
const scores = (skill: number, quality: number, schedule: number, communication: number, partnership: number) => ({
  skill,
  quality,
  schedule,
  communication,
  partnership,
});

interface Purchase {
  buyer: string;
  /** The service's title, as the demo services name it. */
  service: string;
  /** The package's position (0: the first). */
  package: number;
  /** The options' titles. */
  options?: string[];
  method: 'dev_card' | 'bank_transfer';
}

async function buy(
  deps: Deps,
  p: Purchase,
): Promise<{ orderId: string; contractId: string; milestoneId: string; sellerId: string }> {
  const service = await deps.db
    .selectFrom('services')
    .select(['id', 'seller_id'])
    .where('title', '=', p.service)
    .executeTakeFirstOrThrow();
  const pkg = await deps.db
    .selectFrom('service_packages')
    .select('id')
    .where('service_id', '=', service.id)
    .where('position', '=', p.package)
    .executeTakeFirstOrThrow();
  const options = p.options?.length
    ? await deps.db
        .selectFrom('service_options')
        .select('id')
        .where('service_id', '=', service.id)
        .where('title', 'in', p.options)
        .execute()
    : [];
  const choice = { buyerId: p.buyer, serviceId: service.id, packageId: pkg.id, optionIds: options.map((o) => o.id) };
  const preview = await previewOrder(deps, choice);
  const order = await placeOrder(deps, { ...choice, method: p.method, expectedTotal: preview.total });
  const milestone = await deps.db
    .selectFrom('milestones')
    .select('id')
    .where('contract_id', '=', order.contractId)
    .executeTakeFirstOrThrow();
  return { ...order, milestoneId: milestone.id, sellerId: service.seller_id };
}

const SEO = '美容・育児ジャンルのSEO記事を丁寧に執筆します';
const LOGO = 'お店の雰囲気が伝わるロゴを作成します';

export async function seedDemoOrders(deps: Deps, ids: Record<string, string>): Promise<void> {
  const { tanaka_shoji: tanaka, yamamoto_ken: ken } = ids;
  if (!tanaka || !ken) return;

  // 1. Paid by card; the seller is at work.
  await buy(deps, { buyer: tanaka, service: SEO, package: 0, options: ['WordPress入稿'], method: 'dev_card' });

  // 2. Bought by bank transfer; the buyer has yet to transfer.
  await buy(deps, { buyer: tanaka, service: LOGO, package: 0, method: 'bank_transfer' });

  // 3. Delivered; the buyer has the acceptance window to check it.
  const delivered = await buy(deps, { buyer: ken, service: SEO, package: 1, method: 'dev_card' });
  await deliverMilestone(deps, {
    actorId: delivered.sellerId,
    milestoneId: delivered.milestoneId,
    message: '記事2本と構成案をお送りします。ご確認のうえ、気になる点があればお知らせください。',
    attachmentIds: [],
  });

  // 4. Completed: delivered, accepted, both reviewed, the seller's answer.
  const completed = await buy(deps, { buyer: ken, service: LOGO, package: 1, method: 'dev_card' });
  await deliverMilestone(deps, {
    actorId: completed.sellerId,
    milestoneId: completed.milestoneId,
    message: 'ロゴ3案と色違いをお送りします。',
    attachmentIds: [],
  });
  await acceptMilestone(deps, { actorId: ken, milestoneId: completed.milestoneId });
  await writeReview(deps, {
    actorId: ken,
    contractId: completed.contractId,
    scores: scores(5, 5, 4, 5, 5),
    comment: '料理ブログのロゴをお願いしました。温かみのある3案から選べて、色違いまでいただけました。',
  });
  await writeReview(deps, {
    actorId: completed.sellerId,
    contractId: completed.contractId,
    scores: scores(5, 5, 5, 5, 5),
    comment: 'ブログの雰囲気を詳しく教えていただき、制作しやすかったです。',
  });
  const review = await deps.db
    .selectFrom('reviews')
    .select('id')
    .where('contract_id', '=', completed.contractId)
    .where('reviewer_id', '=', ken)
    .executeTakeFirstOrThrow();
  await answerReview(deps, {
    actorId: completed.sellerId,
    reviewId: review.id,
    answer: 'ご購入ありがとうございました。ブログでのご活用を楽しみにしています。',
  });

  // 5. Bought twelve days ago and not delivered by its date: the buyer cancelled it.
  const now = deps.clock();
  const past = { ...deps, clock: () => new Date(now.getTime() - 12 * DAY) };
  const late = await buy(past, { buyer: ken, service: SEO, package: 0, method: 'dev_card' });
  await cancelLateOrder(deps, { actorId: ken, orderId: late.orderId });
}
