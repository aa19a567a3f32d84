// Journey: receipts and payment notices as qualified invoices. A contract is made and paid
// (through the use cases); the worker, registered with a T-number, opens the payment
// notice and finds their number on the work and the tax per rate; the client opens the
// receipt and finds the operator named as on this server's settings, with its number.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { splitMilestone } from '../src/domain/money/fees';
import { applyToJob } from '../src/server/use-cases/applications/apply-to-job';
import { decideApplication } from '../src/server/use-cases/applications/decide-application';
import { acceptMilestone } from '../src/server/use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../src/server/use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../src/server/use-cases/contracts/fund-milestone';
import { createJob } from '../src/server/use-cases/jobs/create-job';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn, yen } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

const OPERATOR_NAME = '株式会社インボイス運営';
const OPERATOR_NUMBER = 'T7000012050002';
const WORKER_NUMBER = 'T1180301018771';

beforeAll(async () => {
  server = await startServer({
    env: {
      OPERATOR_NAME,
      OPERATOR_REPRESENTATIVE: '代表取締役 高橋 次郎',
      OPERATOR_POSTAL_CODE: '460-0008',
      OPERATOR_ADDRESS: '愛知県名古屋市中区栄1-1-1',
      OPERATOR_PHONE: '052-123-4567',
      OPERATOR_EMAIL: 'invoice@journey.example.jp',
      OPERATOR_HOURS: '平日 10:00〜17:00',
      OPERATOR_INVOICE_NUMBER: OPERATOR_NUMBER,
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A project contract of ¥100,000 with withholding, paid in full to a worker registered with a T-number. */
async function paidContract(): Promise<string> {
  const deps = server.app.deps;
  const ids = Object.fromEntries(
    (await deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
  ) as Record<string, string>;
  const client = ids.tanaka_shoji as string;
  const worker = ids.yamamoto_ken as string;
  await deps.db.updateTable('profiles').set({ invoice_number: WORKER_NUMBER }).where('user_id', '=', worker).execute();
  const jobId = await createJob(deps, {
    clientId: client,
    job: {
      kind: 'project',
      title: `会社案内パンフレットの原稿${randomBytes(2).toString('hex')}`,
      description: '会社案内パンフレット(8ページ)の原稿作成をお願いします。取材はオンラインで1回です。',
      category: 'writing-article',
      tags: [],
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      deliveryDate: null,
      budgetMin: 50_000,
      budgetMax: 100_000,
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
    application: { proposal: '企業の広報誌を多く書いてきました。', quotedAmount: 100_000, deliveryDays: 14, attachmentIds: [] },
  });
  await decideApplication(deps, { actorId: client, applicationId, action: 'hire' });
  const contract = await deps.db
    .selectFrom('contracts')
    .select('id')
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  // Withholding applies: the worker is an individual writer.
  await deps.db.updateTable('contracts').set({ withholding: true }).where('id', '=', contract.id).execute();
  const money = splitMilestone(100_000, { withholding: true });
  const milestone = await deps.db
    .updateTable('milestones')
    .set({
      withholding: money.withholding,
      worker_net: money.workerNet,
    })
    .where('contract_id', '=', contract.id)
    .returning('id')
    .executeTakeFirstOrThrow();
  await fundMilestone(deps, { actorId: client, milestoneId: milestone.id, method: 'dev_card' });
  await deliverMilestone(deps, { actorId: worker, milestoneId: milestone.id, message: '原稿を納品します。', attachmentIds: [] });
  await acceptMilestone(deps, { actorId: client, milestoneId: milestone.id });
  return contract.id;
}

describe('qualified invoice journey', () => {
  it('a registered worker gets a qualified payment notice; the receipt names the operator from the settings', async () => {
    const contractId = await paidContract();
    const money = splitMilestone(100_000, { withholding: true });

    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'ken@demo.yorozu.localhost');
    await worker.goto(`/contracts/${contractId}`);
    await worker.getByRole('link', { name: '支払通知書' }).click();
    await worker.getByRole('heading', { level: 1, name: '支払通知書' }).waitFor();
    const work = worker.getByTestId('invoice-part-work');
    await work.getByText(new RegExp(`登録番号 ${WORKER_NUMBER}`)).waitFor();
    await work.getByText(/仕入明細書/).waitFor();
    await work.getByRole('row', { name: /10%/ }).getByText(yen(money.tax)).waitFor();
    const fees = worker.getByTestId('invoice-part-fees');
    await fees.getByText(`${OPERATOR_NAME}(登録番号 ${OPERATOR_NUMBER})`, { exact: false }).waitFor();
    await fees.getByRole('row', { name: /10%/ }).getByText(yen(money.workerFeeTax)).waitFor();
    await worker
      .getByTestId('withholding-note')
      .getByText(/源泉徴収税額 ¥10,210 は、報酬の税抜額 ¥100,000/)
      .waitFor();
    await shot(worker, 'qualified-invoice', '01-payment-notice-phone');
    await expectAccessible(worker);

    const clientContext = await newContext(browser, server.url, 'desktop');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto(`/contracts/${contractId}`);
    await client.getByRole('link', { name: '領収書' }).click();
    await client.getByRole('heading', { level: 1, name: '領収書' }).waitFor();
    await client.getByTestId('issuer-name').getByText(OPERATOR_NAME).waitFor();
    await client.getByText('〒460-0008 愛知県名古屋市中区栄1-1-1').waitFor();
    await client.getByTestId('invoice-part-fees').getByRole('row', { name: /10%/ }).getByText(yen(money.clientFeeTax)).waitFor();
    await client.getByTestId('withholding-note').waitFor();
    await shot(client, 'qualified-invoice', '02-receipt-desktop');
    await expectAccessible(client);

    // The monthly statement names the operator too, and offers the year's fees as CSV.
    await client.goto('/mypage/statements');
    await client.getByTestId('issuer-name').getByText(OPERATOR_NAME).waitFor();
    await client.getByRole('link', { name: /支払った手数料の一覧をダウンロード/ }).waitFor();
    await shot(client, 'qualified-invoice', '03-statements');

    await workerContext.close();
    await clientContext.close();
  });
});
