// Steps and values the browser journeys share.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { shot } from './browser';

/** Every demo account's password. */
export const DEMO_PASSWORD = 'yorozu-demo-2026';

/** Logs in through the login page and waits for the header to show the member. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByTestId('header-display-name').waitFor();
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
