// Journey: register → open the verification mail in the mail viewer → verify → log in →
// change the display name → see it in the header (a name of the full 40 characters keeps
// the desktop header on one row) → the menu's links → log out, told that the account
// stays. Then the account pages on a phone, each checked with axe.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
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

/** The header's logo, links and member menu sit on one row. */
async function expectHeaderOnOneRow(page: Page): Promise<void> {
  const middle = async (selector: string) => {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not shown`);
    return box.y + box.height / 2;
  };
  const logo = await middle('.site-header .logo');
  for (const selector of ['.header-site-links', '.header-inbox', '.user-menu-button'])
    expect(Math.abs((await middle(selector)) - logo), `${selector} on the logo's row`).toBeLessThan(8);
}

describe('account journey', () => {
  const id = randomBytes(3).toString('hex');
  const email = `hanako_${id}@example.jp`;
  const username = `hanako_${id}`;
  const password = 'sakura no hana 2026';

  it('registers, verifies through the mail viewer, logs in, renames, logs out', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();

    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    // The home page says what the marketplace offers: jobs, and skills sold as services.
    expect(await page.locator('main').textContent()).toContain('出品');
    expect(await page.getByRole('main').getByRole('link', { name: 'サービスを探す' }).getAttribute('href')).toBe('/services');
    await page.getByRole('heading', { name: '仕事を受ける', exact: true }).waitFor();
    await shot(page, 'accounts', '01-home-desktop');
    await expectAccessible(page);

    await page
      .getByRole('link', { name: /会員登録/ })
      .first()
      .click();
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード', { exact: true }).fill(password);
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('表示名').fill('佐藤 花子');
    await page.getByLabel(/両方/).check();
    await page.getByLabel(/利用規約/).check();
    await shot(page, 'accounts', '02-register-filled');
    await expectAccessible(page);
    await page.getByRole('button', { name: '同意して会員登録する' }).click();
    await page.getByRole('heading', { name: /確認メールを送信しました/ }).waitFor();
    await shot(page, 'accounts', '03-register-sent');

    // The mail viewer shows the verification mail; its link verifies the address.
    await page.goto('/dev/mail');
    await page
      .getByRole('link', { name: /メールアドレスの確認/ })
      .first()
      .click();
    expect(await page.getByText(email).count()).toBeGreaterThan(0);
    await shot(page, 'accounts', '04-mail-viewer');
    await page.getByRole('link', { name: /verify-email\?token=/ }).click();
    await page.getByText('メールアドレスを確認しました').first().waitFor();
    await shot(page, 'accounts', '05-verified');

    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByTestId('header-display-name').waitFor();
    expect(await page.getByTestId('header-display-name').textContent()).toContain('佐藤 花子');
    await shot(page, 'accounts', '06-mypage');
    await expectAccessible(page);

    // マイページ → プロフィール編集 → 共通情報 › 基本情報編集
    const menu = page.getByRole('navigation', { name: 'マイページメニュー' });
    await page.getByRole('button', { name: /さんのメニュー/ }).click();
    await menu.getByRole('link', { name: 'プロフィール編集' }).click();
    await page.getByRole('link', { name: '基本情報編集' }).click();
    await page
      .getByText(/ユーザー名は変更できません/)
      .first()
      .waitFor();
    await shot(page, 'accounts', '07-basic-info');
    await expectAccessible(page);
    await page.getByLabel('表示名').fill('佐藤 花子(在宅ライター)');
    await page
      .getByRole('button', { name: /表示名を保存|保存/ })
      .first()
      .click();
    await page.getByText('表示名を変更しました').first().waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="header-display-name"]')?.textContent?.includes('在宅ライター'),
    );

    // A display name of the full 40 characters is cut with an ellipsis, whole in its title,
    // and the desktop header stays on one row.
    const longName = '佐藤花子の在宅ライター事務所(記事作成・翻訳・データ入力・文字起こし)を承ります';
    expect([...longName]).toHaveLength(40);
    await page.getByLabel('表示名').fill(longName);
    await page
      .getByRole('button', { name: /表示名を保存|保存/ })
      .first()
      .click();
    await page.getByText('表示名を変更しました').first().waitFor();
    const headerName = page.getByTestId('header-display-name');
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="header-display-name"]')?.getAttribute('title') === name,
      longName,
    );
    await shot(page, 'accounts', '07b-long-name-desktop');
    await expectHeaderOnOneRow(page);
    expect(await headerName.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // The menu leads to the contracts and the payout requests too.
    await page.getByRole('button', { name: /さんのメニュー/ }).click();
    for (const [name, href] of [
      ['契約一覧', '/contracts'],
      ['振込申請', '/mypage/payouts'],
    ])
      expect(await menu.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
    await shot(page, 'accounts', '07c-menu-open-desktop');
    await expectAccessible(page);
    await page.keyboard.press('Escape');

    // 会員情報管理 lists this device.
    await page.getByRole('button', { name: /さんのメニュー/ }).click();
    await menu.getByRole('link', { name: '会員情報管理' }).click();
    await page.getByText('この端末').first().waitFor();
    await shot(page, 'accounts', '08-account');
    await expectAccessible(page);

    await page.getByRole('button', { name: /さんのメニュー/ }).click();
    await menu.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByText('ログアウトしました').first().waitFor();
    await page.getByText(/アカウントとこれまでの取引の記録はそのまま残っています/).waitFor();
    expect(await page.getByTestId('header-display-name').count()).toBe(0);
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(401);
    await shot(page, 'accounts', '09-logged-out');
    await context.close();
  });

  it('shows the server problem under the field it belongs to', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await page.goto('/register');
    await page.getByLabel('メールアドレス').fill(`taken_${id}@example.jp`);
    await page.getByLabel('パスワード', { exact: true }).fill('password123');
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('表示名').fill('別の人');
    await page.getByLabel(/仕事を受けたい/).check();
    await page.getByLabel(/利用規約/).check();
    await page.getByRole('button', { name: '同意して会員登録する' }).click();
    await page.getByText(/よく使われていて推測されやすい/).waitFor();
    await page.getByText(/このユーザー名はすでに使われています/).waitFor();
    expect(await page.getByLabel('ユーザー名').getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'accounts', '10-register-errors-phone');
    await expectAccessible(page);
    await context.close();
  });

  it('logs in as a demo account and shows the pages on a phone', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill('hanako@demo.yorozu.localhost');
    await page.getByLabel('パスワード', { exact: true }).fill('yorozu-demo-2026');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByTestId('header-display-name').waitFor();
    await shot(page, 'accounts', '11-mypage-phone');
    // 都道府県 in the JIS order, 北海道 first.
    await page.goto('/mypage/profile');
    await page.getByLabel('都道府県').locator('option[value="47"]').waitFor({ state: 'attached' });
    const prefectures = await page.getByLabel('都道府県').locator('option').allTextContents();
    expect(prefectures.slice(1, 4)).toEqual(['北海道', '青森県', '岩手県']);
    expect(prefectures.at(-1)).toBe('沖縄県');
    for (const [path, name] of [
      ['/mypage/profile', '12-profile-phone'],
      ['/mypage/profile/basic', '13-basic-phone'],
      ['/mypage/account', '14-account-phone'],
      ['/u/sato_hanako', '15-public-profile-phone'],
      ['/terms', '16-terms-phone'],
    ] as const) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await shot(page, 'accounts', name);
      await expectAccessible(page);
    }
    await page.getByRole('button', { name: /さんのメニュー/ }).click();
    await page.getByRole('navigation', { name: 'マイページメニュー' }).getByRole('link', { name: '契約一覧' }).waitFor();
    await shot(page, 'accounts', '17-menu-open-phone');
    await page.goto('/');
    await shot(page, 'accounts', '18-home-phone');
    await context.close();
  });
});
