// Journey: a client pays a milestone at a convenience store (コンビニ決済). The server runs
// with Stripe configured and the fake Stripe API of test/stripe.ts (no network): the client
// chooses コンビニ決済, sees the payment numbers per store, the voucher and the 支払期限
// (支払い待ち); the test then posts the signed payment_intent.succeeded the provider would
// send, and the page shows the milestone 仮払い済み.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyToJob } from '../src/server/use-cases/applications/apply-to-job';
import { decideApplication } from '../src/server/use-cases/applications/decide-application';
import { createJob } from '../src/server/use-cases/jobs/create-job';
import { eventFor, fakeStripe, postEvent, WEBHOOK_SECRET } from '../test/stripe';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({
    env: {
      STRIPE_SECRET_KEY: 'sk_test_journey',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_PUBLISHABLE_KEY: 'pk_test_journey',
    },
    stripe: fakeStripe(),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('konbini journey', () => {
  it('a client pays a milestone at a convenience store; the webhook funds it', async () => {
    const deps = server.app.deps;
    const ids = Object.fromEntries(
      (await deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
    ) as Record<string, string>;
    const jobId = await createJob(deps, {
      clientId: ids.tanaka_shoji as string,
      job: {
        kind: 'project',
        title: `チラシの文章作成${randomBytes(2).toString('hex')}`,
        description: '店頭で配るチラシの文章(400字)をお願いします。',
        category: 'writing-article',
        tags: [],
        deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        deliveryDate: null,
        budgetMin: 5000,
        budgetMax: 20000,
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
      application: { proposal: 'お任せください。', quotedAmount: 10_000, deliveryDays: 5, attachmentIds: [] },
    });
    await decideApplication(deps, { actorId: ids.tanaka_shoji as string, applicationId, action: 'hire' });
    const contract = await deps.db
      .selectFrom('contracts')
      .select('id')
      .where('application_id', '=', applicationId)
      .executeTakeFirstOrThrow();

    const context = await newContext(browser, server.url, 'phone');
    const client = await context.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto(`/contracts/${contract.id}`);
    await client.getByRole('button', { name: '仮払いする' }).click();
    await client.getByLabel('コンビニ決済').check();
    await shot(client, 'konbini', '01-choose-konbini');
    await client.getByRole('button', { name: /を仮払いする/ }).click();
    await client.getByText(/コンビニ決済の番号をご案内しました/).waitFor();

    const numbers = client.getByRole('table', { name: 'コンビニごとのお支払い番号' });
    await numbers
      .getByRole('row', { name: /ローソン/ })
      .getByText('12345678901', { exact: true })
      .waitFor();
    await client.getByText('支払い待ち').first().waitFor();
    await client.getByText('支払期限').first().waitFor();
    await client.getByRole('link', { name: /払込票を開く/ }).waitFor();
    await shot(client, 'konbini', '02-konbini-numbers');
    await expectAccessible(client);

    // The store takes the money; the provider tells the webhook.
    const deposit = await deps.db
      .selectFrom('deposits')
      .select(['id', 'provider_ref', 'amount'])
      .where('contract_id', '=', contract.id)
      .executeTakeFirstOrThrow();
    const intent = { id: deposit.provider_ref ?? '', depositId: deposit.id, amount: deposit.amount };
    const res = await postEvent(server.app, eventFor('payment_intent.succeeded', intent));
    expect(res.json().outcome).toBe('applied');

    await client.reload();
    await client
      .getByText(/仮払い済み/)
      .first()
      .waitFor();
    expect(await client.getByText('支払い待ち').count()).toBe(0);
    await shot(client, 'konbini', '03-funded');
    await context.close();
  });
});
