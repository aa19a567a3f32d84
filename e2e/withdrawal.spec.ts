// Journeys: withdrawal (退会) through both menu paths users know, with the pre-check,
// the data export, reasons, the confirmation mail and the logged-out end; and a blocked
// member who sees the blocker, resolves it in place (after confirming) and becomes
// eligible; a bank-transfer escrow called off from the pre-check only once confirmed.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { openMail } from './support/mail';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ testBlocker: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'taikai no tame no passphrase';

/** Registers and verifies through the API, then logs in through the login page. */
async function signUpAndLogIn(page: Page, name: string): Promise<{ email: string; username: string }> {
  const id = randomBytes(3).toString('hex');
  const email = `${name}_${id}@example.jp`;
  const username = `${name}_${id}`;
  const session = await (await page.request.get('/api/v1/session')).json();
  const headers = { 'x-csrf-token': session.csrfToken };
  const reg = await page.request.post('/api/v1/auth/register', {
    headers,
    data: { email, password: PASSWORD, username, displayName: `退会 太郎 ${id}`, intent: 'both', acceptTerms: true },
  });
  expect(reg.status()).toBe(202);
  // Read the verification link from the development mail viewer.
  await openMail(page, email, /メールアドレスの確認/);
  const link = await page.getByRole('link', { name: /verify-email\?token=/ }).getAttribute('href');
  await page.goto(link ?? '');
  await page.getByText('メールアドレスを確認しました').first().waitFor();
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByTestId('header-display-name').waitFor();
  return { email, username };
}

