// Journey: an operator finds a member by email from the staff menu, opens them and reads
// their status, open items and history; then opens the statistics, where uPlot draws each
// chart at the width of its box, and downloads the CSV. Desktop and phone widths.
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

/** Every uPlot canvas on the page has a drawn size. */
async function expectCharts(page: Page, count: number) {
  const canvases = page.locator('.statistics-chart canvas');
  await expect.poll(() => canvases.count()).toBe(count);
  const sizes = await canvases.evaluateAll((els) => els.map((c) => c.getBoundingClientRect()).map((r) => [r.width, r.height]));
  for (const [width, height] of sizes) {
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(100);
  }
  return sizes;
}

describe('the staff console', () => {
  it('finds a member by email and shows their status, open items and history', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await logIn(page, 'staff@demo.yorozu.localhost');
    await page.goto('/staff');
    await page.getByRole('link', { name: /会員管理/ }).click();
    await page.getByRole('heading', { level: 1, name: '会員管理' }).waitFor();
    await page.getByLabel('ユーザー名・メールアドレス・会員ID').fill('ＨＡＮＡＫＯ@demo.yorozu.localhost');
    await page.getByRole('button', { name: '検索' }).click();
    await page.waitForURL(/q=/);
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByText('メールアドレスが「ＨＡＮＡＫＯ@demo.yorozu.localhost」の会員').waitFor();
    await expectAccessible(page);
    await shot(page, 'staff-console', '01-search');

    await rows.first().getByRole('link').click();
    await page.waitForURL(/\/staff\/users\/[0-9a-f-]{36}$/);
    for (const name of [
      '状態',
      '本人情報',
      '未完了の取引(退会できない理由)',
      '残高(帳簿より)',
      'ログイン中の端末',
      '操作履歴(この会員に対する記録)',
    ])
      await page.getByRole('heading', { level: 2, name }).waitFor();
    await page.locator('.member-status').getByText('利用中').waitFor();
    await page.getByText('hanako@demo.yorozu.localhost').waitFor();
    // The demo's hanako has work in progress: the same open items her withdrawal page lists.
    await expect.poll(() => page.locator('.member-open-item').count()).toBeGreaterThan(0);
    const audit = page.getByRole('region', { name: '操作履歴(この会員に対する記録)' });
    await audit.getByRole('link', { name: '監査ログですべての記録を見る' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'staff-console', '02-member');

    // An id that names nobody is a page of its own, with the way back.
    await page.goto(`/staff/users/${crypto.randomUUID()}`);
    await page.getByText('この会員は見つかりません。').waitFor();
    await context.close();
  });

  it('draws the statistics with uPlot, resizes them, and offers the CSV', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await logIn(page, 'staff@demo.yorozu.localhost');
    await page.goto('/staff');
    await page.getByRole('link', { name: /統計/ }).click();
    await page.getByRole('heading', { level: 1, name: '統計' }).waitFor();
    for (const name of ['新規会員数と退会数', '稼働中の契約数', '取引額と手数料(円)', '紛争率(%)', '退会理由(月別)'])
      await page.getByRole('heading', { level: 2, name }).waitFor();
    const wide = await expectCharts(page, 4);
    // The text alternative says what the chart shows.
    await expect.poll(() => page.locator('.statistics-summary').first().textContent()).toMatch(/新規会員: .*合計/);
    await expectAccessible(page);
    await shot(page, 'staff-console', '03-statistics');

    // The CSV link downloads the same months as a UTF-8 file with a BOM.
    const href = await page.locator('a.statistics-csv').getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/staff\/statistics\.csv\?from=\d{4}-\d{2}&to=\d{4}-\d{2}$/);
    const csv = await context.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFF月,新規会員数,退会数,/);

    // A range that ends before it starts is explained, not requested.
    await page.getByLabel('開始月').fill('2026-10');
    await page.getByLabel('終了月').fill('2026-03');
    await page.getByRole('button', { name: '表示' }).click();
    await page.getByText('終了月は開始月と同じか、それより後の月にしてください。').first().waitFor();

    // Each chart fills its box; when the window changes, the charts follow (one column at 700 px).
    const fits = () =>
      page
        .locator('.statistics-chart')
        .evaluateAll((els) =>
          els.every((el) => Math.abs((el.querySelector('canvas')?.getBoundingClientRect().width ?? 0) - el.clientWidth) <= 2),
        );
    expect(await fits()).toBe(true);
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => (await expectCharts(page, 4))[0]?.[0] ?? 0).not.toBe(wide[0]?.[0] ?? 0);
    await expect.poll(fits).toBe(true);

    const phoneContext = await newContext(browser, server.url, 'phone');
    const phone = await phoneContext.newPage();
    await logIn(phone, 'staff@demo.yorozu.localhost');
    await phone.goto('/staff/statistics');
    const sizes = await expectCharts(phone, 4);
    for (const [width] of sizes) expect(width).toBeLessThanOrEqual(390);
    await expectAccessible(phone);
    await shot(phone, 'staff-console', '04-statistics-phone');
    // The money chart and the reasons table up close, as a phone shows them.
    await phone
      .locator('.statistics-block')
      .nth(2)
      .screenshot({ path: 'test-results/screenshots/staff-console/04b-money-chart-phone.png' });
    await phone
      .locator('table.statistics-reasons')
      .screenshot({ path: 'test-results/screenshots/staff-console/04c-reasons-phone.png' });
    await phone.goto('/staff/users?q=sato_');
    await phone.locator('table tbody tr').first().getByRole('link').click();
    await phone.getByRole('heading', { level: 2, name: '本人情報' }).waitFor();
    await expectAccessible(phone);
    await shot(phone, 'staff-console', '05-member-phone');
    await phoneContext.close();
    await context.close();
  });
});
