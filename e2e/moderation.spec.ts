// Journey: a seller reports a buyer's abusive message with a reason and a note; a moderator
// finds it in モデレーション, reads the evidence and the member's history, and restricts the
// buyer's messaging under 第8条 until reviewed. The buyer sees the banner on My page and, at
// 利用制限, what is stopped, why, under which rule and how to appeal, and appeals; another
// staff member (not the one who restricted) grants the appeal from the member's console and
// lifts the restriction; the buyer sees it lifted and the seller sees the outcome of the
// report. Members on a phone, staff on a desktop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The demo quote request between the demo client (tanaka) and the design student (mei). */
async function openInquiryThread(page: Page): Promise<void> {
  const res = await page.request.get('/api/v1/me/threads');
  const threads = (await res.json()).items as { subjectType: string; link: string }[];
  const link = threads.find((th) => th.subjectType === 'inquiry')?.link;
  if (!link) throw new Error('no inquiry thread in the demo data');
  await page.goto(link);
  await page.getByRole('heading', { name: 'メッセージ' }).first().waitFor();
}

const J = 'moderation';

describe('moderation journey', () => {
  it('report → restrict under a rule → banner, reasons and appeal → another staff member lifts it → outcome', async () => {
    const abuse = '何度言えば分かるんですか。本当に使えない人ですね。';
    const buyerContext = await newContext(browser, server.url, 'phone');
    const buyer = await buyerContext.newPage();
    await logIn(buyer, 'tanaka@demo.yorozu.localhost');
    await openInquiryThread(buyer);
    await buyer.getByLabel('メッセージ', { exact: true }).fill(abuse);
    await buyer.getByRole('button', { name: '送信する' }).click();
    await buyer.getByText('メッセージを送信しました。').waitFor();

    // The seller reports the message from the thread, with a reason and a note.
    const sellerContext = await newContext(browser, server.url, 'phone');
    const seller = await sellerContext.newPage();
    await logIn(seller, 'mei@demo.yorozu.localhost');
    await openInquiryThread(seller);
    const message = seller.locator('li.message').filter({ hasText: abuse });
    await message.getByRole('link', { name: '通報する' }).click();
    await seller.getByRole('heading', { level: 1, name: '通報する' }).waitFor();
    await seller.getByText(abuse.slice(0, 20)).first().waitFor();
    await seller.getByLabel('ハラスメント').check();
    await seller
      .getByLabel('詳しい状況(任意・1000文字まで)')
      .fill('見積りの相談中に、何度も人格を否定するような言葉を送られています。');
    await expectAccessible(seller);
    await shot(seller, J, '01-report-form');
    await seller.getByRole('button', { name: '通報する' }).click();
    await seller.getByText('通報を受け付けました。').waitFor();
    await shot(seller, J, '02-reported');

    // A moderator opens it from the queue: the evidence as reported, the note, the history.
    const modContext = await newContext(browser, server.url, 'desktop');
    const mod = await modContext.newPage();
    await logIn(mod, 'moderator@demo.yorozu.localhost');
    await mod.goto('/staff');
    await mod.getByRole('link', { name: /モデレーション/ }).click();
    await mod.getByRole('heading', { level: 1, name: 'モデレーション' }).waitFor();
    const queued = mod.getByRole('listitem').filter({ hasText: abuse });
    await queued.waitFor();
    await expectAccessible(mod);
    await shot(mod, J, '03-queue');
    await queued.getByRole('link', { name: 'メッセージ ・ ハラスメント' }).click();
    await mod.getByRole('heading', { level: 1, name: '通報の詳細' }).waitFor();
    await mod.locator('blockquote').filter({ hasText: abuse }).waitFor();
    await mod.getByText('何度も人格を否定するような言葉').waitFor();
    await mod.getByRole('heading', { level: 2, name: '会員の履歴' }).waitFor();
    await expectAccessible(mod);
    await shot(mod, J, '04-report-detail');

    // Restrict: without a reason the field says so; then messaging, 第8条, until reviewed.
    await mod.getByLabel('利用を制限する').check();
    await mod.getByLabel('制限の種類').selectOption('messaging');
    await mod.getByLabel('根拠となる規約').selectOption('art8');
    await mod.getByLabel('期限').selectOption('0');
    await mod.getByRole('button', { name: '対応を確定する' }).click();
    await mod.locator('.field-error').first().waitFor();
    await shot(mod, J, '05-restrict-missing-reason');
    await mod.getByLabel('理由', { exact: true }).fill('見積りの相談で、相手を侮辱するメッセージを繰り返し送ったため。');
    await mod.getByRole('button', { name: '対応を確定する' }).click();
    await mod.getByText('規約に基づく措置をとりました').first().waitFor();
    await mod.getByRole('heading', { level: 4, name: /メッセージの制限/ }).waitFor();
    await expectAccessible(mod);
    await shot(mod, J, '06-restricted');

    // The buyer: the banner on My page, then what is stopped, why, under which rule; appeals.
    await buyer.goto('/mypage');
    const banner = buyer.getByRole('status').filter({ hasText: 'アカウントの利用が制限されています' });
    await banner.waitFor();
    await expectAccessible(buyer);
    await shot(buyer, J, '07-mypage-banner');
    await banner.getByRole('link', { name: '利用制限を確認する' }).click();
    await buyer.getByRole('heading', { level: 1, name: '利用制限' }).waitFor();
    await buyer.getByText('見積りの相談で、相手を侮辱するメッセージを繰り返し送ったため。').waitFor();
    await buyer.getByRole('link', { name: '第8条(禁止事項)' }).waitFor();
    await buyer.getByText('運営による見直しまで').waitFor();
    await buyer.getByText(/制限したスタッフとは別のスタッフが判断します/).waitFor();
    await expectAccessible(buyer);
    await shot(buyer, J, '08-restrictions');
    await buyer.getByRole('button', { name: '異議を申し立てる' }).click();
    await buyer.locator('.field-error').first().waitFor();
    await buyer
      .getByLabel('申し立ての内容(2000文字まで)')
      .fill('言葉が強くなったことは反省しています。今後は丁寧にやり取りしますので、制限を見直してください。');
    await buyer.getByRole('button', { name: '異議を申し立てる' }).click();
    await buyer.getByText('運営の判断を待っています。').waitFor();
    await shot(buyer, J, '09-appealed');

    // The moderator who restricted cannot decide the appeal.
    await mod.reload();
    await mod.getByText('この申し立ては、制限したスタッフとは別のスタッフが判断します。').waitFor();

    // Another staff member finds the member, sees the restriction and the report on the console, and grants the appeal.
    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff/users?q=tanaka');
    await staff.locator('table tbody tr').first().getByRole('link').click();
    const restrictions = staff.getByRole('region', { name: '利用制限' });
    await restrictions.getByText('異議申し立ての判断待ち').waitFor();
    const reports = staff.getByRole('region', { name: '通報' });
    await reports.getByText(abuse.slice(0, 20)).waitFor();
    await expectAccessible(staff);
    await shot(staff, J, '10-member-console');
    await restrictions.getByRole('link', { name: /利用制限の管理/ }).click();
    await staff.getByRole('heading', { level: 1, name: 'この会員の利用制限' }).waitFor();
    await staff.getByText('言葉が強くなったことは反省しています。').waitFor();
    await expectAccessible(staff);
    await shot(staff, J, '11-appeal-to-decide');
    await staff.getByLabel('異議申し立てを判断する').fill('反省と今後の対応の約束を確認したため、解除します。');
    await staff.getByRole('button', { name: '申し立てを認めて解除する' }).click();
    await staff.getByText(/申し立てを認めて解除しました/).waitFor();
    await shot(staff, J, '12-appeal-granted');

    // The buyer sees it lifted, and no banner.
    await buyer.reload();
    await buyer.getByText(/判断: 制限を解除/).waitFor();
    await buyer.getByText('解除済み').first().waitFor();
    await expectAccessible(buyer);
    await shot(buyer, J, '13-lifted');
    await buyer.goto('/mypage');
    await buyer.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await buyer.getByText('アカウントの利用が制限されています').count()).toBe(0);

    // The seller sees the outcome of the report.
    await seller.goto('/mypage/reports');
    await seller.getByRole('heading', { level: 1, name: '通報の履歴' }).waitFor();
    await seller.getByText('規約に基づく措置をとりました').waitFor();
    await expectAccessible(seller);
    await shot(seller, J, '14-my-reports');

    await staffContext.close();
    await modContext.close();
    await sellerContext.close();
    await buyerContext.close();
    // Four people and fourteen pages: longer than one step of the default.
  }, 300_000);
});
