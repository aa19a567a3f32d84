// Journey: a seller with orders in progress opens the withdrawal pre-check on a phone. The
// orders she took are named, each with its date (delivered: accepted by itself on that
// day; at work: expected by its delivery date and the acceptance window); her services on
// sale are hidden in place after the page says what that does, and the orders stay until
// they end.
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

describe('a seller’s withdrawal pre-check', () => {
  it('names each order in progress with its date and hides the services on sale in place', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    // In the demo data she has an order at work and a delivered one, a published service and a paused one.
    await logIn(page, 'hanako@demo.yorozu.localhost');
    await page.goto('/mypage/withdrawal');

    const orders = page.locator('.blocker').filter({ hasText: '進行中の取引(受けた取引)があります' });
    await orders.waitFor();
    const items = orders.locator('.blocker-item');
    await expect.poll(() => items.count()).toBe(2);
    for (const item of await items.all()) {
      await item.getByText(/お届け予定日 \d{4}年\d{1,2}月\d{1,2}日/).waitFor();
      // Every order has a date: when it ends by itself, or when it is expected to end.
      expect(await item.locator('.blocker-item-clears time').count()).toBe(1);
    }
    await orders.getByText(/頃に終わる見込みです。納品して検収されると解消されます/).waitFor();
    await orders.getByText(/までに自動で解消されます/).waitFor();
    await orders.getByRole('link', { name: '受けた取引を見る' }).waitFor();
    await shot(page, 'seller-withdrawal', '01-orders-in-progress-phone');
    await expectAccessible(page);

    // Her services on sale: each hidden in place, after confirming.
    const services = page.locator('.blocker').filter({ hasText: '公開中のサービスがあります' });
    await expect.poll(() => services.getByRole('button', { name: '非公開にする' }).count()).toBe(2);
    for (let left = 2; left > 0; left--) {
      await services.getByRole('button', { name: '非公開にする' }).first().click();
      const confirm = page.getByRole('group', { name: '非公開にする前の確認' });
      await confirm.getByText(/進行中の取引はそのまま続きます/).waitFor();
      if (left === 2) await shot(page, 'seller-withdrawal', '02-hide-confirm-phone');
      await confirm.getByRole('button', { name: '非公開にする' }).click();
      await page.getByText('サービスを非公開にしました。').first().waitFor();
      await expect.poll(() => services.getByRole('button', { name: '非公開にする' }).count()).toBe(left - 1);
    }
    await expect.poll(() => services.count()).toBe(0);
    // The orders stay: they end with their delivery and acceptance, not with the services.
    await expect.poll(() => orders.locator('.blocker-item').count()).toBe(2);
    await shot(page, 'seller-withdrawal', '03-services-hidden-orders-stay-phone');
    await expectAccessible(page);

    // The hidden services are no longer for sale.
    const codes = ((await (await page.request.get('/api/v1/me/withdrawal')).json()).blockers as { code: string }[]).map(
      (b) => b.code,
    );
    expect(codes).toContain('orders-in-progress-seller');
    expect(codes).not.toContain('published-services');
    await context.close();
  });
});
