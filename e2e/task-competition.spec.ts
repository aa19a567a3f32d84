// Journeys through task (タスク形式) and competition (コンペ形式) work, paid up front:
//   1. a task: draft → 仮払い by the development card → open; four workers submit; the
//      client approves one and rejects one with a reason (then meets the rejection cap);
//      the workers see the judgement on My page; closing refunds the unused slots;
//   2. the demo logo competition: entries close, the client chooses a winner; the winner
//      sees 採用 and the prize on My page and in the statement, the other entrant 不採用;
//   3. a competition paid by bank transfer: the client gets the account, the amount and the
//      reference number; staff confirm the deposit; the posting opens.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitPrize, splitTaskUnit } from '../src/domain/jobs/work-money';
import { DEFAULT_FEES } from '../src/domain/money/fees';
import { confirmDeposit } from '../src/server/use-cases/deposits/confirm-deposit';
import { createJob } from '../src/server/use-cases/jobs/create-job';
import { fundJob } from '../src/server/use-cases/jobs/fund-job';
import { expectAccessible, launchBrowser, newContext, PHONE, shot } from './support/browser';
import { localDateTime, logIn, yen } from './support/journeys';
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

const JOURNEY = 'task-competition';

/** A screenshot at the page's own size and one at phone width (390 px). */
async function shots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await shot(page, JOURNEY, name);
  if (size && size.width !== PHONE.viewport.width) {
    await page.setViewportSize(PHONE.viewport);
    await shot(page, JOURNEY, `${name}-phone`);
    await page.setViewportSize(size);
  }
}

async function submitWork(email: string, jobUrl: string, body: string): Promise<void> {
  const context = await newContext(browser, server.url, 'phone');
  const page = await context.newPage();
  await logIn(page, email);
  await page.goto(jobUrl);
  await page.getByLabel('提出内容').fill(body);
  await page.getByRole('button', { name: '作業を提出する' }).click();
  await page.getByText('作業を提出しました。依頼者の判定をお待ちください。').waitFor();
  await context.close();
}

