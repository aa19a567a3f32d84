// Journey: an order from search to both reviews. A buyer finds a seller's service by a
// two-character word, buys its second package with a paid option by the development card;
// the seller (on a phone) delivers; the buyer says nothing, the service's acceptance window
// (3 days) passes and the delivery is accepted by itself, which completes the order; then
// both review in the browser and the reviews appear together, on the order and on the
// service page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeServiceStatus } from '../src/server/use-cases/services/change-service-status';
import { createService } from '../src/server/use-cases/services/create-service';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn, review, yen } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

const DAY = 86_400_000;
/** The server's clock runs ahead by this much once the acceptance window has passed. */
let ahead = 0;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ clock: () => new Date(Date.now() + ahead) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('service order to completion', () => {
  it('find by two characters → buy with an option → deliver → the window passes → completed → both review', async () => {
    const deps = server.app.deps;
    const seller = await deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'takahashi_mei')
      .executeTakeFirstOrThrow();
    const title = '苔玉の写真で季節のポストカードをデザインします';
    const serviceId = await createService(deps, {
      sellerId: seller.id,
      service: {
        title,
        category: 'design-logo',
        tags: ['ポストカード', '和風'],
        description: '苔玉や盆栽の写真から、季節のご挨拶に使えるポストカードをデザインします。印刷用のデータでお渡しします。',
        packages: [
          { name: 'ベーシック', price: 4_000, deliveryDays: 5, revisions: 1, includes: 'デザイン1種(PNG)' },
          { name: 'スタンダード', price: 9_000, deliveryDays: 7, revisions: 2, includes: 'デザイン3種(PNG・PDF)' },
        ],
        options: [{ title: '宛名面のデザイン', price: 2_000, extraDays: 1 }],
        faq: [],
        buyerRequest: '使いたい写真と、季節や用途を教えてください。',
        imageIds: [],
        capacity: 3,
        acceptanceDays: 3,
      },
    });
    await changeServiceStatus(deps, { sellerId: seller.id, serviceId, action: 'publish' });

    // The buyer finds it by two characters and buys the second package with the option.
    const buyerContext = await newContext(browser, server.url, 'desktop');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await buyer.goto('/services');
    await buyer.getByLabel('キーワード').fill('苔玉');
    await buyer.getByRole('button', { name: '検索する' }).click();
    await buyer.getByText('1件').first().waitFor();
    await buyer.getByRole('link', { name: title, exact: true }).click();
    await buyer.getByRole('heading', { level: 1, name: title }).waitFor();
    await buyer.getByRole('link', { name: 'スタンダードを購入する' }).click();
    await buyer.getByRole('heading', { name: 'サービスを購入する' }).waitFor();
    await buyer.getByLabel(/宛名面のデザイン/).check();
    // ¥9,000 + ¥2,000 = ¥11,000; the buyer's fee 5% (¥550) and its tax (¥55).
    const total = yen(11_605);
    await buyer.getByRole('button', { name: `${total}を仮払いして購入する` }).waitFor();
    await buyer.getByLabel('開発用カード').check();
    await shot(buyer, 'service-order-complete', '01-purchase-standard-with-option');
    await buyer.getByRole('button', { name: `${total}を仮払いして購入する` }).click();
    await buyer.getByRole('heading', { name: '購入内容' }).waitFor();
    const orderPath = new URL(buyer.url()).pathname;
    const contractId = orderPath.split('/').pop() ?? '';

    // The seller delivers on a phone.
    const sellerContext = await newContext(browser, server.url, 'phone');
    const sellerPage = await sellerContext.newPage();
    await logIn(sellerPage, 'mei@demo.yorozu.localhost');
    await sellerPage.goto(orderPath);
    await sellerPage.getByText('仮払い済み（作業中）').first().waitFor();
    await sellerPage.getByRole('button', { name: '納品する' }).click();
    await sellerPage.getByLabel('納品メッセージ').fill('ポストカード3種と宛名面のデータをお送りします。ご確認ください。');
    await sellerPage.getByRole('button', { name: '納品する' }).last().click();
    await sellerPage.getByText(/を納品しました。/).waitFor();
    await shot(sellerPage, 'service-order-complete', '02-delivered-phone');

    // The buyer sees the countdown of the service's own window and does nothing.
    await buyer.reload();
    await buyer
      .getByText(/自動検収まで/)
      .first()
      .waitFor();
    await shot(buyer, 'service-order-complete', '03-countdown');

    // Four days later the delivery has been accepted by itself and the order is complete.
    ahead = 4 * DAY;
    await expect
      .poll(
        async () =>
          (await deps.db.selectFrom('contracts').select('status').where('id', '=', contractId).executeTakeFirstOrThrow()).status,
        { timeout: 15_000, interval: 200 },
      )
      .toBe('completed');
    await buyer.reload();
    await buyer.getByText('完了').first().waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'service-order-complete', '04-completed-by-itself');

    // Both review; the reviews appear together.
    await sellerPage.reload();
    await review(sellerPage, 'イメージを丁寧に伝えていただき、作りやすかったです。', [
      'service-order-complete',
      '05-seller-review-phone',
    ]);
    await sellerPage.getByText(/相手が評価を書くか/).waitFor();
    await buyer.reload();
    await review(buyer, '季節感のある素敵なデザインでした。宛名面も使いやすいです。', [
      'service-order-complete',
      '06-buyer-review',
    ]);
    await buyer.getByText('イメージを丁寧に伝えていただき、作りやすかったです。').waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'service-order-complete', '07-reviews-revealed');

    // The service page shows the buyer's review with the package bought.
    await buyer.goto(`/services/${serviceId}`);
    const reviews = buyer.getByRole('region', { name: '購入者からの評価' });
    await reviews.getByText('季節感のある素敵なデザインでした。宛名面も使いやすいです。').waitFor();
    await reviews
      .getByText(/スタンダード/)
      .first()
      .waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'service-order-complete', '08-service-page-review');

    await sellerContext.close();
    await buyerContext.close();
  });
});
