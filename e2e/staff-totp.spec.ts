// Journey: staff sign-in with a second factor. The demo administrator is sent to set up an
// authenticator at the first login (key, first code, recovery codes) and can use nothing
// before; later logins ask for a code, a wrong one is refused, a recovery code works once.
// The administrator adds a moderator from スタッフ管理; the invitation mail sets the password
// and the new moderator sets up the second factor too. A member turns it on by choice.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { DEMO_PASSWORD, logIn, nextCode } from './support/journeys';
import { openMail } from './support/mail';
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

async function logOut(page: Page): Promise<void> {
  // The menu may re-render closed while the session is refreshed: open it until it shows.
  const logout = page.getByRole('button', { name: 'ログアウト' });
  for (let tries = 0; tries < 5 && !(await logout.isVisible()); tries++) {
    await page.getByRole('button', { name: /さんのメニュー/ }).click();
    await logout.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await logout.click();
  await page.getByText('ログアウトしました').first().waitFor();
}

async function password(page: Page, email: string, secret = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

/** Sets up the authenticator on /mypage/security; returns its key and the recovery codes. */
async function enrol(page: Page, journey: string): Promise<{ app: { secret: string; lastStep: number }; codes: string[] }> {
  await page.getByRole('button', { name: '2段階認証を設定する' }).click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  await shot(page, journey, '02-setup-key');
  await expectAccessible(page);
  const app = { secret, lastStep: 0 };
  // A wrong first code is refused and nothing is switched on.
  await page.getByLabel('確認コード（6桁）').fill('000000');
  await page.getByRole('button', { name: '確認して有効にする' }).click();
  await page.getByRole('alert').first().waitFor();
  await page.getByLabel('確認コード（6桁）').fill(await nextCode(app, new Date()));
  await page.getByRole('button', { name: '確認して有効にする' }).click();
  await page.getByRole('heading', { name: 'リカバリーコード' }).waitFor();
  const codes = (await page.getByRole('list', { name: 'リカバリーコード' }).getByRole('listitem').allInnerTexts()).map((c) =>
    c.trim(),
  );
  expect(codes).toHaveLength(10);
  await shot(page, journey, '03-recovery-codes');
  await expectAccessible(page);
  await page.getByRole('button', { name: '保存しました。次へ進む' }).click();
  return { app, codes };
}

describe('staff second factor journey', () => {
  it('sets up at the first staff login, asks for a code later, takes a recovery code once', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    const admin = 'staff@demo.yorozu.localhost';
    await password(page, admin);
    // Nothing of the console before the second factor: sent to set it up.
    await page.getByRole('button', { name: '2段階認証を設定する' }).waitFor();
    await page.getByText('運営スタッフのアカウントでは2段階認証が必須です').waitFor();
    await shot(page, 'staff-totp', '01-required');
    await expectAccessible(page);
    await page.goto('/staff/payouts');
    await page.waitForURL('**/mypage/security');
    const { app, codes } = await enrol(page, 'staff-totp');
    await page.getByRole('heading', { level: 1, name: '運営管理' }).waitFor();
    await logOut(page);

    // Later: the code step; a wrong code is refused with the reason.
    await password(page, admin);
    await page.getByRole('heading', { name: '確認コードの入力' }).waitFor();
    await page.getByLabel('確認コード（6桁）').fill('123456');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await shot(page, 'staff-totp', '04-wrong-code');
    await expectAccessible(page);
    await page.getByLabel('確認コード（6桁）').fill(await nextCode(app, new Date()));
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByTestId('header-display-name').waitFor();
    await logOut(page);

    // The phone is lost: a recovery code signs in once, and never again.
    for (const attempt of [0, 1]) {
      await password(page, admin);
      await page.getByRole('button', { name: 'リカバリーコードを使う' }).click();
      await page.getByLabel('リカバリーコード').fill(codes[0] as string);
      await page.getByRole('button', { name: 'ログイン', exact: true }).click();
      if (attempt === 0) {
        await page.getByTestId('header-display-name').waitFor();
        await page.goto('/mypage/security');
        await page.getByText('9個').waitFor();
        await shot(page, 'staff-totp', '05-security-status');
        await logOut(page);
      } else {
        await page.getByRole('alert').first().waitFor();
        await shot(page, 'staff-totp', '06-recovery-code-used');
      }
    }

    // The administrator adds a moderator; the new moderator sets a password and a second factor.
    await password(page, admin);
    await page.getByLabel('確認コード（6桁）').fill(await nextCode(app, new Date()));
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByTestId('header-display-name').waitFor();
    await page.goto('/staff/team');
    await page.getByRole('heading', { level: 1, name: 'スタッフ管理' }).waitFor();
    const moderator = 'mod_kato@example.jp';
    await page.getByLabel('メールアドレス', { exact: true }).fill(moderator);
    await page.getByLabel('ユーザー名').fill('mod_kato');
    await page.getByLabel('表示名').fill('加藤（運営）');
    await page.getByLabel('権限', { exact: true }).selectOption('moderator');
    await page.getByRole('button', { name: '追加してメールを送る' }).click();
    await page.getByText('加藤（運営） さんを追加し、パスワード設定用のメールを送りました。').waitFor();
    await shot(page, 'staff-totp', '07-team-added');
    await expectAccessible(page);
    await logOut(page);

    await openMail(page, moderator, /運営スタッフのアカウントが作成されました/);
    await page.getByRole('link', { name: /reset-password\?token=/ }).click();
    await page.getByLabel('新しいパスワード').fill('kato-moderator-2026');
    await page.getByRole('button', { name: 'パスワードを再設定する' }).click();
    await page.getByText('パスワードを再設定しました。').waitFor();
    await password(page, moderator, 'kato-moderator-2026');
    await enrol(page, 'staff-totp-moderator');
    await page.getByRole('heading', { level: 1, name: '運営管理' }).waitFor();
    await shot(page, 'staff-totp-moderator', '04-console');
    await context.close();
  });

  it('lets a member turn the second factor on by choice, and off again with the password', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await logIn(page, 'hanako@demo.yorozu.localhost');
    await page.goto('/mypage/security');
    await page.getByRole('heading', { level: 1, name: '2段階認証' }).waitFor();
    await shot(page, 'member-totp', '01-off-phone');
    await expectAccessible(page);
    const { app } = await enrol(page, 'member-totp');
    await page.getByText('有効').first().waitFor();
    await logOut(page);
    await password(page, 'hanako@demo.yorozu.localhost');
    await page.getByLabel('確認コード（6桁）').fill(await nextCode(app, new Date()));
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByTestId('header-display-name').waitFor();
    await page.goto('/mypage/security');
    await page.getByRole('button', { name: '無効にする' }).first().waitFor();
    await shot(page, 'member-totp', '04-on-phone');
    // Off again: the password and a current code.
    const off = page.getByRole('region', { name: '2段階認証を無効にする' });
    await off.getByLabel('パスワード').fill(DEMO_PASSWORD);
    await off.getByLabel('確認コード（6桁）').fill(await nextCode(app, new Date()));
    await off.getByRole('button', { name: '無効にする' }).click();
    await page.getByText('2段階認証を無効にしました。').first().waitFor();
    await logOut(page);
    await logIn(page, 'hanako@demo.yorozu.localhost'); // the password alone again
    await context.close();
  });
});
