// Journey: a buyer buys a service's package with a paid option by the development card,
// sees every yen before paying, lands on the order's page (the contract page with what was
// bought), and both the seller (on a phone) and the buyer find the order in their lists.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('service order journey', () => {
  it('buy a package with an option → order page → the seller’s and the buyer’s lists', async () => {
    const db = server.app.deps.db;
    const seller = await db.selectFrom('users').select('id').where('username', '=', 'sato_hanako').executeTakeFirstOrThrow();
    const service = await createService(db, seller.id, { title: '商品紹介文を書きます(購入テスト)', acceptanceDays: 3 });

    // The buyer chooses the package and an option, and sees every yen before paying.
    const buyerContext = await newContext(browser, server.url, 'desktop');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await buyer.goto(`/services/${service.id}/purchase?package=${service.packages[0]?.id}`);
    await buyer.getByRole('heading', { name: 'サービスを購入する' }).waitFor();
    await buyer.getByLabel(/特急納品/).check();
    // ¥10,000 + ¥2,000 = ¥12,000; the buyer fee ¥600 and its tax ¥60.
    await buyer.getByRole('button', { name: `${yen(12_660)}を仮払いして購入する` }).waitFor();
    await buyer.getByRole('cell', { name: yen(12_660) }).waitFor();
    await buyer.getByLabel('開発用カード').check();
    await expectAccessible(buyer);
    await shot(buyer, 'service-order', '01-purchase');
    await buyer.getByRole('button', { name: `${yen(12_660)}を仮払いして購入する` }).click();

    // The order's page: the contract page with what was bought.
    await buyer.getByRole('heading', { name: '購入内容' }).waitFor();
    await buyer.getByText('購入しました').first().waitFor();
    expect(await buyer.getByText('特急納品').count()).toBeGreaterThan(0);
    await expectAccessible(buyer);
    await shot(buyer, 'service-order', '02-order-page');
    const contractUrl = buyer.url();

    // The seller finds the order on a phone and opens the same page.
    const sellerContext = await newContext(browser, server.url, 'phone');
    const sellerPage = await sellerContext.newPage();
    await logIn(sellerPage, 'hanako@demo.yorozu.localhost');
    await sellerPage.goto('/mypage/orders');
    await sellerPage.getByRole('heading', { name: '受けた取引' }).waitFor();
    await sellerPage.getByRole('link', { name: '商品紹介文を書きます(購入テスト)' }).first().click();
    await sellerPage.getByRole('heading', { name: '購入内容' }).waitFor();
    await expectAccessible(sellerPage);
    await shot(sellerPage, 'service-order', '03-seller-order-phone');
    expect(new URL(sellerPage.url()).pathname).toBe(new URL(contractUrl).pathname);

    // The buyer's purchases list shows the order.
    await buyer.goto('/mypage/purchases');
    await buyer.getByRole('heading', { name: '購入した取引' }).waitFor();
    await buyer.getByRole('link', { name: '商品紹介文を書きます(購入テスト)' }).first().waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'service-order', '04-purchases');
  });
});
