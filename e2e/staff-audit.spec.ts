// Journey: an operator opens the audit log from the staff menu, sees who did what newest
// first, filters by a group of actions and by the platform's own actions, pages back to
// older records, and reads the same page on a phone.
import type { Browser } from 'playwright-core';
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

describe('the audit log', () => {
  it('staff menu → newest records → filter by an action group → older page → phone', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await logIn(page, 'staff@demo.yorozu.localhost');
    await page.goto('/staff');
    await page.getByRole('link', { name: /監査ログ/ }).click();
    await page.getByRole('heading', { level: 1, name: '監査ログ' }).waitFor();
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await shot(page, 'staff-audit', '01-newest');

    // The demo data has bank transfers the operator confirmed: the deposit group finds them.
    await page.getByLabel('操作', { exact: true }).fill('deposit');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.waitForURL(/action=deposit/);
    await page.getByRole('cell', { name: 'deposit.confirm' }).first().waitFor();
    for (const cell of await page.locator('table tbody tr td:nth-child(3)').allTextContents()) expect(cell).toMatch(/^deposit\./);
    await page.getByText('@ops_kobayashi').first().waitFor();
    await shot(page, 'staff-audit', '02-deposits');

    // What the platform did by itself.
    await page.getByRole('link', { name: '条件をクリア' }).click();
    await page.getByLabel('操作した人').fill('system');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.waitForURL(/actor=system/);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const cell of await page.locator('table tbody tr td:nth-child(2)').allTextContents()) expect(cell).toBe('自動処理');

    // Older records, a page at a time, and back.
    await page.goto('/staff/audit?before=999999999');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '最新の記録に戻る' }).click();
    await page.waitForURL((url) => !url.search.includes('before'));

    // A day range that ends before it starts is explained, not run.
    await page.getByLabel('開始日').fill('2026-12-10');
    await page.getByLabel('終了日').fill('2026-12-01');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.getByText('終了日は開始日と同じか、それより後の日付にしてください。').first().waitFor();
    expect(page.url()).not.toContain('from=');
    await expectAccessible(page);
    await shot(page, 'staff-audit', '02b-range-explained');

    const phoneContext = await newContext(browser, server.url, 'phone');
    const phone = await phoneContext.newPage();
    await logIn(phone, 'staff@demo.yorozu.localhost');
    await phone.goto('/staff/audit?action=deposit');
    await phone.getByRole('cell', { name: 'deposit.confirm' }).first().waitFor();
    await expectAccessible(phone);
    await shot(phone, 'staff-audit', '03-phone');
    await phoneContext.close();
    await context.close();
  });
});
