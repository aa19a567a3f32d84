// Journey: automatic payouts (自動出金) and the 支払調書. A worker paid under a contract with
// withholding (made and paid through the use cases) is told to register the legal name
// and address, registers them on the account page, turns on 自動出金 and sees when the
// balance is paid (within 60 days of acceptance); staff build the batch of that payment
// date and the worker's payout is in it; the worker opens the printable 支払調書.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitMilestone } from '../src/domain/money/fees';
import { japanDate } from '../src/domain/payouts/schedule';
import { nextPaymentDateAfter } from '../src/domain/payouts/sixty-days';
import { applyToJob } from '../src/server/use-cases/applications/apply-to-job';
import { decideApplication } from '../src/server/use-cases/applications/decide-application';
import { acceptMilestone } from '../src/server/use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../src/server/use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../src/server/use-cases/contracts/fund-milestone';
import { createJob } from '../src/server/use-cases/jobs/create-job';
import { setBankAccount } from '../src/server/use-cases/payouts/set-bank-account';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { DEMO_PASSWORD, logIn } from './support/journeys';
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

/** A ¥50,000 contract with withholding, paid in full to the worker, who has a bank account. */
async function paidWithholdingContract(): Promise<{ workerId: string }> {
  const deps = server.app.deps;
  const ids = Object.fromEntries(
    (await deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
  ) as Record<string, string>;
  const client = ids.tanaka_shoji as string;
  const worker = ids.sato_hanako as string;
  await setBankAccount(deps, {
    userId: worker,
    password: DEMO_PASSWORD,
    bankCode: '0001',
    branchCode: '100',
    accountType: 'ordinary',
    accountNumber: '1234567',
    holderName: 'ｻﾄｳ ﾊﾅｺ',
  });
  const jobId = await createJob(deps, {
    clientId: client,
    job: {
      kind: 'project',
      title: `商品紹介コラムの執筆${randomBytes(2).toString('hex')}`,
      description: '自社商品を紹介するコラム(3,000字程度)の執筆をお願いします。資料はこちらで用意します。',
      category: 'writing-article',
      tags: [],
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      deliveryDate: null,
      budgetMin: 30_000,
      budgetMax: 50_000,
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
    workerId: worker,
    jobId,
    application: { proposal: '商品紹介の記事を多く書いてきました。', quotedAmount: 50_000, deliveryDays: 10, attachmentIds: [] },
  });
  await decideApplication(deps, { actorId: client, applicationId, action: 'hire' });
  const contract = await deps.db
    .selectFrom('contracts')
    .select('id')
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  // Withholding applies: the worker is an individual writer.
  await deps.db.updateTable('contracts').set({ withholding: true }).where('id', '=', contract.id).execute();
  const money = splitMilestone(50_000, { withholding: true });
  const milestone = await deps.db
    .updateTable('milestones')
    .set({ withholding: money.withholding, worker_net: money.workerNet })
    .where('contract_id', '=', contract.id)
    .returning('id')
    .executeTakeFirstOrThrow();
  await fundMilestone(deps, { actorId: client, milestoneId: milestone.id, method: 'dev_card' });
  await deliverMilestone(deps, {
    actorId: worker,
    milestoneId: milestone.id,
    message: 'コラムを納品します。',
    attachmentIds: [],
  });
  await acceptMilestone(deps, { actorId: client, milestoneId: milestone.id });
  return { workerId: worker };
}

describe('automatic payout journey', () => {
  it('legal name and address → 自動出金 with its date → in the staff batch → the printable 支払調書', async () => {
    const { workerId } = await paidWithholdingContract();
    const paymentDate = nextPaymentDateAfter(japanDate(new Date()));

    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'hanako@demo.yorozu.localhost');
    await worker.goto('/mypage/payouts');
    await worker
      .getByText(/支払調書に記載する氏名と住所/)
      .first()
      .waitFor();
    await shot(worker, 'auto-payouts', '01-payee-required-phone');
    await worker.getByRole('link', { name: '氏名・住所を登録する' }).click();
    await worker.waitForURL(/\/mypage\/account#payee$/);
    const payee = worker.locator('#payee');
    await payee.getByLabel(/氏名/).fill('佐藤 花子');
    await payee.getByLabel(/住所/).fill('東京都千代田区千代田1-1');
    await payee.getByRole('button', { name: '氏名・住所を保存' }).click();
    await payee.getByText('氏名と住所を保存しました。').waitFor();
    await payee.scrollIntoViewIfNeeded();
    await shot(worker, 'auto-payouts', '02-payee-saved-phone');
    await expectAccessible(worker);

    await worker.goto('/mypage/payouts');
    await worker.getByRole('heading', { name: '自動出金' }).waitFor();
    expect(await worker.getByText(/支払調書に記載する氏名と住所/).count()).toBe(0);
    await worker.getByLabel('お支払い日ごとに報酬残高の全額を自動で振り込む').check();
    await worker.getByRole('button', { name: '設定を保存' }).click();
    await worker.getByText(/自動出金をオンにしました。次のお支払い日は/).waitFor();
    await worker
      .getByText(/お支払い予定日: \d+年\d+月\d+日（検収から60日以内）/)
      .first()
      .waitFor();
    await shot(worker, 'auto-payouts', '03-automatic-on-phone');
    await expectAccessible(worker);

    // Staff build the batch of the next payment date: the automatic request is in it.
    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff/payouts');
    await staff.getByLabel('振込日').fill(paymentDate);
    await staff.getByRole('button', { name: '内容を確認する' }).click();
    await staff.getByRole('button', { name: '振込データを作成する' }).click();
    await staff.getByRole('link', { name: '振込データを開く' }).click();
    await staff.getByRole('row', { name: /@sato_hanako/ }).waitFor();
    await shot(staff, 'auto-payouts', '04-staff-batch');
    const request = await server.app.deps.db
      .selectFrom('payout_requests as p')
      .innerJoin('payout_batches as b', 'b.id', 'p.batch_id')
      .select(['b.payment_date'])
      .where('p.user_id', '=', workerId)
      .executeTakeFirstOrThrow();
    expect(request.payment_date).toBe(paymentDate);

    // The worker's printable 支払調書 of this year names them as registered.
    await worker.goto('/mypage/payouts');
    await worker.getByRole('link', { name: '支払調書' }).click();
    await worker.getByRole('heading', { level: 1, name: /支払調書 \d+年/ }).waitFor();
    await worker.locator('dd', { hasText: '佐藤 花子' }).first().waitFor();
    await worker.getByText('東京都千代田区千代田1-1').first().waitFor();
    await shot(worker, 'auto-payouts', '05-payment-records-phone');
    await expectAccessible(worker);
    const desktopContext = await newContext(browser, server.url, 'desktop');
    const desktop = await desktopContext.newPage();
    await logIn(desktop, 'hanako@demo.yorozu.localhost');
    await desktop.goto('/mypage/payouts');
    // Paid in the batch: nothing is waiting any more.
    await desktop.getByText('お支払いを待っている報酬はありません。').waitFor();
    await shot(desktop, 'auto-payouts', '06-payouts-desktop');
    await desktop.goto('/mypage/payment-records');
    await desktop.getByText('東京都千代田区千代田1-1').first().waitFor();
    await shot(desktop, 'auto-payouts', '07-payment-records-desktop');
    await workerContext.close();
    await staffContext.close();
    await desktopContext.close();
  });
});
