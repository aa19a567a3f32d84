// Journey: a client looks for a designer under 人材を探す, finds one by a two-character
// skill word, opens her card's profile and scouts her: the offer form opens with her
// filled in, the offer is sent, and she sees it; she is kept among the client's favourites
// on the way. The search page on a phone and in English.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { localDateTime, logIn } from './support/journeys';
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

describe('find workers journey', () => {
  const title = `新しいカフェのロゴ制作 ${randomBytes(2).toString('hex')}`;
  const worker = { name: '高橋 芽衣', username: 'takahashi_mei', email: 'mei@demo.yorozu.localhost' };

  it('find by a skill word → card → profile → scout → the worker sees the offer', async () => {
    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');

    // An open project to scout for.
    await client.goto('/jobs/new');
    await client.getByLabel('プロジェクト(固定報酬制)').check();
    await client.getByLabel('タイトル').fill(title);
    await client.getByLabel('仕事の詳細').fill('駅前に開くカフェのロゴをお願いします。看板とカップに使います。');
    await client.getByLabel('カテゴリ').selectOption('design-logo');
    await client.getByLabel('募集期限').fill(localDateTime(7));
    await client.getByLabel('予算(下限)').fill('20000');
    await client.getByLabel('予算(上限)').fill('50000');
    await client.getByRole('button', { name: '募集を開始する' }).click();
    await client.getByRole('heading', { level: 1, name: title }).waitFor();

    // 人材を探す from the header; a two-character word of a skill, written in hiragana.
    await client.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '人材を探す' }).click();
    await client.getByRole('heading', { level: 1, name: '人材を探す' }).waitFor();
    await client.getByLabel('キーワード').fill('ろご');
    await client.getByRole('button', { name: '検索する' }).click();
    const card = client.getByRole('article', { name: worker.name });
    await card.waitFor();
    await card.getByText('ロゴデザイン').waitFor();
    expect(client.url()).toContain('q=%E3%82%8D%E3%81%94');
    await shot(client, 'find-workers', '01-search-results');
    await expectAccessible(client);

    // The card's name opens the profile, which offers スカウトする too.
    await card.getByRole('link', { name: worker.name, exact: true }).click();
    await client.getByRole('heading', { level: 1, name: worker.name }).waitFor();
    // お気に入り on the profile: a toggle.
    await client.getByRole('button', { name: 'お気に入り', pressed: false }).click();
    await client.getByRole('button', { name: 'お気に入り', pressed: true }).waitFor();
    await shot(client, 'find-workers', '02-profile-scout');
    await expectAccessible(client);
    await client.getByRole('link', { name: `${worker.name}さんをスカウトする` }).click();

    // Which project: the new one; the offer form opens with her username filled in.
    await client.getByRole('heading', { level: 1, name: 'スカウトする' }).waitFor();
    await shot(client, 'find-workers', '03-choose-job');
    await expectAccessible(client);
    await client.getByRole('link', { name: `「${title}」で${worker.name}さんをスカウトする` }).click();
    await client.getByRole('heading', { level: 1, name: 'スカウトを送る' }).waitFor();
    expect(await client.getByLabel('ユーザー名').inputValue()).toBe(worker.username);
    await client.getByLabel('メッセージ').fill('ポートフォリオを拝見しました。カフェのロゴをお願いできませんか。');
    await shot(client, 'find-workers', '04-offer-form');
    await client.getByRole('button', { name: 'スカウトを送る' }).click();
    await client.getByText('スカウトを送りました。').waitFor();
    await shot(client, 'find-workers', '05-offer-sent');

    // She is among the client's favourites.
    await client.goto('/mypage/favourites');
    await client.getByRole('article', { name: worker.name }).waitFor();
    await shot(client, 'find-workers', '05b-favourites');
    await expectAccessible(client);

    // She sees the offer on her phone.
    const workerContext = await newContext(browser, server.url, 'phone');
    const phone = await workerContext.newPage();
    await logIn(phone, worker.email);
    await phone.goto('/offers');
    await phone
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();
    await shot(phone, 'find-workers', '06-worker-offers-phone');

    // Her own card has no スカウトする.
    await phone.goto('/workers?q=%E3%83%AD%E3%82%B4');
    const own = phone.getByRole('article', { name: worker.name });
    await own.waitFor();
    expect(await own.getByRole('link', { name: /スカウトする/ }).count()).toBe(0);
    await shot(phone, 'find-workers', '07-search-phone');
    await expectAccessible(phone);
    await clientContext.close();
    await workerContext.close();
  });

  it('anonymous, in English, on a phone: cards without scouting', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await page.goto('/workers?skill=%E5%8B%95%E7%94%BB%E7%B7%A8%E9%9B%86');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find workers' }).waitFor();
    await page.getByText('1 found').waitFor();
    expect(await page.getByRole('link', { name: /Scout/ }).count()).toBe(0);
    await shot(page, 'find-workers', '08-english-phone');
    await expectAccessible(page);
    await context.close();
  });
});