describe('task and competition journeys', () => {
  it('task: draft → dev card → open → submissions → approve, reject (cap) → My page → close refunds', async () => {
    const unit = splitTaskUnit(100, DEFAULT_FEES);
    const title = `商品レビューの感想アンケート(10件)${randomBytes(2).toString('hex')}`;

    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto('/jobs/new');
    await client.getByLabel('タスク形式', { exact: true }).check();
    await client.getByLabel('タイトル').fill(title);
    await client.getByLabel('仕事の詳細').fill('冷凍食品の新商品3品のレビュー記事を読んで、感想を100字以上で書いてください。');
    await client.getByLabel('カテゴリ').selectOption('data-research');
    await client.getByLabel('募集期限').fill(localDateTime(7));
    await client.getByLabel('単価', { exact: true }).fill('100');
    await client.getByLabel('件数', { exact: true }).fill('10');
    // One worker may submit one item unless the client allows more.
    expect(await client.getByLabel('1人あたりの提出上限').inputValue()).toBe('1');
    await client.getByText(`お支払い予定額(目安): ${yen(unit.escrow * 10)}`).waitFor();
    expect(await client.getByRole('button', { name: '募集を開始する' }).count()).toBe(0);
    await shots(client, '01-task-form');
    await client.getByRole('button', { name: '下書き保存して仮払いへ進む' }).click();

    // The job page offers the payment with the breakdown.
    await client.getByRole('heading', { name: '仮払いして公開する' }).waitFor();
    await client.getByText('下書きを保存しました。仮払いが完了すると募集が始まります。').waitFor();
    const payment = client.locator('section.work-payment');
    await payment.getByText('単価(税込) ¥100 × 10件').waitFor();
    await payment
      .getByText(yen(unit.escrow * 10))
      .first()
      .waitFor();
    await shots(client, '02-task-payment');
    await expectAccessible(client);
    await client.getByLabel(/開発用カード/).check();
    await client.getByRole('button', { name: `${yen(unit.escrow * 10)}を仮払いして公開する` }).click();
    await client.getByText('仮払いが完了し、募集を開始しました。').waitFor();
    await client.locator('.job-labels').getByText('募集中').waitFor();
    await client.locator('.job-labels').getByText('仮払い済み').waitFor();
    await shots(client, '03-task-open');
    await expectAccessible(client);
    const jobUrl = client.url();

    // A visitor sees the rules and what a worker receives.
    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'hanako@demo.yorozu.localhost');
    await worker.goto(jobUrl);
    await worker.getByText('残り枠').waitFor();
    await worker.getByText(yen(unit.workerNet)).first().waitFor();
    await worker
      .getByText(/自動で承認されます/)
      .first()
      .waitFor();
    await worker.getByText(/非承認にできるのは提出数の30%まで/).waitFor();
    const limitRow = worker.locator('dl div').filter({ hasText: '1人あたりの提出上限' });
    await limitRow.getByText('1件まで').waitFor();
    await worker
      .getByLabel('提出内容')
      .fill('1品目の餃子は皮のもちもち感がよく伝わり、2品目の炒飯は調理時間の短さが魅力的でした。');
    await shot(worker, JOURNEY, '04-task-submit-phone');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: '作業を提出する' }).click();
    await worker.getByText('作業を提出しました。依頼者の判定をお待ちください。').waitFor();
    await worker.getByRole('heading', { name: '提出した作業' }).waitFor();
    await worker.getByText('判定待ち').first().waitFor();
    // One submission is this task's limit per worker: the form gives way to the rule.
    await worker.getByText(/1人あたりの提出上限\(1件\)まで提出しました/).waitFor();
    await shot(worker, JOURNEY, '05-task-submitted-phone');
    await expectAccessible(worker);

    await submitWork('ichiro@demo.yorozu.localhost', jobUrl, '炒飯のレビューが参考になりました。');
    await submitWork('mei@demo.yorozu.localhost', jobUrl, '3品とも写真が美味しそうで、特にスープの説明が分かりやすかったです。');
    await submitWork(
      'ken@demo.yorozu.localhost',
      jobUrl,
      '餃子のレビューを読みました。焼き方のコツが具体的で、家でも試したくなりました。',
    );

    // My jobs says what came in and what waits to be judged, and leads there.
    await client.goto('/mypage/jobs');
    const mine = client.locator('li.job-card').filter({ hasText: title });
    await mine.getByText('未判定 4件').waitFor();
    await shots(client, '06a-my-jobs-counts');
    await expectAccessible(client);
    await mine.getByRole('link', { name: '提出 4件' }).click();
    await client.getByRole('heading', { level: 1, name: '提出された作業' }).waitFor();
    await client.goto(jobUrl);

    // The client judges: approves one, rejects one with a reason, then meets the cap.
    await client.reload();
    await client.getByRole('link', { name: /提出された作業を見る\(判定待ち 4件/ }).click();
    await client.getByRole('heading', { level: 1, name: '提出された作業' }).waitFor();
    await client.getByText(/いまは非承認にできます。/).waitFor();
    await shots(client, '06-submissions');
    await expectAccessible(client);
    const card = (name: string) => client.locator('li.submission-card').filter({ hasText: name });
    await card('佐藤 花子')
      .getByRole('button', { name: /承認する/ })
      .click();
    await client.getByText('この提出を承認しますか?').waitFor();
    await client.getByText(`報酬 ${yen(100)}(税込)を支払います`, { exact: false }).waitFor();
    await shots(client, '07-approve-confirm');
    await client.getByRole('button', { name: '承認して報酬を支払う' }).click();
    await client.getByText('佐藤 花子さんの提出を承認しました。').waitFor();

    await card('鈴木 一郎')
      .getByRole('button', { name: /非承認にする/ })
      .click();
    await client.getByLabel('非承認の理由(提出者に届きます)').fill('感想が100字に届いていません。');
    await shots(client, '08-reject-reason');
    await expectAccessible(client);
    await card('鈴木 一郎').getByRole('button', { name: '非承認にする', exact: true }).click();
    await client.getByText('鈴木 一郎さんの提出を非承認にしました。').waitFor();
    // 2 rejections of 4 would be 50%: the cap (30%) is explained with the count still needed.
    await client.getByText(/いまは上限に達しているため非承認にできません。あと3件の提出があると/).waitFor();
    await card('高橋 芽衣')
      .getByRole('button', { name: /非承認にする/ })
      .click();
    await client.getByText('非承認にできる上限に達しています').waitFor();
    expect(await card('高橋 芽衣').getByRole('button', { name: '非承認にする', exact: true }).count()).toBe(0);
    await shots(client, '09-reject-capped');
    await expectAccessible(client);
    await card('高橋 芽衣').getByRole('button', { name: 'やめる' }).click();

    // The workers see the judgement on My page.
    await worker.goto('/mypage');
    await worker.getByRole('link', { name: /タスク・コンペの参加状況/ }).click();
    await worker.getByRole('heading', { level: 1, name: 'タスク・コンペの参加状況' }).waitFor();
    const hanakoItem = worker.locator('li.job-card').filter({ hasText: title });
    await hanakoItem.getByText('承認', { exact: true }).waitFor();
    await hanakoItem.getByText(yen(unit.workerNet)).waitFor();
    await shot(worker, JOURNEY, '10-mywork-approved-phone');
    await expectAccessible(worker);
    const ichiroContext = await newContext(browser, server.url, 'phone');
    const ichiro = await ichiroContext.newPage();
    await logIn(ichiro, 'ichiro@demo.yorozu.localhost');
    await ichiro.goto('/mypage/work');
    const ichiroItem = ichiro.locator('li.job-card').filter({ hasText: title });
    await ichiroItem.getByText('非承認', { exact: true }).waitFor();
    await ichiroItem.getByText('感想が100字に届いていません。').waitFor();
    await shot(ichiro, JOURNEY, '11-mywork-rejected-phone');
    await ichiroContext.close();

    // Closing refunds the slots nobody holds: 10 − 1 approved − 2 waiting = 7.
    await client.goto(jobUrl);
    await client.getByRole('button', { name: '募集を終了する' }).click();
    await client
      .getByRole('group', { name: 'この仕事の募集を終了しますか?' })
      .getByRole('button', { name: '募集を終了する' })
      .click();
    await client.getByText('募集を終了しました。').waitFor();
    await client.getByText(`使われなかった7件分の仮払い金 ${yen(7 * unit.escrow)} を返金しました。`).waitFor();
    await client.getByText('判定待ちの2件は、非承認または取り下げになった場合に返金します。').waitFor();
    expect(await client.getByRole('button', { name: '募集を中止する' }).count()).toBe(0);
    await shots(client, '12-task-closed-refund');
    await expectAccessible(client);
    await client.getByRole('link', { name: /提出された作業を見る/ }).click();
    await client.getByText(/判定期限まであと/).waitFor();
    await shots(client, '13-submissions-judge-by');
    await clientContext.close();
    await workerContext.close();
  });

  it('competition: entries close → the client chooses the winner → the winner sees 採用 and the prize', async () => {
    const prize = splitPrize(50_000, DEFAULT_FEES);
    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto('/jobs?kind=competition');
    await client.getByRole('link', { name: '新しい業務用食品ブランドのロゴ募集' }).click();
    await client.getByRole('heading', { name: 'コンペの賞金とルール' }).waitFor();
    await client.getByText('選定期限までに採用作品が選ばれない場合、賞金は応募者全員で等分してお支払いします').first().waitFor();
    await client
      .getByText(/採用作品がない場合は採用なしで終了することがあります/)
      .first()
      .waitFor();
    const jobUrl = client.url();

    await client.getByRole('button', { name: '募集を終了する' }).click();
    await client
      .getByRole('group', { name: 'この仕事の募集を終了しますか?' })
      .getByRole('button', { name: '募集を終了する' })
      .click();
    await client.getByText('募集を終了しました。').waitFor();
    await client.getByText('選定中: 依頼者が採用作品を選んでいます。').waitFor();
    await shots(client, '20-competition-selecting');
    await expectAccessible(client);
    await client.getByRole('link', { name: '採用作品を選ぶ' }).click();
    await client.getByRole('heading', { level: 1, name: '応募作品' }).waitFor();
    await client.getByText(/選定期限まであと/).waitFor();
    await shots(client, '21-entries-selection');
    await expectAccessible(client);

    // 「採用なしで終了する」 is offered (this competition allows it); the client goes back.
    await client.getByRole('button', { name: '採用なしで終了する' }).click();
    await client.getByText(`賞金 ${yen(50_000)} は返金されますが`, { exact: false }).waitFor();
    await shots(client, '22-no-winner-panel');
    await client.getByRole('button', { name: 'やめる' }).click();

    const entry = client.locator('li.entry-card').filter({ hasText: '案A 筆文字の「まかない堂」' });
    await entry.getByRole('button', { name: /この作品を採用する/ }).click();
    await entry.getByText(`賞金 ${yen(50_000)}(税込)を支払います`, { exact: false }).waitFor();
    await shots(client, '23-choose-confirm');
    await expectAccessible(client);
    await entry.getByRole('button', { name: `採用して賞金 ${yen(50_000)} を支払う` }).click();
    await client.getByText('「案A 筆文字の「まかない堂」」を採用しました。賞金を応募者にお支払いしました。').waitFor();
    await entry.getByText('採用', { exact: true }).waitFor();
    await client.getByText('採用作品が決まりました').first().waitFor();
    expect(await client.getByRole('button', { name: /この作品を採用する/ }).count()).toBe(0);
    await shots(client, '24-winner-chosen');
    await expectAccessible(client);

    // The winner sees 採用 and what she received; the statement has the prize.
    const meiContext = await newContext(browser, server.url, 'phone');
    const mei = await meiContext.newPage();
    await logIn(mei, 'mei@demo.yorozu.localhost');
    await mei.goto('/mypage/work');
    const won = mei.locator('li.job-card').filter({ hasText: '新しい業務用食品ブランドのロゴ募集' });
    await won.getByText('採用', { exact: true }).waitFor();
    await won.getByText(yen(prize.workerNet)).waitFor();
    await shot(mei, JOURNEY, '25-mywork-won-phone');
    await expectAccessible(mei);
    await won.getByRole('link', { name: /応募作品を見る/ }).click();
    await mei.getByText('採用作品が決まりました').waitFor();
    await mei.locator('li.entry-card').getByText('採用', { exact: true }).waitFor();
    await shot(mei, JOURNEY, '26-entries-won-phone');
    await expectAccessible(mei);
    await mei.goto('/mypage/statements');
    await mei.getByText('報酬(コンペ賞金)').first().waitFor();
    await mei
      .getByText(`+${yen(prize.workerNet)}`)
      .first()
      .waitFor();
    await shot(mei, JOURNEY, '27-statement-prize-phone');
    // The yearly summary's year is read as typed: full-width digits and 「年」 are fine.
    await mei.goto('/mypage/statements/yearly');
    await mei.getByLabel('年を選ぶ').fill('１９９９');
    await mei.getByRole('button', { name: '表示する' }).click();
    await mei.getByText(/までの年を、西暦4桁の数字で入力してください。/).waitFor();
    const thisYear = new Date().getFullYear();
    await mei.getByLabel('年を選ぶ').fill(`${String(thisYear).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}年`);
    await mei.getByRole('button', { name: '表示する' }).click();
    await mei.waitForURL(new RegExp(`year=${thisYear}$`));
    await mei.getByText(yen(prize.workerNet)).first().waitFor();
    await meiContext.close();

    const ichiroContext = await newContext(browser, server.url, 'phone');
    const ichiro = await ichiroContext.newPage();
    await logIn(ichiro, 'ichiro@demo.yorozu.localhost');
    await ichiro.goto('/mypage/work');
    await ichiro
      .locator('li.job-card')
      .filter({ hasText: '新しい業務用食品ブランドのロゴ募集' })
      .getByText('不採用', { exact: true })
      .waitFor();
    await ichiro.goto(jobUrl);
    await ichiro.getByText('採用作品が決まりました').waitFor();
    // Those not chosen see which entry won and whose it is.
    const result = ichiro.getByRole('note', { name: 'コンペの結果' });
    await result.getByText('案A 筆文字の「まかない堂」').waitFor();
    await result.getByRole('link', { name: /高橋/ }).waitFor();
    await result.scrollIntoViewIfNeeded();
    await shot(ichiro, JOURNEY, '28-result-not-chosen-phone');
    await expectAccessible(ichiro);
    await ichiroContext.close();
    await clientContext.close();
  });

  it('bank transfer: instructions with the reference → staff confirm on the deposits page → the competition opens', async () => {
    const prize = splitPrize(20_000, DEFAULT_FEES);
    const title = `社内報の表紙イラスト募集${randomBytes(2).toString('hex')}`;
    const clientContext = await newContext(browser, server.url, 'phone');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto('/jobs/new');
    await client.getByLabel('コンペ形式', { exact: true }).check();
    await client.getByLabel('タイトル').fill(title);
    await client.getByLabel('仕事の詳細').fill('社内報(季刊・A4)の表紙に使う、春をテーマにしたイラストを募集します。');
    await client.getByLabel('カテゴリ').selectOption('design-logo');
    await client.getByLabel('募集期限').fill(localDateTime(10));
    await client.getByLabel('賞金', { exact: true }).fill('20000');
    await client.getByText(`お支払い予定額(目安): ${yen(prize.escrow)}`).waitFor();
    await shot(client, JOURNEY, '30-competition-form-phone');
    await client.getByRole('button', { name: '下書き保存して仮払いへ進む' }).click();
    await client.getByRole('heading', { name: '仮払いして公開する' }).waitFor();
    await client.getByText('必ずいずれかの作品が採用されます').first().waitFor();
    await client.getByLabel('銀行振込').check();
    await client.getByRole('button', { name: `${yen(prize.escrow)}を仮払いして公開する` }).click();
    await client.getByText('振込先をご案内しました。入金が確認されると募集が始まります。').waitFor();
    await client.getByText('お振り込みのご案内').waitFor();
    const reference = /「(\d{10})」/.exec((await client.locator('main').textContent()) ?? '')?.[1];
    expect(reference).toMatch(/^\d{10}$/);
    await client.locator('.transfer-amount').getByText(yen(prize.escrow)).waitFor();
    await client.getByText(/振込の受付日時: \d{4}年/).waitFor();
    await client.getByRole('button', { name: '振込をやめる' }).waitFor();
    await shot(client, JOURNEY, '31-transfer-instructions-phone');
    await expectAccessible(client);
    const jobUrl = client.url();

    // The pay is fixed while the transfer waits.
    await client.goto(`${jobUrl}/edit`);
    await client.getByText(/報酬の条件は変更できません/).waitFor();
    expect(await client.getByLabel('賞金', { exact: true }).count()).toBe(0);
    await shot(client, JOURNEY, '32-edit-money-locked-phone');
    await client.goto(jobUrl);

    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff/deposits');
    const row = staff.getByRole('row', { name: new RegExp(reference as string) });
    await row.getByRole('link', { name: title }).waitFor();
    await row.getByText('コンペの賞金(仮払い)').waitFor();
    // The demo task waiting for its transfer names its posting too.
    await staff.getByRole('link', { name: '飲食店の営業時間リスト作成(1件ずつ入力)' }).waitFor();
    await shots(staff, '33-staff-deposits');
    await expectAccessible(staff);
    await staff.getByLabel(`振込番号 ${reference} に振り込まれた金額`).fill(String(prize.escrow));
    await row.getByRole('button', { name: '入金を確認する' }).click();
    await staff.getByText(`振込番号 ${reference} の入金を確認しました。`).waitFor();
    await staffContext.close();

    await client.reload();
    await client.locator('.job-labels').getByText('募集中').waitFor();
    await client.locator('.job-labels').getByText('仮払い済み').waitFor();
    await client.getByText(`${yen(prize.escrow)}を仮払い済みです。`, { exact: false }).waitFor();
    await shot(client, JOURNEY, '34-competition-open-phone');
    await expectAccessible(client);
    await clientContext.close();
  });

  it('a transfer confirmed after the deadline: the paid draft says so; a new deadline publishes it', async () => {
    const deps = server.app.deps;
    const ids = Object.fromEntries(
      (await deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
    ) as Record<string, string>;
    const title = `商品名のアイデア募集${randomBytes(2).toString('hex')}`;
    const jobId = await createJob(deps, {
      clientId: ids.tanaka_shoji as string,
      job: {
        kind: 'competition',
        title,
        description: '新しい冷凍うどんの商品名を募集します。覚えやすく、温かさが伝わる名前を希望します。',
        category: 'design-logo',
        tags: [],
        deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        deliveryDate: null,
        budgetMin: null,
        budgetMax: null,
        hires: null,
        milestonesWished: null,
        taskSlots: null,
        taskUnitPrice: null,
        taskInstructions: null,
        prize: 10_000,
        entryRules: null,
        allowNoWinner: false,
        publish: false,
      },
    });
    await fundJob(deps, { clientId: ids.tanaka_shoji as string, jobId, method: 'bank_transfer' });
    // The money arrives only after the deadline has passed.
    await deps.db
      .updateTable('jobs')
      .set({ deadline: new Date(Date.now() - 60_000) })
      .where('id', '=', jobId)
      .execute();
    const deposit = await deps.db
      .selectFrom('deposits')
      .select(['id', 'amount'])
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow();
    await confirmDeposit(deps, { staffId: ids.ops_kobayashi as string, depositId: deposit.id, receivedAmount: deposit.amount });

    const context = await newContext(browser, server.url, 'phone');
    const client = await context.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto(`/jobs/${jobId}`);
    await client.getByText(`仮払い(${yen(deposit.amount)})は完了しています。`).waitFor();
    await client.getByText(/募集期限が過ぎているため、まだ公開されていません。/).waitFor();
    await shot(client, JOURNEY, '40-paid-draft-deadline-passed-phone');
    await expectAccessible(client);
    await client.getByRole('link', { name: '募集期限を変更する' }).click();
    await client.getByLabel('募集期限').fill(localDateTime(5));
    await client.getByRole('button', { name: '募集を開始する' }).click();
    await client.getByText('募集を開始しました。').waitFor();
    await client.locator('.job-labels').getByText('募集中').waitFor();
    await shot(client, JOURNEY, '41-paid-draft-published-phone');
    await context.close();
  });
});
