// Journey: a quote from message to order. A buyer asks for a custom order from a service
// page (見積り・カスタマイズを相談する); the seller, on a phone, opens the request from the
// messages, sees what they would keep and sends a quote; the buyer buys the quote with
// every yen shown, and lands on the order's contract page with the quote's terms.
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

const TITLE = 'チラシをデザインします(見積りテスト)';

describe('service quote journey', () => {
  it('ask from the service page → the seller quotes on a phone → the buyer buys → the order page', async () => {
    const db = server.app.deps.db;
    const seller = await db.selectFrom('users').select('id').where('username', '=', 'sato_hanako').executeTakeFirstOrThrow();
    const service = await createService(db, seller.id, { title: TITLE, acceptanceDays: 3 });

    // The buyer asks from the service page.
    const buyerContext = await newContext(browser, server.url, 'desktop');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await buyer.goto(`/services/${service.id}`);
    await buyer.getByRole('link', { name: '見積り・カスタマイズを相談する' }).click();
    await buyer.getByRole('heading', { name: '見積り・カスタマイズを相談する' }).waitFor();
    await buyer.getByLabel(/相談内容/).fill('A4両面のチラシを作っていただけますか?予算は2万円、来週中だと助かります。');
    await expectAccessible(buyer);
    await shot(buyer, 'service-quote', '01-ask');
    await buyer.getByRole('button', { name: '相談を送る' }).click();
    await buyer.getByRole('heading', { name: `見積り相談: ${TITLE}` }).waitFor();
    await buyer.getByText('相談を送りました').first().waitFor();
    await buyer.getByText('まだ見積りは届いていません。').waitFor();
    await buyer.getByText('A4両面のチラシを作っていただけますか?').waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'service-quote', '02-inquiry-buyer');
    const inquiryUrl = buyer.url();

    // The seller opens it from the messages on a phone, and quotes with the net shown.
    const sellerContext = await newContext(browser, server.url, 'phone');
    const sellerPage = await sellerContext.newPage();
    await logIn(sellerPage, 'hanako@demo.yorozu.localhost');
    await sellerPage.goto('/messages');
    await sellerPage.getByRole('link', { name: TITLE }).first().click();
    await sellerPage.getByRole('heading', { name: '見積りを送る' }).waitFor();
    await sellerPage.getByLabel(/^金額/).fill('20000');
    // ¥20,000: the seller keeps 78% (the fee ¥4,000 and its tax ¥400).
    await sellerPage.getByText(`あなたが受け取る金額: ${yen(15_600)}`).waitFor();
    await sellerPage.getByLabel(/お届けまでの日数/).fill('7');
    await sellerPage.getByLabel(/見積りの内容/).fill('A4両面チラシのデザイン1案、修正2回、印刷用PDFでの納品');
    await expectAccessible(sellerPage);
    await shot(sellerPage, 'service-quote', '03-quote-form-phone');
    await sellerPage.getByRole('button', { name: '見積りを送る' }).click();
    await sellerPage.getByText('見積りを送りました').first().waitFor();
    await sellerPage.getByRole('heading', { name: `${yen(20_000)}の見積り` }).waitFor();
    await sellerPage.getByText('回答待ち').first().waitFor();
    await sellerPage.getByRole('button', { name: '見積りを取り下げる' }).waitFor();
    await expectAccessible(sellerPage);
    await shot(sellerPage, 'service-quote', '04-quote-sent-phone');

    // The buyer sees the quote and buys it, every yen shown before paying.
    await buyer.goto(inquiryUrl);
    await buyer.getByRole('heading', { name: `${yen(20_000)}の見積り` }).waitFor();
    await buyer.getByRole('link', { name: 'この見積りで購入する' }).click();
    await buyer.getByRole('heading', { name: '見積りを購入する' }).waitFor();
    // ¥20,000 + the buyer fee ¥1,000 and its tax ¥100.
    await buyer.getByRole('cell', { name: yen(21_100) }).waitFor();
    await buyer.getByLabel('開発用カード').check();
    await expectAccessible(buyer);
    await shot(buyer, 'service-quote', '05-purchase');
    await buyer.getByRole('button', { name: `${yen(21_100)}を仮払いして購入する` }).click();

    // The order's page: the contract page with the quote's terms.
    await buyer.getByRole('heading', { name: '購入内容' }).waitFor();
    await buyer.getByText('購入しました').first().waitFor();
    await buyer.getByText('A4両面チラシのデザイン1案、修正2回、印刷用PDFでの納品').first().waitFor();
    expect(await buyer.getByText('見積り').count()).toBeGreaterThan(0);
    await expectAccessible(buyer);
    await shot(buyer, 'service-quote', '06-order-page');

    // The inquiry now shows the quote bought, with the way to the order.
    await buyer.goto(inquiryUrl);
    await buyer.getByText('購入済み').first().waitFor();
    await buyer.getByRole('link', { name: '取引ページへ' }).waitFor();
  });
});
