// Journey: a client posts a job; a worker finds it by a two-character Japanese word,
// applies; they exchange messages; the client declines. Then a worker with a pending
// application opens the withdrawal pre-check, withdraws the application there and
// becomes eligible.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { localDateTime, logIn } from './support/journeys';
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

describe('work journey', () => {
  const word = '狛犬';
  const title = `${word}の置物の商品説明文(3点)${randomBytes(2).toString('hex')}`;

  it('post → find by a two-character word → apply → messages → decline', async () => {
    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.getByRole('link', { name: '仕事を依頼する' }).first().click();
    await client.getByLabel('プロジェクト(固定報酬制)').check();
    await client.getByLabel('タイトル').fill(title);
    await client
      .getByLabel('仕事の詳細')
      .fill('神社向けの狛犬の置物3点について、ネットショップ用の商品説明文(各300字)をお願いします。');
    await client.getByLabel('カテゴリ').selectOption('writing-review');
    await client.getByLabel('募集期限').fill(localDateTime(7));
    await client.getByLabel('予算(下限)').fill('５０００');
    await client.getByLabel('予算(上限)').fill('10,000');
    await shot(client, 'work', '01-post-job');
    await client.getByRole('button', { name: '募集を開始する' }).click();
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    await client.getByText('募集を開始しました。').waitFor();
    await shot(client, 'work', '02-job-posted');
    await expectAccessible(client);

    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'hanako@demo.yorozu.localhost');
    await worker.goto('/jobs');
    await worker.getByLabel('キーワード').fill(word);
    await worker.getByRole('button', { name: '検索する' }).click();
    await worker.getByText('1件').first().waitFor();
    await shot(worker, 'work', '03-search-two-characters-phone');
    await expectAccessible(worker);
    await worker.getByRole('link', { name: title, exact: true }).click();
    await worker.getByRole('link', { name: 'この仕事に応募する' }).click();
    await worker.getByRole('heading', { level: 1, name: 'この仕事に応募する' }).waitFor();
    await worker.getByLabel('提案内容').fill('雑貨の商品説明を2年間書いています。縁起物の由来も調べて丁寧に書きます。');
    await worker.getByLabel('見積金額(円・税抜)').fill('８０００');
    await worker.getByLabel('納品までの日数').fill('7');
    await shot(worker, 'work', '04-apply-phone');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: '応募する', exact: true }).click();
    await worker.getByRole('heading', { level: 1, name: '応募詳細' }).waitFor();
    await worker
      .getByText(/選考期限まであと/)
      .first()
      .waitFor();
    await worker.getByRole('textbox', { name: 'メッセージ' }).fill('納品はテキストファイルでよろしいでしょうか。');
    await worker.getByRole('button', { name: '送信する' }).click();
    await worker.getByText('メッセージを送信しました。').waitFor();
    await shot(worker, 'work', '05-application-phone');

    // The client sees the applicant, reads the message, replies, and declines.
    await client.reload();
    await client.getByRole('link', { name: /応募者を見る/ }).click();
    await client.getByRole('heading', { level: 1, name: '応募者一覧' }).waitFor();
    await shot(client, 'work', '06-applicants');
    await expectAccessible(client);
    await client
      .getByRole('link', { name: /詳細・メッセージ/ })
      .first()
      .click();
    await client.getByText('納品はテキストファイルでよろしいでしょうか。').waitFor();
    await client.getByRole('textbox', { name: 'メッセージ' }).fill('はい、テキストで大丈夫です。');
    await client.getByRole('button', { name: '送信する' }).click();
    await client.getByText('メッセージを送信しました。').waitFor();
    await client.goBack();
    await client.getByRole('heading', { level: 1, name: '応募者一覧' }).waitFor();
    await client
      .getByRole('button', { name: /見送る/ })
      .first()
      .click();
    await client.getByLabel('見送りの理由(任意・応募者に届きます)').fill('今回は社内で対応することになりました。');
    await client.getByRole('button', { name: '見送りを確定する' }).click();
    await client.getByText(/の応募を見送りました。/).waitFor();
    await shot(client, 'work', '07-declined');

    // The worker sees the reply and the decision with its reason.
    await worker.goto('/mypage/applications');
    await worker.getByRole('heading', { level: 1, name: '応募した仕事' }).waitFor();
    await worker.getByText('見送り').first().waitFor();
    await worker.getByRole('link', { name: '応募内容を見る' }).first().click();
    await worker.getByText('今回は社内で対応することになりました。').first().waitFor();
    await worker.getByText('はい、テキストで大丈夫です。').waitFor();
    await shot(worker, 'work', '08-worker-sees-decline-phone');
    await expectAccessible(worker);
    await clientContext.close();
    await workerContext.close();
  });

  it('a pending application blocks withdrawal and is withdrawn from the pre-check', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await logIn(page, 'ichiro@demo.yorozu.localhost'); // applied to the system job in the demo data
    await page.goto('/mypage/withdrawal');
    await page.getByText('選考中の応募があります').waitFor();
    // The demo data also has a task submission and a competition entry of his waiting, and
    // a service of his on sale.
    await page.getByText('退会の前に、次の4件を完了してください。').waitFor();
    await shot(page, 'work', '09-precheck-pending-application-phone');
    await expectAccessible(page);
    // Each in-place action asks first, says what it will do, and then what it did.
    await page.getByRole('button', { name: '応募を取り下げる' }).click();
    const confirmWithdraw = page.getByRole('group', { name: '応募を取り下げる前の確認' });
    await confirmWithdraw.getByText(/取り下げた応募は元に戻せません/).waitFor();
    await shot(page, 'work', '09b-precheck-confirm-phone');
    await expectAccessible(page);
    await confirmWithdraw.getByRole('button', { name: '応募を取り下げる' }).click();
    await page.getByText('退会の前に、次の3件を完了してください。').waitFor();
    await page.getByText(/応募を取り下げました。/).waitFor();
    // 戻る changes nothing.
    await page.getByRole('button', { name: '提出を取り下げる' }).click();
    await page.getByRole('group', { name: '提出を取り下げる前の確認' }).getByRole('button', { name: '戻る' }).click();
    expect(await page.getByText('退会の前に、次の3件を完了してください。').count()).toBe(1);
    await page.getByRole('button', { name: '提出を取り下げる' }).click();
    await page.getByRole('group', { name: '提出を取り下げる前の確認' }).getByRole('button', { name: '提出を取り下げる' }).click();
    await page.getByText('退会の前に、次の2件を完了してください。').waitFor();
    await page.getByText(/提出を取り下げました。/).waitFor();
    await page.getByRole('button', { name: '作品を取り下げる' }).click();
    await page.getByRole('group', { name: '作品を取り下げる前の確認' }).getByRole('button', { name: '作品を取り下げる' }).click();
    await page.getByText('退会の前に、次の1件を完了してください。').waitFor();
    await page.getByText(/作品を取り下げました。/).waitFor();
    // The service on sale is hidden in place (非公開にする), after the page says what that does.
    await page.getByRole('button', { name: '非公開にする' }).click();
    const confirmHide = page.getByRole('group', { name: '非公開にする前の確認' });
    await confirmHide.getByText(/購入できなくなり/).waitFor();
    await confirmHide.getByRole('button', { name: '非公開にする' }).click();
    await page.getByText('現在、退会の手続きができます。').waitFor();
    await page.getByRole('button', { name: '退会する' }).waitFor();
    await shot(page, 'work', '10-precheck-eligible-phone');
    await context.close();
  });
});
