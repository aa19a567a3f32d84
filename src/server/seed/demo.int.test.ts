// The demo data is created through the real use cases, so it must pass their rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { expectLedgerWhole } from '../../../test/contracts';
import { getStatistics } from '../use-cases/staff/get-statistics';
import { DEMO_PASSWORD, DEMO_USERS, demoSeeded, seedDemo } from './demo';
import { DEMO_SERVICES } from './demo-services';
import { DEMO_JOBS } from './demo-work';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('demo data', () => {
  it('creates accounts, jobs of every kind, an application with messages and an offer; and only once', async () => {
    expect(await seedDemo(t.app.deps)).toBe(true);
    expect(await demoSeeded(t.app.deps)).toBe(true);
    expect(await seedDemo(t.app.deps)).toBe(false);
    const c = await t.client();
    const login = await c.post('/api/v1/auth/login', { email: DEMO_USERS[0]?.email, password: DEMO_PASSWORD });
    expect(login.statusCode).toBe(200);
    const jobs = (await c.get('/api/v1/jobs?perPage=50')).json();
    // The demo postings (but the task whose bank transfer waits for staff), and one more
    // behind the completed demo contract.
    expect(jobs.total).toBe(DEMO_JOBS.length);
    expect(new Set(jobs.items.map((j: { kind: string }) => j.kind))).toEqual(new Set(['project', 'task', 'competition']));
    expect((await c.get('/api/v1/jobs?q=翻訳')).json().total).toBeGreaterThan(0);
    // Top-level category names find the postings below them.
    for (const q of ['ライティング', 'データ入力', 'でざいん'])
      expect((await c.get(`/api/v1/jobs?q=${encodeURIComponent(q)}`)).json().total, q).toBeGreaterThan(0);
    expect((await c.get('/api/v1/me/applications')).json().items).toHaveLength(2);
    const threads = (await c.get('/api/v1/me/threads')).json().items;
    expect(threads.map((x: { unreadCount: number }) => x.unreadCount)).toContain(1);
    // Contracts in each money state, and a ledger that holds.
    const contracts = (await c.get('/api/v1/me/contracts')).json().items;
    expect(contracts.filter((x: { title: string }) => x.title === '飲食店向けレシピ記事の作成(1本)')).toMatchObject([
      { status: 'completed', nextStep: null },
    ]);
    expect((await c.get('/api/v1/me/earnings')).json().balance).toBeGreaterThan(0);
    expect((await c.get(`/api/v1/users/${DEMO_USERS[0]?.username}/reviews`)).json().count).toBe(1);
    const statuses = await t.database.db.selectFrom('contracts').select('status').where('job_id', 'is not', null).execute();
    expect(statuses.map((x) => x.status).sort()).toEqual(['awaiting_escrow', 'completed', 'in_progress']);
    const pending = await t.database.db.selectFrom('deposits').select('id').where('status', '=', 'pending').execute();
    expect(pending).toHaveLength(3);
    // Orders in each state: at work, waiting for the transfer, delivered, completed with
    // both reviews and the seller's answer, and a late one the buyer cancelled.
    const orders = await t.database.db
      .selectFrom('service_orders as o')
      .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
      .innerJoin('milestones as m', 'm.contract_id', 'k.id')
      .select(['k.status as contract', 'm.status as milestone'])
      .execute();
    expect(orders.map((o) => `${o.contract}/${o.milestone}`).sort()).toEqual([
      'awaiting_escrow/unfunded',
      'completed/paid',
      'completed/paid',
      'in_progress/delivered',
      'in_progress/funded',
      'terminated/refunded',
    ]);
    const answered = await t.database.db.selectFrom('reviews').select('answer').where('answer', 'is not', null).execute();
    expect(answered).toHaveLength(1);
    // Task and competition work: an approved submission, one waiting, two entries.
    const submissions = await t.database.db.selectFrom('task_submissions').select('status').orderBy('created_at').execute();
    expect(submissions.map((s) => s.status)).toEqual(['approved', 'pending']);
    const entries = await t.database.db.selectFrom('competition_entries').select('id').execute();
    expect(entries).toHaveLength(2);
    // Services of three sellers: the published and paused ones are found, a draft is not.
    const services = (await c.get('/api/v1/services')).json();
    expect(services.total).toBe(DEMO_SERVICES.filter((d) => d.status !== 'draft').length);
    expect(new Set(services.items.map((s: { seller: { username: string } }) => s.seller.username)).size).toBe(3);
    expect((await c.get(`/api/v1/services?q=${encodeURIComponent('ロゴ')}`)).json().total).toBeGreaterThan(0);
    const mine = (await c.get('/api/v1/me/services')).json().items;
    expect(mine.map((s: { status: string }) => s.status).sort()).toEqual(['paused', 'published']);
    // An open quote from the design student to the demo client, in its inquiry thread.
    const quotes = await t.database.db.selectFrom('service_quotes').select(['status', 'price']).execute();
    expect(quotes).toEqual([{ status: 'open', price: 19_800 }]);
    // A tip (おひねり) on the completed order, paid to the seller.
    const tips = await t.database.db.selectFrom('service_tips').select(['amount', 'seller_net', 'paid_at']).execute();
    expect(tips).toMatchObject([{ amount: 1_500, seller_net: 1_170, paid_at: expect.any(Date) }]);
    // The demo client keeps a service search and the logo service among favourites.
    const client = await t.client();
    const tanaka = DEMO_USERS.find((u) => u.username === 'tanaka_shoji');
    await client.post('/api/v1/auth/login', { email: tanaka?.email, password: DEMO_PASSWORD });
    expect((await client.get('/api/v1/me/saved-searches')).json().items).toMatchObject([
      { kind: 'service', name: 'ロゴ作成(2万円まで)', query: { q: 'ロゴ', maxPrice: 20_000 }, notify: true },
    ]);
    expect((await client.get('/api/v1/me/favourites?kind=service')).json().items).toMatchObject([
      { kind: 'service', service: { title: 'お店の雰囲気が伝わるロゴを作成します' } },
    ]);
    await expectLedgerWhole(t.database.db);
  });

  it('gives the statistics a few months: members who joined over them, former members who left with reasons', async () => {
    const report = await getStatistics(t.app.deps, {});
    const joined = report.months.filter((m) => m.newMembers > 0);
    const left = report.months.filter((m) => m.withdrawals > 0);
    expect(joined.length).toBeGreaterThanOrEqual(4);
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(report.months.reduce((n, m) => n + m.withdrawalReasons['low-income'], 0)).toBe(2);
    expect(report.months.at(-1)?.activeContracts).toBeGreaterThan(0);
  });
});
