// Journeys through a contract's money:
//   1. post → apply → hire → fund by bank transfer → staff confirm the deposit → deliver →
//      revision → deliver → accept → both review → receipt, payment notice, statement;
//   2. a termination (途中解消) with a split the other side agrees to.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitMilestone } from '../src/domain/money/fees';
import { applyToJob } from '../src/server/use-cases/applications/apply-to-job';
import { decideApplication } from '../src/server/use-cases/applications/decide-application';
import { createJob } from '../src/server/use-cases/jobs/create-job';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { localDateTime, logIn, review, yen } from './support/journeys';
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

describe('contract journeys', () => {
  it('hire → bank transfer → staff confirm → deliver → revision → deliver → accept → reviews → statements', async () => {
    const money = splitMilestone(10_000, { withholding: false });
    const title = `ランチメニューの紹介文(5品)${randomBytes(2).toString('hex')}`;

    // The client posts a job.
    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.getByRole('link', { name: '仕事を依頼する' }).first().click();
    await client.getByLabel('プロジェクト(固定報酬制)').check();
    await client.getByLabel('タイトル').fill(title);
    await client
      .getByLabel('仕事の詳細')
      .fill('飲食店のランチメニュー5品について、店頭とサイトに載せる紹介文(各200字)をお願いします。');
    await client.getByLabel('カテゴリ').selectOption('writing-article');
    await client.getByLabel('募集期限').fill(localDateTime(7));
    await client.getByLabel('予算(下限)').fill('5000');
    await client.getByLabel('予算(上限)').fill('10000');
    await client.getByRole('button', { name: '募集を開始する' }).click();
    await client.getByText('募集を開始しました。').waitFor();
    const jobUrl = client.url();

    // The worker applies on a phone.
    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'ken@demo.yorozu.localhost');
    await worker.goto(jobUrl);
    await worker.getByRole('link', { name: 'この仕事に応募する' }).click();
    await worker.getByLabel('提案内容').fill('飲食店の経営経験があります。お店の雰囲気に合わせて書きます。');
    await worker.getByLabel('見積金額(円・税抜)').fill('10000');
    await worker.getByLabel('納品までの日数').fill('7');
    await worker.getByRole('button', { name: '応募する', exact: true }).click();
    await worker.getByRole('heading', { level: 1, name: '応募詳細' }).waitFor();

    // The client hires and goes to the contract.
    await client.reload();
    await client.getByRole('link', { name: /応募者を見る/ }).click();
    // 採用する asks first, then says a contract was made and links to it.
    await client.getByRole('button', { name: '採用する' }).first().click();
    const confirmHire = client.getByRole('group', { name: /さんを採用しますか/ });
    await confirmHire.getByText(/契約が作成され/).waitFor();
    await shot(client, 'contracts', '00-hire-confirm');
    await expectAccessible(client);
    await confirmHire.getByRole('button', { name: '採用して契約を作成する' }).click();
    await client.getByText(/さんを採用し、契約を作成しました。/).waitFor();
    await client.getByRole('link', { name: '契約ページへ(仮払いに進む)' }).click();
    await client.getByText('仮払い待ち').first().waitFor();
    await shot(client, 'contracts', '01-contract-awaiting-escrow');
    await expectAccessible(client);

    // The written terms are there for both.
    await client.getByRole('link', { name: '契約条件（取引条件明示書）' }).click();
    await client.getByText('10,000').first().waitFor();
    await shot(client, 'contracts', '02-written-terms');
    await expectAccessible(client);
    await client.goBack();

    // Bank transfer: the client gets the account, the amount and a reference number.
    await client.getByRole('button', { name: '仮払いする' }).click();
    await client.getByLabel('銀行振込').check();
    await shot(client, 'contracts', '03-fund-choose-method');
    await client.getByRole('button', { name: /を仮払いする/ }).click();
    await client.getByText('お振り込みのご案内').waitFor();
    const reference = /「(\d{10})」/.exec((await client.locator('main').textContent()) ?? '')?.[1];
    expect(reference).toMatch(/^\d{10}$/);
    await client.getByText(yen(money.escrow)).first().waitFor();
    await shot(client, 'contracts', '04-transfer-instructions');
    await expectAccessible(client);

    // Staff confirm the transfer.
    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff/deposits');
    await staff
      .getByText(reference as string)
      .first()
      .waitFor();
    await shot(staff, 'contracts', '05-staff-deposits');
    await expectAccessible(staff);
    await staff.getByLabel(`振込番号 ${reference} に振り込まれた金額`).fill(String(money.escrow));
    await staff
      .getByRole('row', { name: new RegExp(reference as string) })
      .getByRole('button', { name: '入金を確認する' })
      .click();
    await staff.getByText(`振込番号 ${reference} の入金を確認しました。`).waitFor();
    await shot(staff, 'contracts', '06-staff-deposit-confirmed');

    // The worker sees the funded milestone and delivers.
    const contractUrl = client.url();
    await worker.goto(contractUrl);
    await worker.getByText('仮払い済み（作業中）').first().waitFor();
    await worker.getByRole('button', { name: '納品する' }).click();
    await worker.getByLabel('納品メッセージ').fill('5品分の紹介文を納品します。ご確認ください。');
    await shot(worker, 'contracts', '07-deliver-phone');
    await worker.getByRole('button', { name: '納品する' }).last().click();
    await worker.getByText(/を納品しました。/).waitFor();

    // The client asks for a revision; the worker delivers again.
    await client.reload();
    await client
      .getByText(/自動検収まで/)
      .first()
      .waitFor();
    await shot(client, 'contracts', '08-delivered-countdown');
    await expectAccessible(client);
    await client.getByRole('button', { name: '修正を依頼する' }).click();
    await client.getByLabel('修正してほしい内容').fill('3品目の価格表記を税込にしてください。');
    await client.getByRole('button', { name: '修正を依頼する' }).last().click();
    await client.getByText(/の修正を依頼しました。/).waitFor();
    await worker.reload();
    await worker.getByRole('button', { name: '納品する' }).click();
    await worker.getByLabel('納品メッセージ').fill('価格表記を直しました。');
    await worker.getByRole('button', { name: '納品する' }).last().click();
    await worker.getByText(/を納品しました。/).waitFor();

    // The client accepts: the worker is paid.
    await client.reload();
    await client.getByRole('button', { name: '検収する' }).click();
    await client.getByText('この納品を検収しますか？').waitFor();
    await shot(client, 'contracts', '09-accept-confirm');
    await client.getByRole('button', { name: '検収して報酬を支払う' }).click();
    await client.getByText(/を検収しました。/).waitFor();
    await client.getByText('完了').first().waitFor();

    // Both review; the reviews appear together.
    await worker.reload();
    await review(worker, '丁寧なご指示をありがとうございました。', ['contracts', '10a-review-form-phone']);
    await worker.getByText(/相手が評価を書くか/).waitFor();
    await client.reload();
    await review(client, '修正にもすぐ対応いただき助かりました。', ['contracts', '10b-review-form']);
    await client.getByText('丁寧なご指示をありがとうございました。').waitFor();
    await shot(client, 'contracts', '10-reviews-revealed');
    await expectAccessible(client);
    await worker.reload();
    await worker.getByText('修正にもすぐ対応いただき助かりました。').waitFor();
    await shot(worker, 'contracts', '11-worker-contract-completed-phone');
    await expectAccessible(worker);

    // Statements: the client's receipt, the worker's payment notice and monthly statement.
    await client.getByRole('link', { name: '領収書' }).click();
    await client.getByText(yen(money.escrow)).first().waitFor();
    await shot(client, 'contracts', '12-receipt');
    await expectAccessible(client);
    await worker.getByRole('link', { name: '支払通知書' }).click();
    await worker.getByText(yen(money.workerNet)).first().waitFor();
    await shot(worker, 'contracts', '13-payment-notice-phone');
    await worker.goto('/mypage/statements');
    await worker.getByText(yen(money.workerNet)).first().waitFor();
    await shot(worker, 'contracts', '14-monthly-statement-phone');
    await expectAccessible(worker);
    await worker.goto('/mypage');
    await worker.getByText('報酬残高').first().waitFor();
    await shot(worker, 'contracts', '15-mypage-earnings-phone');

    await clientContext.close();
    await workerContext.close();
    await staffContext.close();
  });

  it('a termination with a split: the worker proposes, the client agrees, both see the settlement', async () => {
    // Set up through the use cases: a hired contract funded by the development card.
    const deps = server.app.deps;
    const ids = Object.fromEntries(
      (await deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
    ) as Record<string, string>;
    const jobId = await createJob(deps, {
      clientId: ids.tanaka_shoji as string,
      job: {
        kind: 'project',
        title: `商品写真のレタッチ(20枚)${randomBytes(2).toString('hex')}`,
        description: 'ネットショップ用の商品写真20枚の背景を白にして、色味を整えてください。',
        category: 'writing-article',
        tags: [],
        deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        deliveryDate: null,
        budgetMin: 10000,
        budgetMax: 30000,
        hires: 1,
        milestonesWished: 1,
        taskSlots: null,
        taskUnitPrice: null,
        taskInstructions: null,
        prize: null,
        entryRules: null,
        allowNoWinner: false,
        publish: true,
      },
    });
    const applicationId = await applyToJob(deps, {
      workerId: ids.yamamoto_ken as string,
      jobId,
      application: { proposal: 'レタッチは得意です。', quotedAmount: 20_000, deliveryDays: 10, attachmentIds: [] },
    });
    await decideApplication(deps, { actorId: ids.tanaka_shoji as string, applicationId, action: 'hire' });
    const contract = await deps.db
      .selectFrom('contracts')
      .select('id')
      .where('application_id', '=', applicationId)
      .executeTakeFirstOrThrow();

    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto(`/contracts/${contract.id}`);
    await client.getByRole('button', { name: '仮払いする' }).click();
    await client.getByLabel(/開発用カード/).check();
    await client.getByRole('button', { name: /を仮払いする/ }).click();
    await client.getByText(/を仮払いしました。/).waitFor();

    // The worker proposes to be paid ¥8,000 of ¥20,000.
    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'ken@demo.yorozu.localhost');
    await worker.goto(`/contracts/${contract.id}`);
    await worker.getByRole('button', { name: '途中解消を提案する' }).click();
    await worker.getByLabel('途中解消の理由').fill('家庭の事情で、8枚まで仕上げたところで作業を続けられなくなりました。');
    await worker.getByLabel('一部を支払う').check();
    await worker.getByLabel('受注者に支払う金額（円・税抜）').fill('8000');
    await shot(worker, 'contracts', '21-termination-proposal-phone');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: '途中解消を提案する' }).last().click();
    await worker.getByText('途中解消を提案しました。相手の回答をお待ちください。').waitFor();

    const part = splitMilestone(8_000, { withholding: false });
    const full = splitMilestone(20_000, { withholding: false });
    await client.reload();
    await client
      .getByText(/回答期限まで/)
      .first()
      .waitFor();
    await client
      .getByText(yen(full.escrow - part.escrow))
      .first()
      .waitFor();
    await shot(client, 'contracts', '22-termination-answer');
    await expectAccessible(client);
    await client.getByRole('button', { name: '同意する', exact: true }).click();
    await client.getByRole('button', { name: '同意して精算する' }).click();
    await client.getByText('途中解消に同意しました。精算が行われ、契約は終了しました。').waitFor();
    await client.getByText('途中終了').first().waitFor();
    await shot(client, 'contracts', '23-terminated');

    await worker.reload();
    await worker.getByText('精算済み').first().waitFor();
    await worker.getByRole('link', { name: '支払通知書' }).click();
    await worker.getByText(yen(part.workerNet)).first().waitFor();
    await shot(worker, 'contracts', '24-settled-payment-notice-phone');
    await clientContext.close();
    await workerContext.close();
  });
});
