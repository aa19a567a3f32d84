// Journey: a member searches services by a two-character word on a phone, saves the
// search (この条件を保存), keeps a service among favourites from its card, and finds both on
// My page: the saved search under 保存した検索条件 (its notices turned off and on again,
// renamed), the service under お気に入り.
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

describe('saved search journey', () => {
  const serviceTitle = 'お店の雰囲気が伝わるロゴを作成します';

  it('save a service search, favourite a service, see both on My page', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await logIn(page, 'ken@demo.yorozu.localhost');

    await page.goto('/services');
    await page.getByLabel('キーワード').fill('ロゴ');
    await page.getByRole('button', { name: '検索する' }).click();
    const card = page.getByRole('article', { name: serviceTitle });
    await card.waitFor();
    expect(page.url()).toContain('q=%E3%83%AD%E3%82%B4');

    // この条件を保存: the name is proposed from the keyword.
    await page.getByRole('button', { name: 'この条件を保存' }).click();
    const name = page.getByLabel('名前');
    expect(await name.inputValue()).toBe('ロゴ');
    await name.fill('ロゴのサービス');
    await shot(page, 'saved-search', '01-save-form');
    await expectAccessible(page);
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('検索条件「ロゴのサービス」を保存しました。').waitFor();

    // お気に入り on the service's card: a toggle.
    await card.getByRole('button', { name: 'お気に入り', pressed: false }).click();
    await card.getByRole('button', { name: 'お気に入り', pressed: true }).waitFor();
    await shot(page, 'saved-search', '02-search-saved-favourite');
    await expectAccessible(page);

    // My page → 保存した検索条件.
    await page.getByRole('link', { name: '保存した検索条件を見る' }).click();
    await page.getByRole('heading', { level: 1, name: '保存した検索条件' }).waitFor();
    const saved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'ロゴのサービス' }) });
    await saved.getByText('キーワード: ロゴ').waitFor();
    const toggle = saved.getByLabel('「ロゴのサービス」の新着のお知らせを受け取る');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.getByText('「ロゴのサービス」の新着のお知らせを停止しました。').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.getByText('「ロゴのサービス」の新着のお知らせを受け取ります。').waitFor();
    await saved.getByRole('button', { name: /^名前を変更\s*: ロゴのサービス$/ }).click();
    await saved.getByLabel('「ロゴのサービス」の新しい名前').fill('ロゴ作成');
    await saved.getByRole('button', { name: '変更する' }).click();
    await page.getByRole('heading', { level: 2, name: 'ロゴ作成' }).waitFor();
    await shot(page, 'saved-search', '03-saved-searches');
    await expectAccessible(page);

    // 検索する runs the search again.
    await page.getByRole('link', { name: '検索する' }).first().click();
    await page.getByRole('article', { name: serviceTitle }).waitFor();
    expect(await page.getByLabel('キーワード').inputValue()).toBe('ロゴ');

    // お気に入り on My page lists the service.
    await page.goto('/mypage/favourites?kind=service');
    await page.getByRole('heading', { level: 1, name: 'お気に入り' }).waitFor();
    await page.getByRole('article', { name: serviceTitle }).waitFor();
    await shot(page, 'saved-search', '04-favourites');
    await expectAccessible(page);
    await context.close();
  });
});
