// Journey: a worker whose only open item is the final payout of their balance schedules
// the withdrawal (予約退会); it completes by itself when staff mark the transfer done.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/server/security/passwords';
import { applyToJob } from '../src/server/use-cases/applications/apply-to-job';
import { decideApplication } from '../src/server/use-cases/applications/decide-application';
import { acceptMilestone } from '../src/server/use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../src/server/use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../src/server/use-cases/contracts/fund-milestone';
import { createJob } from '../src/server/use-cases/jobs/create-job';
import { buildBatch } from '../src/server/use-cases/payouts/build-batch';
import { setBankAccount } from '../src/server/use-cases/payouts/set-bank-account';
import { settlePayout } from '../src/server/use-cases/payouts/settle-payout';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { openMail } from './support/mail';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
/** The server's clock runs ahead by this much while the journey stands on a transfer date. */
let ahead = 0;

beforeAll(async () => {
  server = await startServer({ clock: () => new Date(Date.now() + ahead) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'a quiet lantern by the river 7';

/** A worker paid for one finished contract, with a bank account and nothing else open. */
async function paidWorker() {
  const deps = server.app.deps;
  const db = deps.db;
  const id = randomBytes(3).toString('hex');
  const email = `leaver_${id}@example.jp`;
  const worker = await db
    .insertInto('users')
    .values({
      username: `leaver_${id}`,
      email,
      password_hash: await hashPassword(PASSWORD),
      display_name: '退会 予定子',
      email_verified_at: new Date(),
      terms_accepted_at: new Date(),
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const tanaka = (await db.selectFrom('users').select('id').where('username', '=', 'tanaka_shoji').executeTakeFirstOrThrow()).id;
  const jobId = await createJob(deps, {
    clientId: tanaka,
    job: {
      kind: 'project',
      title: `お礼状の文面作成(1通)${id}`,
      description: '取引先へのお礼状の文面を1通お願いします。200字程度です。',
      category: 'writing-article',
      tags: [],
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      deliveryDate: null,
      budgetMin: 5000,
      budgetMax: 10000,
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
    workerId: worker.id,
    jobId,
    application: { proposal: 'お任せください。', quotedAmount: 10_000, deliveryDays: 3, attachmentIds: [] },
  });
  await decideApplication(deps, { actorId: tanaka, applicationId, action: 'hire' });
  const m = await db
    .selectFrom('milestones as m')
    .innerJoin('contracts as k', 'k.id', 'm.contract_id')
    .select('m.id')
    .where('k.application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  await fundMilestone(deps, { actorId: tanaka, milestoneId: m.id, method: 'dev_card' });
  await deliverMilestone(deps, { actorId: worker.id, milestoneId: m.id, message: '納品します。', attachmentIds: [] });
  await acceptMilestone(deps, { actorId: tanaka, milestoneId: m.id });
  await setBankAccount(deps, {
    userId: worker.id,
    bankCode: '0001',
    branchCode: '100',
    accountType: 'ordinary',
    accountNumber: '7654321',
    holderName: 'タイカイ ヨテイコ',
    password: PASSWORD,
  });
  return { id: worker.id, email };
}

describe('scheduled withdrawal journey', () => {
  it('final payout → withdrawal scheduled → transfer done → withdrawn', async () => {
    const worker = await paidWorker();
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill(worker.email);
    await page.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByTestId('header-display-name').waitFor();

    // From the withdrawal page, the final payout of the whole balance comes ticked: no
    // minimum, no fee.
    await page.goto('/mypage/withdrawal');
    await page.getByRole('link', { name: '振込申請へ' }).first().click();
    await page.waitForURL(/\/mypage\/payouts\?final=1$/);
    const finalBox = page.getByLabel('退会のため全額を振り込む（最低額・手数料なし）');
    expect(await finalBox.isChecked()).toBe(true);
    await shot(page, 'withdrawal', '19-final-payout-ticked-phone');
    await page.getByRole('button', { name: '申請内容を確認する' }).click();
    await page.getByRole('button', { name: '振込申請を確定する' }).click();
    await page
      .getByText(/の振込申請を受け付けました。振込予定日は/)
      .first()
      .waitFor();

    // Only the payout blocks: the withdrawal can be scheduled.
    await page.goto('/mypage/withdrawal');
    await page.getByText('振込待ちの振込申請だけが残っています。', { exact: false }).first().waitFor();
    await shot(page, 'withdrawal', '20-schedulable-phone');
    await expectAccessible(page);
    await page.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '退会を予約する' }).click();
    await page.getByRole('heading', { name: '退会を予約しています' }).waitFor();
    await shot(page, 'withdrawal', '21-scheduled-phone');
    await expectAccessible(page);
    const status = async () =>
      (await server.app.deps.db.selectFrom('users').select('status').where('id', '=', worker.id).executeTakeFirstOrThrow())
        .status;
    expect(await status()).toBe('withdrawing');

    // My page shows the reservation; the apply and post forms say so before anything is written.
    await page.goto('/mypage');
    await page.getByRole('heading', { name: '退会を予約しています' }).waitFor();
    await shot(page, 'withdrawal', '23-mypage-banner-phone');
    await expectAccessible(page);
    const open = await server.app.deps.db
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', 'open')
      .where('kind', '=', 'project')
      .where('deadline', '>', new Date())
      .executeTakeFirstOrThrow();
    await page.goto(`/jobs/${open.id}/apply`);
    await page.getByText('退会の予約中は、新しく応募できません。').waitFor();
    expect(await page.getByLabel(/提案/).count()).toBe(0);
    await shot(page, 'withdrawal', '24-apply-while-withdrawing-phone');
    await page.goto('/jobs/new');
    await page.getByText('退会の予約中は、新しく仕事を依頼できません。').waitFor();
    expect(await page.getByLabel('タイトル', { exact: false }).count()).toBe(0);
    await shot(page, 'withdrawal', '25-post-while-withdrawing-phone');
    await page.goto('/mypage/withdrawal');
    await page.getByRole('heading', { name: '退会を予約しています' }).waitFor();

    // Staff transfer it; the withdrawal completes in that same transaction.
    const deps = server.app.deps;
    const staff = (
      await deps.db.selectFrom('users').select('id').where('username', '=', 'ops_kobayashi').executeTakeFirstOrThrow()
    ).id;
    const payout = await deps.db
      .selectFrom('payout_requests')
      .select(['id', 'scheduled_date'])
      .where('user_id', '=', worker.id)
      .executeTakeFirstOrThrow();
    await buildBatch(deps, { staffId: staff, paymentDate: payout.scheduled_date });
    // The transfer is done on its date (09:00 in Japan): the server's clock goes there, so
    // the completion mail written then is also sent then.
    ahead = new Date(`${payout.scheduled_date}T09:00:00+09:00`).getTime() - Date.now();
    await settlePayout(deps, { staffId: staff, payoutId: payout.id, outcome: 'paid' });
    expect(await status()).toBe('withdrawn');
    await page.reload();
    await page.getByRole('link', { name: 'ログイン' }).first().waitFor();
    await shot(page, 'withdrawal', '22-after-transfer-logged-out-phone');
    // The withdrawal mail says the last transfer was made.
    await openMail(page, worker.email, /退会手続きが完了しました/);
    await page.getByText(/¥[\d,]+ を、ご登録の口座\(口座番号の末尾 321\)に振り込みました/).waitFor();
    await shot(page, 'withdrawal', '26-withdrawal-mail-last-transfer-phone');
    ahead = 0;
    await context.close();
  });
});
