// Journey: a buyer writes a phone number disguised as 「ゼロキュウゼロ の 1234-5678」 in a
// quote request thread; it is caught and explained (the part, 利用規約 第7条 and why), he
// edits it and sends; then he sends a full-width number for staff review with a reason, sees
// it as 「スタッフ確認中」 (the seller does not), an operator approves it from 確認待ちの投稿,
// and the seller reads it. On a phone too. A job posting with a phone number in its details
// is caught the same way on its own form, sent for review from there, and published once
// approved.
import type { Browser, Page } from 'playwright-core';
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

/** The demo quote request between the demo client and the design student. */
async function openInquiryThread(page: Page): Promise<string> {
  const res = await page.request.get('/api/v1/me/threads');
  const threads = (await res.json()).items as { subjectType: string; link: string }[];
  const link = threads.find((th) => th.subjectType === 'inquiry')?.link;
  if (!link) throw new Error('no inquiry thread in the demo data');
  await page.goto(link);
  await page.getByRole('heading', { name: 'メッセージ' }).first().waitFor();
  return link;
}

describe('screening of messages', () => {
  it('explains a disguised phone number, takes the edit, and sends another for staff review', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const buyer = await context.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    const link = await openInquiryThread(buyer);

    const body = buyer.getByLabel('メッセージ', { exact: true });
    await body.fill('詳しくはお電話で。ゼロキュウゼロ の 1234-5678 にかけてください');
    await buyer.getByRole('button', { name: '送信する' }).click();
    const alert = buyer.getByRole('alert').filter({ hasText: '連絡先や外部での取引の誘いが含まれています' });
    await alert.waitFor();
    await expect.poll(() => alert.locator('mark').first().textContent()).toContain('1234-5678');
    await alert.getByText('利用規約 第7条(直接取引の禁止)').first().waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'screening', '01-caught');

    await alert.getByRole('button', { name: '修正する' }).click();
    await expect.poll(() => buyer.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await body.fill('詳しくはこちらのメッセージでご相談させてください。開店は来月15日です。');
    await buyer.getByRole('button', { name: '送信する' }).click();
    await buyer.getByText('メッセージを送信しました。').waitFor();
    await buyer.getByText('開店は来月15日です。').first().waitFor();
    await shot(buyer, 'screening', '02-edited-sent');

    // A full-width number split by spaces, sent for staff review with a reason.
    await body.fill('当日の搬入の連絡用に、携帯 ０８０ ９８７６ ５４３２ です');
    await buyer.getByRole('button', { name: '送信する' }).click();
    await alert.waitFor();
    await alert.getByRole('button', { name: 'スタッフに確認を依頼する' }).click();
    await buyer.getByLabel('確認を依頼する理由').fill('開店当日の搬入で、現地で連絡を取り合う必要があるため');
    await shot(buyer, 'screening', '03-review-reason');
    await buyer.getByRole('button', { name: 'この内容で確認を依頼する' }).click();
    await buyer.getByText('スタッフに確認を依頼しました。').waitFor();
    const held = buyer.locator('.message-held');
    await held.getByText('スタッフ確認中').waitFor();
    await expectAccessible(buyer);
    await shot(buyer, 'screening', '04-held-for-sender');

    // The seller does not see it yet.
    const sellerContext = await newContext(browser, server.url, 'desktop');
    const seller = await sellerContext.newPage();
    await logIn(seller, 'mei@demo.yorozu.localhost');
    await seller.goto(link);
    await seller.getByText('開店は来月15日です。').first().waitFor();
    expect(await seller.getByText('０８０ ９８７６ ５４３２').count()).toBe(0);
    expect(await seller.locator('.message-held').count()).toBe(0);

    // The operator approves it from the queue.
    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff');
    await staff.getByRole('link', { name: /確認待ちの投稿/ }).click();
    await staff.getByRole('heading', { level: 1, name: '確認待ちの投稿' }).waitFor();
    await expectAccessible(staff);
    await shot(staff, 'screening', '05-staff-queue');
    await staff.getByRole('link', { name: '確認する' }).first().click();
    await staff.getByText('開店当日の搬入で、現地で連絡を取り合う必要があるため').waitFor();
    await expect.poll(() => staff.locator('mark').first().textContent()).toContain('９８７６');
    await expectAccessible(staff);
    await shot(staff, 'screening', '06-staff-item');
    await staff.getByRole('button', { name: '承認して送信する' }).click();
    await staff.getByText('承認しました。').waitFor();

    await seller.reload();
    await seller.getByText('当日の搬入の連絡用に').first().waitFor();
    await shot(seller, 'screening', '07-seller-reads');

    const phoneContext = await newContext(browser, server.url, 'phone');
    const phone = await phoneContext.newPage();
    await logIn(phone, 'tanaka@demo.yorozu.localhost');
    await phone.goto(link);
    await phone.getByLabel('メッセージ', { exact: true }).fill('メールは tanaka.shoji@gmail.com です');
    await phone.getByRole('button', { name: '送信する' }).click();
    await phone.getByText('利用規約 第7条(直接取引の禁止)').first().waitFor();
    await expectAccessible(phone);
    await shot(phone, 'screening', '08-phone-caught');
    await phoneContext.close();
    await staffContext.close();
    await sellerContext.close();
    await context.close();
  });

  it('サービス外連絡申請: a party asks, support approves, and that contract’s messages accept a phone number', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const worker = await context.newPage();
    await logIn(worker, 'ken@demo.yorozu.localhost');
    const res = await worker.request.get('/api/v1/me/contracts?role=worker&status=active');
    const contract = ((await res.json()).items as { id: string }[])[0];
    if (!contract) throw new Error('no active demo contract for the worker');
    await worker.goto(`/contracts/${contract.id}`);
    const section = worker.locator('section[aria-labelledby="contact-request"]');
    await section.getByRole('button', { name: '連絡先の交換を申請する' }).click();
    await section.getByLabel('理由の種類').selectOption('call');
    await section.getByLabel('理由', { exact: true }).fill('仕様の細部を電話で15分ほど確認したいため');
    await section.getByRole('button', { name: '申請する' }).click();
    await section.getByText('申請しました。').waitFor();
    await section.getByText(/申請中です/).waitFor();
    await expectAccessible(worker);
    await shot(worker, 'screening', '09-contact-requested');

    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff');
    await staff.getByRole('link', { name: /サービス外連絡申請/ }).click();
    await staff.getByText('仕様の細部を電話で15分ほど確認したいため').waitFor();
    await expectAccessible(staff);
    await shot(staff, 'screening', '10-staff-contact-requests');
    await staff.getByRole('button', { name: '承認する', exact: true }).click();
    await staff.getByText('承認しました。双方に知らせました。').waitFor();

    await worker.reload();
    await section.getByText(/運営が承認しました/).waitFor();
    await worker.getByLabel('メッセージ', { exact: true }).fill('お電話は 090-2222-3333 までお願いします');
    await worker.getByRole('button', { name: '送信する' }).click();
    await worker.getByText('メッセージを送信しました。').waitFor();
    await worker.getByText('090-2222-3333').first().waitFor();
    await shot(worker, 'screening', '11-contact-allowed');
    await staffContext.close();
    await context.close();
  });

  it('a job posting with a phone number: caught on its form, sent for staff review, published once approved', async () => {
    const word = `しんさ${Date.now().toString(36)}`;
    const title = `開店準備の手伝い ${word}`;
    const context = await newContext(browser, server.url, 'desktop');
    const client = await context.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto('/jobs/new');
    await client.getByLabel('プロジェクト(固定報酬制)').check();
    await client.getByLabel('タイトル').fill(title);
    await client
      .getByLabel('仕事の詳細')
      .fill('新店舗の開店準備を手伝ってください。当日の集合場所は 090-1234-5678 に電話してください。');
    await client.getByLabel('カテゴリ').selectOption('writing-article');
    await client.getByLabel('募集期限').fill(localDateTime(7));
    await client.getByLabel('予算(下限)').fill('10000');
    await client.getByLabel('予算(上限)').fill('30000');
    await client.getByRole('button', { name: '募集を開始する' }).click();
    const alert = client.getByRole('alert').filter({ hasText: '次の部分が送れません。' });
    await alert.waitFor();
    await expect.poll(() => alert.locator('mark').first().textContent()).toContain('090-1234-5678');
    await expectAccessible(client);
    await shot(client, 'screening', '12-job-caught');

    // 修正する goes back to the field that was caught.
    await alert.getByRole('button', { name: '修正する' }).click();
    await expect
      .poll(() => client.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value ?? ''))
      .toContain('090-1234-5678');
    await client.getByRole('button', { name: '募集を開始する' }).click();
    await alert.getByRole('button', { name: 'スタッフに確認を依頼する' }).click();
    await client.getByLabel('確認を依頼する理由').fill('当日は現地で電話連絡が必要なため、番号を載せたいです');
    await client.getByRole('button', { name: 'この内容で確認を依頼する' }).click();
    await client.getByText('スタッフに確認を依頼しました。承認されると、この内容で保存・送信されます。').waitFor();
    expect(new URL(client.url()).pathname).toBe('/jobs/new');
    await expectAccessible(client);
    await shot(client, 'screening', '13-job-held');

    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'moderator@demo.yorozu.localhost');
    await staff.goto('/staff/held');
    await staff.getByRole('listitem').filter({ hasText: '仕事の募集' }).getByRole('link', { name: '確認する' }).click();
    await staff.getByText('当日は現地で電話連絡が必要なため、番号を載せたいです').waitFor();
    await shot(staff, 'screening', '14-staff-job-held');
    await staff.getByRole('button', { name: '承認して送信する' }).click();
    await staff.getByText('承認しました。').waitFor();

    await client.goto(`/jobs?q=${encodeURIComponent(word)}`);
    await client.getByText(title).first().waitFor();
    await shot(client, 'screening', '15-job-published');
    await staffContext.close();
    await context.close();
  });
});
