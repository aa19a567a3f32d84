// Journey: the guides for each kind of member. From the home page on a phone, a newcomer
// opens the beginners' guide and finds open tasks for beginners, live from the demo
// postings, then the whole search behind the list; a client opens the clients' guide and
// compares the ways of having work done, each with how many are open now. Each page is
// checked with axe.
import type { Browser } from 'playwright-core';
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

describe('guides journey', () => {
  it('leads a newcomer from the home page to open tasks for beginners', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await page.goto('/');
    const guides = page.getByRole('region', { name: 'あなたに合った使い方' });
    await guides.getByRole('link', { name: 'はじめての方へ' }).click();

    await page.getByRole('heading', { level: 1, name: 'はじめての方へ' }).waitFor();
    const tasks = page.getByRole('region', { name: '初心者歓迎のタスク' });
    // Live postings, not text: the demo's open beginner task is listed by its title.
    await tasks.getByRole('link', { name: '料理レシピの感想アンケート(5分で完了)' }).waitFor();
    await shot(page, 'guides', '01-beginners-phone');
    await expectAccessible(page);

    await tasks.getByRole('link', { name: /すべて見る/ }).click();
    await page.waitForURL(/\/jobs\?kind=task&tags=beginner$/);
    await page.getByRole('heading', { level: 1, name: '仕事を探す' }).waitFor();
    await page
      .getByRole('region', { name: '検索結果' })
      .getByRole('link', { name: '料理レシピの感想アンケート(5分で完了)' })
      .waitFor();
    await context.close();
  });

  it('compares the ways of having work done, with live counts', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await page.goto('/guide/clients');
    await page.getByRole('heading', { level: 1, name: '仕事を依頼したい方へ' }).waitFor();
    const table = page.getByRole('table');
    for (const method of ['プロジェクト', 'タスク', 'コンペ', 'サービスの購入'])
      await table.getByRole('rowheader', { name: method }).waitFor();
    await table
      .getByRole('row', { name: /サービスの購入/ })
      .getByRole('link', { name: /件出品中/ })
      .waitFor();
    const taskCount = table.getByRole('row', { name: /タスク/ }).getByRole('link', { name: /件募集中/ });
    await taskCount.waitFor();
    expect(Number((await taskCount.textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    await shot(page, 'guides', '02-clients-desktop');
    await expectAccessible(page);

    // The other guides are one link away, and an unknown guide is a page that says so.
    await page
      .getByRole('navigation', { name: 'ほかの方へのご案内' })
      .getByRole('link', { name: '在宅・スキマ時間で働きたい方へ' })
      .click();
    await page.getByRole('heading', { level: 1, name: '在宅・スキマ時間で働きたい方へ' }).waitFor();
    await page.getByRole('region', { name: 'スキマ時間でできる仕事' }).getByRole('listitem').first().waitFor();
    // English is loaded when it is first chosen, and a reload starts in it.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Working from home, in spare time' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Working from home, in spare time' }).waitFor();
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { level: 1, name: '在宅・スキマ時間で働きたい方へ' }).waitFor();
    // The specialists' guide lists the demo sellers' services, live.
    await page.goto('/guide/specialists');
    await page.getByRole('region', { name: 'よく購入されているサービス' }).getByRole('listitem').first().waitFor();
    await page.goto('/guide/nobody');
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    await context.close();
  });
});
