// Journey: a client blocks a worker from the worker's profile (the confirmation says what a
// block does and that live contracts go on). The worker no longer finds the client's job
// in the search and, opening it by its address, is told they cannot apply — on the job
// page and on the apply form. The client unblocks on ブロックした会員, and the worker applies.
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

describe('blocking journey', () => {
  const word = `ぶろっく${randomBytes(2).toString('hex')}`;
  const title = `店舗紹介記事の作成 ${word}`;
  const worker = { name: '山本 健', username: 'yamamoto_ken', email: 'ken@demo.yorozu.localhost' };

  it('block from the profile → the worker cannot find or apply → unblock → the worker applies', async () => {
    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto('/jobs/new');
    await client.getByLabel('プロジェクト(固定報酬制)').check();
    await client.getByLabel('タイトル').fill(title);
    await client.getByLabel('仕事の詳細').fill('新しく開く店舗の紹介記事を2本お願いします。取材メモはこちらで用意します。');
    await client.getByLabel('カテゴリ').selectOption('writing-article');
    await client.getByLabel('募集期限').fill(localDateTime(7));
    await client.getByLabel('予算(下限)').fill('10000');
    await client.getByLabel('予算(上限)').fill('30000');
    await client.getByRole('button', { name: '募集を開始する' }).click();
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    const jobUrl = new URL(client.url()).pathname;

    // The client blocks the worker from the worker's profile, after reading what it does.
    await client.goto(`/u/${worker.username}`);
    await client.getByRole('heading', { level: 1, name: worker.name }).waitFor();
    await client.getByRole('button', { name: 'ブロックする' }).click();
    const confirm = client.getByRole('group', { name: `${worker.name}さんをブロックしますか?` });
    await confirm.getByText(/進行中の契約・取引は続きます/).waitFor();
    await shot(client, 'blocking', '01-block-confirm');
    await expectAccessible(client);
    await confirm.getByRole('button', { name: 'ブロックする' }).click();
    await client.getByText(`${worker.name}さんをブロックしました。`).waitFor();
    await client.getByRole('button', { name: 'ブロックを解除する' }).waitFor();
    await shot(client, 'blocking', '02-blocked');

    // The worker, on a phone: the job is not in the search …
    const workerContext = await newContext(browser, server.url, 'phone');
    const page = await workerContext.newPage();
    await logIn(page, worker.email);
    await page.goto(`/jobs?q=${encodeURIComponent(word)}`);
    await page.getByText('条件に合う仕事が見つかりませんでした。').waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await shot(page, 'blocking', '03-worker-search-empty');
    // … and its page, opened by its address, says applying is not possible.
    await page.goto(jobUrl);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: 'この仕事には応募できません' }).waitFor();
    expect(await page.getByRole('link', { name: 'この仕事に応募する' }).count()).toBe(0);
    await shot(page, 'blocking', '04-worker-job-unavailable');
    await expectAccessible(page);
    await page.goto(`${jobUrl}/apply`);
    await page.getByText('この会員とは現在お取引できません').waitFor();
    expect(await page.getByLabel('提案内容').count()).toBe(0);
    await shot(page, 'blocking', '05-worker-apply-refused');

    // The client unblocks on ブロックした会員 (the page says live contracts go on).
    await client.goto('/mypage/blocks');
    await client.getByRole('heading', { level: 1, name: 'ブロックした会員' }).waitFor();
    await client.getByText(/進行中の契約・取引はブロックしても続きます/).waitFor();
    await shot(client, 'blocking', '06-my-blocks');
    await expectAccessible(client);
    await client.getByRole('button', { name: `ブロックを解除する(${worker.name})` }).click();
    await client.getByText(`${worker.name}さんのブロックを解除しました。`).waitFor();
    await client.getByText('ブロックしている会員はいません。').waitFor();
    await shot(client, 'blocking', '07-unblocked');

    // The worker finds the job again and applies.
    await page.goto(`/jobs?q=${encodeURIComponent(word)}`);
    await page.getByText(title).first().waitFor();
    await page.goto(jobUrl);
    await page.getByRole('link', { name: 'この仕事に応募する' }).click();
    await page.getByLabel('提案内容').fill('飲食店の取材記事を書いてきました。お店の魅力が伝わるように書きます。');
    await page.getByLabel('見積金額(円・税抜)').fill('20000');
    await page.getByLabel('納品までの日数').fill('7');
    await page.getByRole('button', { name: '応募する', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '応募詳細' }).waitFor();
    await shot(page, 'blocking', '08-worker-applied');

    // The profile's confirmation on a phone.
    const phoneClient = await (await newContext(browser, server.url, 'phone')).newPage();
    await logIn(phoneClient, 'tanaka@demo.yorozu.localhost');
    await phoneClient.goto(`/u/${worker.username}`);
    await phoneClient.getByRole('button', { name: 'ブロックする' }).click();
    await phoneClient.getByRole('group', { name: `${worker.name}さんをブロックしますか?` }).waitFor();
    await shot(phoneClient, 'blocking', '09-block-confirm-phone');
  });

  it('staff read a former-member flag and resolve it with a note', async () => {
    // A flag as a registration with a returning address writes it (flags/former-members.ts).
    const db = server.app.deps.db;
    const member = await db.selectFrom('users').select('id').where('username', '=', worker.username).executeTakeFirstOrThrow();
    await db
      .insertInto('member_flags')
      .values({
        kind: 'former-member',
        user_id: member.id,
        contract_id: null,
        withdrawn_on: '2024-06-30',
        created_at: new Date(),
      })
      .execute();
    const context = await newContext(browser, server.url, 'desktop');
    const staff = await context.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff');
    await staff.getByRole('link', { name: /要確認フラグ/ }).click();
    await staff.getByRole('heading', { level: 1, name: '要確認フラグ' }).waitFor();
    const card = staff.getByRole('listitem').filter({ hasText: `@${worker.username}` });
    await card.getByText('2024年6月30日').waitFor();
    await shot(staff, 'blocking', '10-staff-flags');
    await expectAccessible(staff);
    await card.getByLabel('対応メモ').fill('本人に確認。以前の退会後の再登録で、直接取引の勧誘の形跡はなし。');
    await card.getByRole('button', { name: '対応済みにする' }).click();
    await staff.getByText('未対応のフラグはありません。').waitFor();
    await staff.getByRole('link', { name: '対応済み' }).click();
    await staff.getByText('本人に確認。以前の退会後の再登録で、直接取引の勧誘の形跡はなし。').waitFor();
    await shot(staff, 'blocking', '11-staff-flag-resolved');
  });
});