describe('withdrawal journeys', () => {
  it('both menu paths lead to the same pre-check in two clicks from My page', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await signUpAndLogIn(page, 'paths');

    // CrowdWorks style: マイページ → 基本情報編集 → 「退会をご希望する方はこちら」
    await page.goto('/mypage');
    await page.getByRole('main').getByRole('link', { name: '基本情報編集' }).click();
    await page.getByRole('link', { name: '退会をご希望する方はこちら' }).click();
    await page.getByRole('heading', { level: 1, name: '退会手続き' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mypage/withdrawal');

    // Lancers style: マイページ → 会員情報管理 → 「退会を希望される方はこちらをご覧下さい」
    await page.goto('/mypage');
    await page.getByRole('main').getByRole('link', { name: '会員情報管理' }).click();
    await shot(page, 'withdrawal', '01-account-page-link');
    await page.getByRole('link', { name: '退会を希望される方はこちらをご覧下さい' }).click();
    await page.getByRole('heading', { level: 1, name: '退会手続き' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mypage/withdrawal');
    await context.close();
  });

  it('pre-check → export → withdraw with reasons → confirmation mail → logged out', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    const { email, username } = await signUpAndLogIn(page, 'leaver');
    await page.goto('/mypage/withdrawal');
    await page.getByText('現在、退会の手続きができます。').waitFor();
    await page.getByRole('heading', { name: '退会するとどうなるか' }).waitFor();
    await shot(page, 'withdrawal', '02-precheck-eligible-phone');
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '登録データをダウンロードする(JSON)' }).click(),
    ]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(file ?? '', 'utf8'));
    expect(exported.account).toMatchObject({ username, email });

    await page.getByLabel('自分に合っていない').check();
    await page.getByLabel('その他・ご意見(任意)').fill('家業を手伝うことになりました。');
    await page.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await shot(page, 'withdrawal', '03-form-filled-phone');
    await page.getByRole('button', { name: '退会する' }).click();
    await page.getByRole('heading', { level: 1, name: '退会が完了しました' }).waitFor();
    await page.getByText(/までは、退会完了メールのリンクから取り消せます/).waitFor();
    await shot(page, 'withdrawal', '04-complete-phone');
    await expectAccessible(page);
    expect(await page.getByTestId('header-display-name').count()).toBe(0);
    expect((await page.request.get('/api/v1/me')).status()).toBe(401);

    // The confirmation mail arrived, with the undo link.
    await openMail(page, email, /退会手続きが完了しました/);
    await page
      .getByText(/restore-account\?token=/)
      .first()
      .waitFor();
    await shot(page, 'withdrawal', '05-confirmation-mail');

    // The public profile shows only 「退会済みユーザー」.
    await page.goto(`/u/${username}`);
    await page.getByText('退会済みユーザー').first().waitFor();
    await shot(page, 'withdrawal', '06-public-profile-withdrawn');

    // Logging in again says clearly what happened.
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByText('このアカウントは退会済みです').first().waitFor();
    await shot(page, 'withdrawal', '07-login-withdrawn');
    await context.close();
  });

  it('a blocked member sees the blocker, resolves it in place, and becomes eligible', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await signUpAndLogIn(page, 'blocked');
    const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    for (const title of ['ロゴ制作の応募', 'ブログ記事10本の応募']) {
      const res = await page.request.post('/api/v1/test/open-items', {
        headers: { 'x-csrf-token': csrfToken },
        data: { title, clearsAt: soon },
      });
      expect(res.status()).toBe(201);
    }
    await page.goto('/mypage/withdrawal');
    await page.getByText('退会の前に、次の1件を完了してください。').waitFor();
    await page.getByText('ロゴ制作の応募').waitFor();
    await page
      .getByText(/自動で解消されます/)
      .first()
      .waitFor();
    await page.getByText('上の項目をすべて完了すると、ここから退会できます。').waitFor();
    expect(await page.getByRole('button', { name: '退会する' }).count()).toBe(0);
    await shot(page, 'withdrawal', '08-precheck-blocked');
    await expectAccessible(page);

    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'この項目を閉じる' }).first().click();
      await page
        .getByRole('group', { name: 'この項目を閉じる前の確認' })
        .getByRole('button', { name: 'この項目を閉じる' })
        .click();
      await page.getByText(/項目を閉じました。/).waitFor();
      await page.waitForTimeout(300);
    }
    await page.getByText('現在、退会の手続きができます。').waitFor();
    await page.getByRole('button', { name: '退会する' }).waitFor();
    await shot(page, 'withdrawal', '09-precheck-resolved');
    await context.close();
  });

  it('a bank-transfer escrow is cancelled from the pre-check only after confirming, and the page says so', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await logIn(page, 'ken@demo.yorozu.localhost');
    await page.goto('/mypage/withdrawal');
    await page.getByText(/退会の前に、次の\d+件を完了してください。/).waitFor();
    await page.getByRole('button', { name: '振込をしない(取り消す)' }).click();
    const confirm = page.getByRole('group', { name: '振込をしない(取り消す)前の確認' });
    await confirm.getByText(/すでに振り込んだ場合は取り消さず/).waitFor();
    await shot(page, 'withdrawal', '10-cancel-transfer-confirm-phone');
    await expectAccessible(page);
    const codes = async () =>
      ((await (await page.request.get('/api/v1/me/withdrawal')).json()).blockers as { code: string }[]).map((b) => b.code);
    // Nothing happened yet.
    expect(await codes()).toContain('pending-deposits');
    await confirm.getByRole('button', { name: '振込をしない(取り消す)' }).click();
    await page.getByText(/銀行振込の仮払いを取り消しました。/).waitFor();
    expect(await codes()).not.toContain('pending-deposits');
    expect(await page.getByText(/の手続きが完了しました/).count()).toBe(0);
    await shot(page, 'withdrawal', '11-cancel-transfer-done-phone');
    await context.close();
  });

  it('an open competition clears after its selection period, and its close button says the wait it starts', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await logIn(page, 'tanaka@demo.yorozu.localhost');
    await page.goto('/mypage/withdrawal');
    const item = page.locator('.blocker-item').filter({ hasText: '新しい業務用食品ブランドのロゴ募集' });
    await item.first().waitFor();
    // The date is the end of the selection period after the deadline, and what comes
    // between is named; before the button, the wait that closing starts.
    await item.getByText(/採用作品の選定期間\(14日間\)は仮払い金が残ります/).waitFor();
    const starts = item.getByText(
      /押す前にご確認ください: 終了すると、応募作品2件から採用作品を選ぶ期間\(14日間、(\d+月\d+日)まで\)/,
    );
    await starts.waitFor();
    const announced = (await starts.textContent())?.match(/(\d+月\d+日)まで/)?.[1];
    const button = item.getByRole('button', { name: '募集を終了する' });
    expect(await button.getAttribute('aria-describedby')).toContain('-starts');
    await shot(page, 'withdrawal', '12-precheck-follow-on-announced');
    await expectAccessible(page);
    const before = (await page.locator('.blocker').count()) as number;
    await button.click();
    await page.getByRole('group', { name: '募集を終了する前の確認' }).getByRole('button', { name: '募集を終了する' }).click();
    // The item now waits for the winner, until the date the button announced.
    const held = page.locator('.blocker').filter({ hasText: '仮払い中のタスク・コンペがあります' });
    await held.getByText('新しい業務用食品ブランドのロゴ募集(採用作品の選定中)').waitFor();
    // (The page writes dates in the browser's time zone, the announcement in Japan's: compare the instant.)
    const clears = await held
      .locator('.blocker-item')
      .filter({ hasText: '採用作品の選定中' })
      .locator('.blocker-item-clears time')
      .getAttribute('datetime');
    const day = new Date(clears ?? '').toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric' });
    expect(day).toBe(announced);
    expect(await page.locator('.blocker').count()).toBeGreaterThanOrEqual(before);
    await shot(page, 'withdrawal', '13-precheck-selection-period');
    await context.close();
  });
});
