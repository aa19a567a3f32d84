// Journey: after an order completed, the buyer (on a phone) sends the seller a tip (おひねり)
// with a message from the order page, seeing every yen from the server's preview before
// paying; the seller then sees the tip with what reached their balance.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptMilestone } from '../src/server/use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../src/server/use-cases/contracts/deliver-milestone';
import { placeOrder } from '../src/server/use-cases/orders/place-order';
import { createService } from '../test/orders';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn, yen } from './support/journeys';
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

describe('service tip journey', () => {
  it('the buyer sends a tip on a completed order and sees the total first; the seller sees the net', async () => {
    const deps = server.app.deps;
    const idOf = async (username: string) =>
      (await deps.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const sellerId = await idOf('sato_hanako');
    const buyerId = await idOf('tanaka_shoji');
    const service = await createService(deps.db, sellerId, { title: '商品紹介文を書きます(おひねりテスト)' });
    const order = await placeOrder(deps, {
      buyerId,
      serviceId: service.id,
      packageId: service.packages[0]?.id ?? '',
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

    const buyerContext = await newContext(browser, server.url, 'phone');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await buyer.goto(`/contracts/${order.contractId}`);
    const tips = buyer.getByRole('region', { name: 'おひねり' });
    await tips.getByRole('heading', { name: 'おひねりを贈る' }).waitFor();
    await tips.getByLabel('おひねりの金額(税込)').fill('2000');
    await tips.getByLabel('メッセージ(任意)').fill('丁寧な文章をありがとうございました。');
    await tips.getByText('開発用カード').first().click();
    // ¥2,000 + 5% (¥100) + its tax (¥10): the total on the table and on the button.
    await tips.getByRole('cell', { name: yen(2_110) }).waitFor();
    const pay = tips.getByRole('button', { name: `${yen(2_110)}を支払っておひねりを贈る` });
    await pay.waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'service-tip', '01-tip-form-phone');
    await pay.click();
    await buyer.getByText('おひねりを贈りました。出品者にお知らせしました。').first().waitFor();
    await tips.getByText(`おひねり ${yen(2_000)}`).waitFor();
    await tips.getByText(`お支払い ${yen(2_110)}`).waitFor();
    await shot(buyer, 'service-tip', '02-tip-sent-phone');
    await buyerContext.close();

    const sellerContext = await newContext(browser, server.url, 'desktop');
    const seller = await sellerContext.newPage();
    await logIn(seller, 'hanako@demo.yorozu.localhost');
    await seller.goto(`/contracts/${order.contractId}`);
    const received = seller.getByRole('region', { name: 'おひねり' });
    await received.getByText(`おひねり ${yen(2_000)}`).waitFor();
    // ¥2,000 less 20% (¥400) and its tax (¥40).
    await received.getByText(`受け取り ${yen(1_560)}`).waitFor();
    await received.getByText('丁寧な文章をありがとうございました。').waitFor();
    expect(await received.getByRole('heading', { name: 'おひねりを贈る' }).count()).toBe(0);
    await expectAccessible(seller);
    await shot(seller, 'service-tip', '03-seller-sees-tip');
    await sellerContext.close();
  });
});
