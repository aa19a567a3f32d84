// Journey: after an order completed and both reviewed, the seller (on a phone) answers the
// buyer's review once on the order page; the buyer then sees the answer under their review.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptMilestone } from '../src/server/use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../src/server/use-cases/contracts/deliver-milestone';
import { placeOrder } from '../src/server/use-cases/orders/place-order';
import { writeReview } from '../src/server/use-cases/reviews/write-review';
import { createService } from '../test/orders';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const scores = (n: number) => ({ skill: n, quality: n, schedule: n, communication: n, partnership: n });

describe('service review journey', () => {
  it('the seller answers the buyer’s revealed review once; the buyer sees the answer', async () => {
    const deps = server.app.deps;
    const idOf = async (username: string) =>
      (await deps.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const sellerId = await idOf('sato_hanako');
    const buyerId = await idOf('tanaka_shoji');
    const service = await createService(deps.db, sellerId, { title: '商品紹介文を書きます(評価テスト)' });
    const packageId = service.packages[0]?.id ?? '';
    // ¥10,000 and the buyer's fee with its tax (5.5%).
    const order = await placeOrder(deps, {
      buyerId,
      serviceId: service.id,
      packageId,
      optionIds: [],
      method: 'dev_card',
      expectedTotal: 10_550,
    });
    const milestone = await deps.db
      .selectFrom('milestones')
      .select('id')
      .where('contract_id', '=', order.contractId)
      .executeTakeFirstOrThrow();
    await deliverMilestone(deps, { actorId: sellerId, milestoneId: milestone.id, message: '納品します。', attachmentIds: [] });
    await acceptMilestone(deps, { actorId: buyerId, milestoneId: milestone.id });
    await writeReview(deps, {
      actorId: buyerId,
      contractId: order.contractId,
      scores: scores(5),
      comment: '期待以上の文章でした。',
    });
    await writeReview(deps, { actorId: sellerId, contractId: order.contractId, scores: scores(5), comment: '' });

    const sellerContext = await newContext(browser, server.url, 'phone');
    const seller = await sellerContext.newPage();
    await logIn(seller, 'hanako@demo.yorozu.localhost');
    await seller.goto(`/contracts/${order.contractId}`);
    await seller.getByRole('heading', { name: 'この評価に返信する' }).waitFor();
    await seller.getByLabel('返信').fill('ご購入ありがとうございました。またお待ちしております。');
    await expectAccessible(seller);
    await shot(seller, 'service-review', '01-answer-form-phone');
    await seller.getByRole('button', { name: '返信を送信する' }).click();
    await seller.getByText('返信を送信しました。').first().waitFor();
    await seller.getByRole('heading', { name: '出品者からの返信' }).waitFor();
    // Answered once: the form is gone.
    expect(await seller.getByRole('heading', { name: 'この評価に返信する' }).count()).toBe(0);
    await shot(seller, 'service-review', '02-answered-phone');

    const buyerContext = await newContext(browser, server.url, 'desktop');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await buyer.goto(`/contracts/${order.contractId}`);
    await buyer.getByRole('heading', { name: '出品者からの返信' }).waitFor();
    await buyer.getByText('ご購入ありがとうございました。またお待ちしております。').waitFor();
    expect(await buyer.getByRole('heading', { name: 'この評価に返信する' }).count()).toBe(0);
    await expectAccessible(buyer);
    await shot(buyer, 'service-review', '03-buyer-sees-answer');

    // Anyone sees the review, its package and the answer on the service page, with the average.
    const visitorContext = await newContext(browser, server.url, 'phone');
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/services/${service.id}`);
    const reviews = visitor.getByRole('region', { name: '購入者からの評価' });
    await reviews.getByText('件の評価').waitFor();
    await reviews.getByText('出品者からの返信').waitFor();
    await reviews.getByText('ご購入ありがとうございました。またお待ちしております。').waitFor();
    await expectAccessible(visitor);
    await shot(visitor, 'service-review', '04-service-page-reviews-phone');
    await visitorContext.close();
  });
});
