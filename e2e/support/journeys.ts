// Steps and values the browser journeys share.
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { shot } from './browser';

/** Every demo account's password. */
export const DEMO_PASSWORD = 'yorozu-demo-2026';

/** The authenticator apps of the accounts that set up a second factor in this run, by server and email. */
const authenticators = new Map<string, { secret: string; lastStep: number }>();

/**
 * Logs in through the login page and waits for the header to show the member. A staff
 * account sets up its second factor at its first login (as a person would, reading the
 * key from the page), and enters a code from it at later ones. `now`: the server's clock.
 */
export async function logIn(page: Page, email: string, now: () => Date = () => new Date()): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await completeSecondFactor(page, email, now);
  await page.getByTestId('header-display-name').waitFor();
}

/** After the password: the code step, or the first staff login's setup, or nothing. */
export async function completeSecondFactor(page: Page, email: string, now: () => Date = () => new Date()): Promise<void> {
  const key = `${new URL(page.url()).origin}|${email}`;
  const codeStep = page.getByRole('heading', { name: '確認コードの入力' });
  const setup = page.getByRole('button', { name: '2段階認証を設定する' });
  const member = page.getByTestId('header-display-name');
  await codeStep.or(setup).or(member).first().waitFor();
  if (await codeStep.isVisible()) {
    const app = authenticators.get(key);
    if (!app) throw new Error(`no authenticator for ${email}`);
    await page.getByLabel('確認コード（6桁）').fill(await nextCode(app, now()));
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    return;
  }
  if (!(await setup.isVisible())) {
    // Signed in: a staff account without a second factor is then sent to set one up.
    await page.waitForURL((url) => url.pathname !== '/login');
    if (new URL(page.url()).pathname !== '/mypage/security') return;
    await setup.waitFor();
  }
  await setup.click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  const app = { secret, lastStep: 0 };
  authenticators.set(key, app);
  await page.getByLabel('確認コード（6桁）').fill(await nextCode(app, now()));
  await page.getByRole('button', { name: '確認して有効にする' }).click();
  await page.getByRole('button', { name: '保存しました。次へ進む' }).click();
  await page.getByRole('heading', { level: 1, name: '運営管理' }).waitFor();
}

/** The code of the first time step after the last one used, waiting for it when needed. */
export async function nextCode(app: { secret: string; lastStep: number }, at: Date): Promise<string> {
  const current = Math.floor(at.getTime() / 30_000);
  const step = Math.max(current, app.lastStep + 1);
  if (step > current + 1) {
    // The server accepts one step ahead: wait only until the next step begins.
    const wait = (current + 1) * 30_000 - at.getTime() + 250;
    await new Promise((r) => setTimeout(r, wait));
    return nextCode(app, new Date(at.getTime() + wait));
  }
  app.lastStep = step;
  return generate({ secret: app.secret, epoch: step * 30 });
}

/** "YYYY-MM-DDTHH:mm" in the browser's local time, `days` from now, at 18:00. */
export function localDateTime(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T18:00`;
}

/** An amount as the pages show it: ¥12,345. */
export const yen = (n: number) => `¥${n.toLocaleString('ja-JP')}`;

/** Gives five points on each of the five items, writes the comment and sends the review. */
export async function review(page: Page, comment: string, screenshot: [journey: string, name: string]): Promise<void> {
  await page.getByRole('button', { name: '評価を送信する' }).waitFor();
  const groups = await page.locator('fieldset.star-field').all();
  expect(groups).toHaveLength(5);
  for (const group of groups) {
    await group.getByLabel('5点').check();
  }
  await page.getByLabel('コメント（任意）').fill(comment);
  await shot(page, ...screenshot);
  await page.getByRole('button', { name: '評価を送信する' }).click();
}
