// Journey: a seller creates a service with two packages and a paid option, seeing what
// they keep of each price, and publishes it; a buyer on a phone finds it by a
// two-character Japanese word, opens it and sees the packages (as tabs), the option and
// the buy buttons; the seller pauses it from My services and the buy buttons go.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

/** A 1×1 PNG, the service's image. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

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

describe('services journey', () => {
  const word = '盆栽';
  const title = `${word}のロゴを3案ご提案します ${randomBytes(2).toString('hex')}`;

  it('create with two packages and an option → publish → find by a two-character word → pause', async () => {
    const sellerContext = await newContext(browser, server.url, 'desktop');
    const seller = await sellerContext.newPage();
    await logIn(seller, 'hanako@demo.yorozu.localhost');
    // From My page's menu (the page a member lands on after logging in).
    await seller
      .getByRole('main')
      .getByRole('link', { name: /^出品したサービス/ })
      .click();
    await seller.getByRole('heading', { level: 1, name: '出品したサービス' }).waitFor();
    await seller.getByRole('link', { name: 'サービスを出品する' }).click();
    await seller.getByRole('heading', { level: 1, name: 'サービスを出品する' }).waitFor();

    await seller.getByLabel('サービスのタイトル').fill(title);
    await seller.getByLabel('カテゴリ').selectOption('design-logo');
    await seller
      .getByLabel('サービス内容')
      .fill('盆栽園・植木店さま向けに、和の雰囲気を活かしたロゴを3案ご提案します。ヒアリングのうえ、色違いもお付けします。');
    await seller.getByLabel('タグ').fill('ロゴ、和風');
    await seller.getByLabel('画像').setInputFiles({ name: 'bonsai-logo.png', mimeType: 'image/png', buffer: PNG });
    await seller.getByRole('img', { name: '画像1: bonsai-logo.png' }).waitFor();

    const basic = seller.getByRole('group', { name: 'パッケージ1', exact: true });
    await expect(basic.getByLabel('パッケージ名').inputValue()).resolves.toBe('ベーシック');
    await basic.getByLabel('価格(税込)').fill('５０００');
    await basic.getByLabel('お届け日数').fill('7');
    await basic.getByLabel('含まれるもの').fill('ロゴ3案(PNG・AI形式)');
    // The seller's net from the fee preview: 22% of the price (fee and its tax) is kept back.
    await basic.getByText('3,900円(販売手数料 1,100円)').waitFor();

    await seller.getByRole('button', { name: 'パッケージを追加' }).click();
    const standard = seller.getByRole('group', { name: 'パッケージ2', exact: true });
    await expect(standard.getByLabel('パッケージ名').inputValue()).resolves.toBe('スタンダード');
    await standard.getByLabel('価格(税込)').fill('12,000');
    await standard.getByLabel('お届け日数').fill('5');
    await standard.getByLabel('修正回数').fill('3');
    await standard.getByLabel('含まれるもの').fill('ロゴ5案、名刺デザイン1種');
    await standard.getByText('9,360円(販売手数料 2,640円)').waitFor();

    await seller.getByRole('button', { name: 'オプションを追加' }).click();
    const option = seller.getByRole('group', { name: 'オプション1', exact: true });
    await option.getByLabel('オプション名').fill('特急納品(3日短縮)');
    await option.getByLabel('価格(税込)').fill('3000');
    await option.getByText('2,340円(販売手数料 660円)').waitFor();
    await shot(seller, 'services', '01-editor-desktop');
    await expectAccessible(seller);

    await seller.getByRole('button', { name: '保存して公開する' }).click();
    await seller.getByRole('heading', { level: 1, name: title }).waitFor();
    await seller.getByText('公開しました。').waitFor();
    await seller.getByRole('table', { name: 'パッケージの比較' }).waitFor();
    await shot(seller, 'services', '02-published-owner-desktop');
    await expectAccessible(seller);

    // A buyer on a phone finds it by two characters and sees the packages as tabs.
    const buyerContext = await newContext(browser, server.url, 'phone');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await buyer.goto('/services');
    await buyer.getByLabel('キーワード').fill(word);
    await buyer.getByRole('button', { name: '検索する' }).click();
    await buyer.getByText('1件').first().waitFor();
    await shot(buyer, 'services', '03-search-two-characters-phone');
    await expectAccessible(buyer);
    await buyer.getByRole('link', { name: title, exact: true }).click();
    await buyer.getByRole('heading', { level: 1, name: title }).waitFor();
    await buyer.getByRole('tab', { name: 'ベーシック' }).waitFor();
    await buyer.getByText('5,000円').first().waitFor();
    await buyer.getByText('特急納品(3日短縮)').waitFor();
    await buyer.getByRole('link', { name: 'ベーシックを購入する' }).waitFor();
    await buyer.getByRole('tab', { name: 'スタンダード' }).click();
    const buyStandard = buyer.getByRole('link', { name: 'スタンダードを購入する' });
    await buyStandard.waitFor();
    expect(await buyStandard.getAttribute('href')).toMatch(/^\/services\/[0-9a-f-]+\/purchase\?package=[0-9a-f-]+$/);
    // The seller's net is the seller's business.
    expect(await buyer.getByText('あなたの受取額').count()).toBe(0);
    await shot(buyer, 'services', '04-service-phone');
    await expectAccessible(buyer);

    // The same page on a desktop: the packages side by side.
    const desktopBuyerContext = await newContext(browser, server.url, 'desktop');
    const desktopBuyer = await desktopBuyerContext.newPage();
    await logIn(desktopBuyer, 'tanaka@demo.yorozu.localhost');
    await desktopBuyer.goto(new URL(buyer.url()).pathname);
    await desktopBuyer.getByRole('table', { name: 'パッケージの比較' }).waitFor();
    await desktopBuyer.getByRole('link', { name: 'スタンダードを購入する' }).waitFor();
    await desktopBuyer.getByRole('img', { name: `${title}の画像 1` }).waitFor();
    await shot(desktopBuyer, 'services', '05-service-desktop');
    // The seller's profile lists it.
    await desktopBuyer.getByRole('link', { name: '佐藤 花子' }).click();
    await desktopBuyer.getByRole('heading', { level: 2, name: '出品中のサービス' }).waitFor();
    await desktopBuyer.getByRole('link', { name: title, exact: true }).waitFor();
    await expectAccessible(desktopBuyer);

    // The seller pauses it from My services.
    await seller.goto('/mypage/services');
    await seller.getByRole('heading', { level: 1, name: '出品したサービス' }).waitFor();
    const card = seller.getByRole('article', { name: title });
    await card.getByRole('button', { name: /^受付を停止する/ }).click();
    await card.getByText('受付を停止しました。').waitFor();
    await card.getByRole('button', { name: /^受付を再開する/ }).waitFor();
    await shot(seller, 'services', '06-my-services-paused');
    await expectAccessible(seller);

    await buyer.reload();
    await buyer.getByRole('heading', { level: 1, name: title }).waitFor();
    await buyer.getByText('このサービスは現在、受付を停止しています。').waitFor();
    expect(await buyer.getByRole('link', { name: /購入する/ }).count()).toBe(0);
    await shot(buyer, 'services', '07-paused-phone');
    await expectAccessible(buyer);

    await desktopBuyerContext.close();
    await buyerContext.close();
    await sellerContext.close();
  });
});
