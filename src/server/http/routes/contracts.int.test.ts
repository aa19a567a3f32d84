// Contracts and money through HTTP: hire → escrow by bank transfer → staff confirm →
// deliver → revision → deliver → accept → reviews → statements; termination with a
// split; disputes settled by staff; the timers; every refusal leaves the database as it
// was; and after every test the ledger is whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import {
  deliver,
  expectLedgerWhole,
  fundByCard,
  type HiredContract,
  hiredContract,
  moneyState,
  staffMember,
} from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { splitMilestone } from '../../../domain/money/fees';
import { balanceOf } from '../../db/repositories/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});

const DAY = 86_400_000;
const balance = (account: string) => balanceOf(t.database.db, account);
const userId = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

/** Runs `fn` (which must be refused with `status` and `code`) and checks nothing changed. */
async function refusedWithoutChange(
  fn: () => Promise<{ statusCode: number; json(): { code: string } }>,
  status: number,
  code: string,
) {
  const before = await moneyState(t.database.db);
  const res = await fn();
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(await moneyState(t.database.db)).toEqual(before);
}

describe('the whole flow', () => {
  it('hire → bank transfer → staff confirm → deliver → revision → deliver → accept → reviews → statements', async () => {
    const c = await hiredContract(t, { amount: 10_000 });
    const money = splitMilestone(10_000, { withholding: false });
    expect(money).toMatchObject({ escrow: 11_605, workerNet: 8_580 });

    // The contract waits for escrow; both received the written terms.
    let contract = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(contract).toMatchObject({
      status: 'awaiting_escrow',
      viewer: { role: 'client' },
      totals: { amount: 10_000, escrow: 11_605 },
    });
    expect(contract.milestones[0]).toMatchObject({ status: 'unfunded', actions: ['fund'], money });
    const terms = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/terms`)).json();
    expect(terms).toMatchObject({ version: 1, total: { amount: 10_000, tax: 1_000, withTax: 11_000 }, withholding: false });
    expect(terms.client.username).toBe(c.client.user.username);

    // Bank transfer: a deposit waits with a reference; the client cannot leave meanwhile.
    const fund = await c.client.client.post(
      `/api/v1/milestones/${c.milestoneId}/fund`,
      { method: 'bank_transfer' },
      { 'idempotency-key': 'fund-1' },
    );
    expect(fund.statusCode).toBe(200);
    const deposit = fund.json().milestones[0].deposit;
    expect(deposit).toMatchObject({ status: 'pending', amount: 11_605, method: 'bank_transfer' });
    expect(deposit.reference).toMatch(/^\d{10}$/);
    expect(deposit.payTo).toContain('普通');
    expect(fund.json().milestones[0]).toMatchObject({ status: 'unfunded', actions: ['cancel_deposit'] });
    const precheck = (await c.client.client.get('/api/v1/me/withdrawal')).json();
    expect(precheck.blockers.map((b: { code: string }) => b.code)).toEqual(
      expect.arrayContaining(['live-contracts-client', 'pending-deposits']),
    );
    // A second funding of the same milestone is refused while the transfer waits.
    await refusedWithoutChange(
      () => c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'dev_card' }),
      409,
      'deposit-pending',
    );

    // Staff (finance) confirm the transfer; a wrong amount changes nothing.
    const finance = await staffMember(t, 'finance');
    const listed = (await finance.client.get('/api/v1/staff/deposits')).json();
    expect(listed.items.map((d: { reference: string }) => d.reference)).toContain(deposit.reference);
    await refusedWithoutChange(
      () => finance.client.post(`/api/v1/staff/deposits/${deposit.id}/confirm`, { receivedAmount: 11_600 }),
      422,
      'deposit-amount-mismatch',
    );
    const confirmed = await finance.client.post(
      `/api/v1/staff/deposits/${deposit.id}/confirm`,
      { receivedAmount: 11_605 },
      { 'idempotency-key': 'confirm-1' },
    );
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    expect(await balance(`escrow:${c.milestoneId}`)).toBe(11_605);
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', deposit.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['deposit.confirm']);

    contract = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(contract.status).toBe('in_progress');
    expect(contract.milestones[0]).toMatchObject({ status: 'funded', actions: ['deliver'] });

    // Deliver, revision, deliver again.
    contract = await deliver(c);
    expect(contract.milestones[0].status).toBe('delivered');
    expect(contract.milestones[0].autoAcceptAt).toBe(new Date(t.clock().getTime() + 14 * DAY).toISOString());
    expect(contract.milestones[0].delivery.body).toContain('【納品】');
    const revision = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/request-revision`, {
      message: '見出しを直してください',
    });
    expect(revision.json().milestones[0]).toMatchObject({ status: 'funded', autoAcceptAt: null });
    t.clock.advance(DAY);
    contract = await deliver(c);
    expect(contract.milestones[0].deliveryCount).toBe(2);

    // Accept once; the retry with the same key replays the first answer and moves nothing.
    const accept = await c.client.client.post(
      `/api/v1/milestones/${c.milestoneId}/accept`,
      {},
      { 'idempotency-key': 'accept-1' },
    );
    expect(accept.statusCode).toBe(200);
    expect(accept.json()).toMatchObject({ status: 'completed', milestones: [{ status: 'paid' }] });
    const before = await moneyState(t.database.db);
    const replay = await c.client.client.post(
      `/api/v1/milestones/${c.milestoneId}/accept`,
      {},
      { 'idempotency-key': 'accept-1' },
    );
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(accept.json());
    expect(await moneyState(t.database.db)).toEqual(before);
    // The same key for another request is refused.
    const reused = await c.client.client.post(
      `/api/v1/milestones/${c.milestoneId}/fund`,
      { method: 'dev_card' },
      { 'idempotency-key': 'accept-1' },
    );
    expect({ status: reused.statusCode, code: reused.json().code }).toEqual({ status: 422, code: 'idempotency-key-reused' });
    // Without a key, a second acceptance is refused by the state.
    await refusedWithoutChange(
      () => c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {}),
      409,
      'milestone-transition-invalid',
    );

    const workerId = await userId(c.worker.user.username);
    expect(await balance(`earnings:${workerId}`)).toBe(8_580);
    expect((await c.worker.client.get('/api/v1/me/earnings')).json()).toEqual({ balance: 8_580 });
    expect(await balance('platform:fees')).toBeGreaterThanOrEqual(2_200 + 550);

    // Reviews: hidden until both have written.
    const review = { skill: 5, quality: 4, schedule: 5, communication: 4, partnership: 5, comment: 'ありがとうございました' };
    expect((await c.worker.client.post(`/api/v1/contracts/${c.contractId}/review`, review)).statusCode).toBe(200);
    let seen = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(seen.reviews).toMatchObject({ revealed: false, theirsWritten: true, theirs: null, mine: null });
    expect((await c.client.client.get(`/api/v1/users/${c.client.user.username}/reviews`)).json().count).toBe(0);
    await refusedWithoutChange(
      () => c.worker.client.post(`/api/v1/contracts/${c.contractId}/review`, review),
      409,
      'review-exists',
    );
    expect((await c.client.client.post(`/api/v1/contracts/${c.contractId}/review`, { ...review, skill: 3 })).statusCode).toBe(
      200,
    );
    seen = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(seen.reviews).toMatchObject({ revealed: true, theirs: { score: 4.6, comment: 'ありがとうございました' } });
    const profile = (await (await t.client()).get(`/api/v1/users/${c.worker.user.username}/reviews`)).json();
    expect(profile).toMatchObject({ count: 1, averages: { skill: 3, quality: 4 } });

    // Statements.
    const receipt = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/receipt`)).json();
    expect(receipt).toMatchObject({ kind: 'receipt', total: 11_605 });
    const notice = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/payment-notice`)).json();
    expect(notice).toMatchObject({ kind: 'payment_notice', total: 8_580, lines: [{ fee: 2_200, feeTax: 220, total: 8_580 }] });
    expect((await c.worker.client.get(`/api/v1/contracts/${c.contractId}/receipt`)).statusCode).toBe(403);
    const month = (await c.worker.client.get('/api/v1/me/statements')).json();
    expect(month).toMatchObject({ totals: { earned: 8_580 }, earningsBalance: 8_580 });
    const clientMonth = (await c.client.client.get('/api/v1/me/statements')).json();
    expect(clientMonth.totals).toMatchObject({ paid: 11_605, refunded: 0 });

    // The timeline has every step, in order.
    const actions = seen.events.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'contract.create',
      'milestone.fund',
      'contract.start',
      'milestone.deliver',
      'milestone.request_revision',
      'milestone.deliver',
      'milestone.accept',
      'milestone.pay',
      'contract.complete',
      'review.write',
      'review.write',
      'reviews.reveal',
    ]);
    // The worker now holds earnings: withdrawal names them as a blocker instead of forfeiting them.
    const workerPrecheck = (await c.worker.client.get('/api/v1/me/withdrawal')).json();
    expect(workerPrecheck.blockers.map((b: { code: string }) => b.code)).toEqual(['earnings-balance']);
  });

  it('accepting an offer makes a contract with the offered amount', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const job = (
      await client.client.post('/api/v1/jobs', { ...(await import('../../../../test/factories')).jobInput(t) })
    ).json();
    const offer = (
      await client.client.post(`/api/v1/jobs/${job.id}/offers`, {
        username: worker.user.username,
        message: 'ぜひ',
        amount: 25_000,
      })
    ).json();
    const accepted = (await worker.client.post(`/api/v1/offers/${offer.id}/accept`, {})).json();
    expect(accepted.contractId).toEqual(expect.any(String));
    const contract = (await worker.client.get(`/api/v1/contracts/${accepted.contractId}`)).json();
    expect(contract).toMatchObject({ status: 'awaiting_escrow', totals: { amount: 25_000 }, viewer: { role: 'worker' } });
  });
});

describe('who may do what', () => {
  let c: HiredContract;
  beforeAll(async () => {
    c = await hiredContract(t);
  });

  it('a third user sees nothing and can do nothing', async () => {
    const other = await loggedInUser(t);
    await refusedWithoutChange(() => other.client.get(`/api/v1/contracts/${c.contractId}`), 404, 'not-found');
    await refusedWithoutChange(
      () => other.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'dev_card' }),
      404,
      'not-found',
    );
    await refusedWithoutChange(
      () => other.client.post(`/api/v1/contracts/${c.contractId}/dispute`, { reason: '横から' }),
      404,
      'not-found',
    );
    await refusedWithoutChange(() => other.client.get(`/api/v1/contracts/${c.contractId}/terms`), 404, 'not-found');
    await refusedWithoutChange(() => other.client.get(`/api/v1/contracts/${c.contractId}/receipt`), 404, 'not-found');
  });

  it('each side may take only its own steps', async () => {
    await refusedWithoutChange(
      () => c.worker.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'dev_card' }),
      403,
      'forbidden',
    );
    await refusedWithoutChange(
      () =>
        c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: 'a', amount: 5000, dueDate: '2099-01-01' }],
          withholding: false,
        }),
      403,
      'forbidden',
    );
    await fundByCard(c);
    await refusedWithoutChange(
      () => c.client.client.post(`/api/v1/milestones/${c.milestoneId}/deliver`, { message: 'x' }),
      403,
      'forbidden',
    );
    await deliver(c);
    await refusedWithoutChange(() => c.worker.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {}), 403, 'forbidden');
    await refusedWithoutChange(
      () => c.worker.client.post(`/api/v1/milestones/${c.milestoneId}/request-revision`, { message: 'x' }),
      403,
      'forbidden',
    );
  });

  it('a party who withdrew can do nothing more; the other sees 「退会済みユーザー」', async () => {
    const done = await hiredContract(t);
    await fundByCard(done);
    await deliver(done);
    await done.client.client.post(`/api/v1/milestones/${done.milestoneId}/accept`, {});
    await done.client.client.post(`/api/v1/jobs/${done.jobId}/close`, {});
    const left = await done.client.client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '',
      password: done.client.user.password,
      eraseNow: true,
    });
    expect(left.statusCode, left.body).toBe(200);
    await refusedWithoutChange(() => done.client.client.get(`/api/v1/contracts/${done.contractId}`), 401, 'unauthenticated');
    await refusedWithoutChange(
      () =>
        done.client.client.post(`/api/v1/contracts/${done.contractId}/review`, {
          skill: 1,
          quality: 1,
          schedule: 1,
          communication: 1,
          partnership: 1,
        }),
      401,
      'unauthenticated',
    );
    const seen = (await done.worker.client.get(`/api/v1/contracts/${done.contractId}`)).json();
    expect(seen.client).toMatchObject({ withdrawn: true, displayName: '退会済みユーザー' });
    // The worker's receipt of payment is still there.
    expect((await done.worker.client.get(`/api/v1/contracts/${done.contractId}/payment-notice`)).json().total).toBe(8_580);
  });

  it('only staff with the right role reach the staff pages', async () => {
    await refusedWithoutChange(() => c.client.client.get('/api/v1/staff/deposits'), 403, 'forbidden');
    const support = await staffMember(t, 'support');
    await refusedWithoutChange(() => support.client.get('/api/v1/staff/deposits'), 403, 'forbidden');
    const finance = await staffMember(t, 'finance');
    await refusedWithoutChange(() => finance.client.get('/api/v1/staff/disputes'), 403, 'forbidden');
    const admin = await staffMember(t, 'admin');
    expect((await admin.client.get('/api/v1/staff/disputes')).statusCode).toBe(200);
    expect((await (await t.client()).get('/api/v1/staff/deposits')).statusCode).toBe(401);
  });
});

describe('bad input is refused with a problem and changes nothing', () => {
  it.each([
    [
      'fund with an unknown method',
      (c: HiredContract) => c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'cash' }),
      400,
      'validation-failed',
    ],
    [
      'fund with extra fields',
      (c: HiredContract) => c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'dev_card', amount: 1 }),
      400,
      'validation-failed',
    ],
    [
      'a milestone id that is not one',
      (c: HiredContract) => c.client.client.post('/api/v1/milestones/nope/fund', { method: 'dev_card' }),
      404,
      'not-found',
    ],
    [
      'an invalid Idempotency-Key',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'dev_card' }, { 'idempotency-key': 'キー' }),
      400,
      'idempotency-key-invalid',
    ],
    [
      'terms with a milestone below ¥1,000',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: '前半', amount: 999, dueDate: '2099-01-01' }],
          withholding: false,
        }),
      400,
      'validation-failed',
    ],
    [
      'terms with a fractional amount',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: '前半', amount: 1500.5, dueDate: '2099-01-01' }],
          withholding: false,
        }),
      400,
      'validation-failed',
    ],
    [
      'terms with an amount as full-width digits',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: '前半', amount: '５０００', dueDate: '2099-01-01' }],
          withholding: false,
        }),
      400,
      'validation-failed',
    ],
    [
      'terms with a due date in the past',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: '前半', amount: 5000, dueDate: '2000-01-01' }],
          withholding: false,
        }),
      400,
      'validation-failed',
    ],
    [
      'a dispute without a reason',
      (c: HiredContract) => c.client.client.post(`/api/v1/contracts/${c.contractId}/dispute`, { reason: '  ' }),
      400,
      'validation-failed',
    ],
    [
      'a review before the end',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/review`, {
          skill: 5,
          quality: 5,
          schedule: 5,
          communication: 5,
          partnership: 5,
        }),
      409,
      'review-not-open',
    ],
    [
      'a review scored 6',
      (c: HiredContract) =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/review`, {
          skill: 6,
          quality: 5,
          schedule: 5,
          communication: 5,
          partnership: 5,
        }),
      400,
      'validation-failed',
    ],
    [
      'answering terms nobody proposed',
      (c: HiredContract) => c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms/answer`, { agree: true }),
      409,
      'no-pending-terms',
    ],
    [
      'answering a termination nobody proposed',
      (c: HiredContract) => c.worker.client.post(`/api/v1/contracts/${c.contractId}/termination/answer`, { agree: true }),
      409,
      'no-pending-termination',
    ],
    [
      'delivering an unfunded milestone',
      (c: HiredContract) => c.worker.client.post(`/api/v1/milestones/${c.milestoneId}/deliver`, { message: '納品' }),
      409,
      'milestone-transition-invalid',
    ],
  ] as const)('%s', async (_name, call, status, code) => {
    const c = await hiredContract(t);
    await refusedWithoutChange(() => call(c), status, code);
  });

  it('a settlement must cover every escrowed milestone with 0 up to its amount', async () => {
    const c = await hiredContract(t, { amount: 20_000 });
    await fundByCard(c);
    const propose = (settlement: unknown) =>
      c.client.client.post(`/api/v1/contracts/${c.contractId}/termination`, { reason: '事情により', settlement });
    const before = await moneyState(t.database.db);
    const over = await propose([{ milestoneId: c.milestoneId, workerAmount: 20_001 }]);
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0]).toMatchObject({ pointer: '/settlement/0/workerAmount', code: 'settlement-amount-invalid' });
    expect(over.json().errors[0].detail).toContain('20000');
    const missing = await propose([]);
    expect(missing.json().errors[0]).toMatchObject({ pointer: '/settlement', code: 'settlement-milestone-missing' });
    const unknown = await propose([{ milestoneId: '00000000-0000-4000-8000-000000000000', workerAmount: 0 }]);
    expect(unknown.json().errors[0].code).toBe('settlement-milestone-unknown');
    expect(await moneyState(t.database.db)).toEqual(before);
  });
});

describe('changing the terms before funding', () => {
  it('the client proposes two milestones with withholding; the worker agrees; version 2 of the terms', async () => {
    const c = await hiredContract(t, { amount: 50_000 });
    const proposed = await c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
      milestones: [
        { title: '構成案', amount: 20_000, dueDate: '2099-01-10' },
        { title: '本文', amount: 30_000, dueDate: '2099-01-31' },
      ],
      withholding: true,
    });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json().pendingTerms.milestones[0].money.withholding).toBe(2_042);
    const agreed = (await c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms/answer`, { agree: true })).json();
    expect(agreed).toMatchObject({ termsVersion: 2, withholding: true, pendingTerms: null, totals: { amount: 50_000 } });
    expect(
      agreed.milestones.filter((m: { status: string }) => m.status === 'unfunded').map((m: { title: string }) => m.title),
    ).toEqual(['構成案', '本文']);
    const terms = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/terms`)).json();
    expect(terms).toMatchObject({ version: 2, withholding: true, total: { amount: 50_000, withholding: 2_042 + 3_063 } });
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}/terms?version=1`)).json().version).toBe(1);
  });

  it('the worker hears of each payment, and of the last one with the completion in one notice', async () => {
    const c = await hiredContract(t, { amount: 50_000 });
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
      milestones: [
        { title: '構成案', amount: 20_000, dueDate: '2099-01-10' },
        { title: '本文', amount: 30_000, dueDate: '2099-01-31' },
      ],
      withholding: false,
    });
    const agreed = (await c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms/answer`, { agree: true })).json();
    const ids = agreed.milestones
      .filter((m: { status: string }) => m.status === 'unfunded')
      .map((m: { id: string }) => m.id) as string[];
    const notices = async (who: typeof c.worker) =>
      (await who.client.get('/api/v1/me/notifications'))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'milestone.paid' || n.kind === 'contract.completed')
        .map((n: { kind: string; title: string; body: string }) => ({ kind: n.kind, title: n.title, body: n.body }))
        .reverse();
    for (const id of ids) {
      await fundByCard(c, id);
      await deliver(c, id);
      expect((await c.client.client.post(`/api/v1/milestones/${id}/accept`, {})).statusCode).toBe(200);
    }
    expect(await notices(c.worker)).toEqual([
      { kind: 'milestone.paid', title: expect.stringContaining('が検収されました'), body: expect.stringContaining('¥17,160') },
      {
        kind: 'contract.completed',
        title: expect.stringContaining('が検収され、契約が完了しました'),
        body: expect.stringMatching(/¥\d[\d,]* が報酬残高に入りました。\n.*評価をお願いします/),
      },
    ]);
    expect((await notices(c.client)).map((n: { kind: string }) => n.kind)).toEqual(['contract.completed']);
  });

  it('withholding is refused for a worker registered as a company', async () => {
    const c = await hiredContract(t);
    const profile = (await c.worker.client.get('/api/v1/me/profile')).json();
    // The registration number is read here but set on its own endpoint (PUT /me/invoice-registration).
    const { updatedAt: _u, invoiceNumber: _i, ...body } = profile;
    expect((await c.worker.client.put('/api/v1/me/profile', { ...body, entityType: 'corporation' })).statusCode).toBe(200);
    await refusedWithoutChange(
      () =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: '一式', amount: 10_000, dueDate: '2099-01-01' }],
          withholding: true,
        }),
      422,
      'withholding-not-allowed',
    );
  });

  it('terms cannot change once money moved', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    await refusedWithoutChange(
      () =>
        c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
          milestones: [{ title: '一式', amount: 10_000, dueDate: '2099-01-01' }],
          withholding: false,
        }),
      409,
      'terms-change-closed',
    );
  });
});

describe('termination (途中解消) and disputes', () => {
  it('a split both agree to pays the worker part and refunds the rest', async () => {
    const c = await hiredContract(t, { amount: 30_000 });
    await fundByCard(c);
    const escrow = await balance(`escrow:${c.milestoneId}`);
    const proposed = await c.worker.client.post(`/api/v1/contracts/${c.contractId}/termination`, {
      reason: '体調不良のため途中までとさせてください',
      settlement: [{ milestoneId: c.milestoneId, workerAmount: 12_000 }],
    });
    expect(proposed.json().termination).toMatchObject({ status: 'pending', proposerRole: 'worker' });
    expect(proposed.json().viewer.actions).not.toContain('answer_termination');
    await refusedWithoutChange(
      () => c.worker.client.post(`/api/v1/contracts/${c.contractId}/termination/answer`, { agree: true }),
      409,
      'own-proposal',
    );
    const world = await balance('world');
    const answered = await c.client.client.post(
      `/api/v1/contracts/${c.contractId}/termination/answer`,
      { agree: true },
      { 'idempotency-key': 'term-1' },
    );
    expect(answered.json()).toMatchObject({ status: 'terminated', milestones: [{ status: 'settled' }] });
    const part = splitMilestone(12_000, { withholding: false });
    const workerId = await userId(c.worker.user.username);
    expect(await balance(`earnings:${workerId}`)).toBe(part.workerNet);
    expect(await balance(`escrow:${c.milestoneId}`)).toBe(0);
    expect(await balance('world')).toBe(world + (escrow - part.escrow));
    const receipt = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/receipt`)).json();
    expect(receipt.total).toBe(part.escrow);
    const notice = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/payment-notice`)).json();
    expect(notice.lines[0]).toMatchObject({ kind: 'settled', amount: 12_000, total: part.workerNet });
  });

  it('a refusal passes the contract to staff, who settle it; the contract is frozen meanwhile', async () => {
    const c = await hiredContract(t, { amount: 30_000 });
    await fundByCard(c);
    await deliver(c);
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/termination`, {
      reason: '品質が要件に満たないため',
      settlement: [{ milestoneId: c.milestoneId, workerAmount: 0 }],
    });
    const refused = (
      await c.worker.client.post(`/api/v1/contracts/${c.contractId}/termination/answer`, {
        agree: false,
        reason: '要件どおり納品しています',
      })
    ).json();
    expect(refused).toMatchObject({
      status: 'disputed',
      termination: { status: 'refused' },
      dispute: { status: 'open', openerRole: 'system' },
    });
    expect(refused.milestones[0].actions).toEqual([]);
    await refusedWithoutChange(
      () => c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {}),
      409,
      'contract-frozen',
    );
    // Auto-acceptance does not run while frozen.
    t.clock.advance(15 * DAY);
    await t.runTasks();
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json().milestones[0].status).toBe('delivered');
    const precheck = (await c.worker.client.get('/api/v1/me/withdrawal')).json();
    expect(precheck.blockers.map((b: { code: string }) => b.code)).toContain('open-disputes');

    const support = await staffMember(t, 'support');
    const open = (await support.client.get('/api/v1/staff/disputes')).json();
    const dispute = open.items.find((d: { contract: { id: string } }) => d.contract.id === c.contractId);
    const detail = (await support.client.get(`/api/v1/staff/disputes/${dispute.id}`)).json();
    expect(detail.messages.some((m: { body: string }) => m.body.includes('【納品】'))).toBe(true);
    expect(detail.events.map((e: { action: string }) => e.action)).toContain('termination.refuse');
    const settled = await support.client.post(
      `/api/v1/staff/disputes/${dispute.id}/settle`,
      { settlement: [{ milestoneId: c.milestoneId, workerAmount: 15_000 }], note: '納品物の半分が要件を満たすと判断しました' },
      { 'idempotency-key': 'settle-1' },
    );
    expect(settled.statusCode).toBe(200);
    expect(settled.json()).toMatchObject({ status: 'settled', contract: { status: 'terminated' } });
    const workerId = await userId(c.worker.user.username);
    expect(await balance(`earnings:${workerId}`)).toBe(splitMilestone(15_000, { withholding: false }).workerNet);
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', dispute.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['dispute.settle']);
    await refusedWithoutChange(
      () => support.client.post(`/api/v1/staff/disputes/${dispute.id}/settle`, { settlement: [], note: 'もう一度' }),
      409,
      'contract-transition-invalid',
    );
  });

  it('seven days of silence pass a termination proposal to staff', async () => {
    const c = await hiredContract(t);
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/termination`, { reason: '予算の都合', settlement: [] });
    t.clock.advance(7 * DAY - 60_000);
    await t.runTasks();
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json().status).toBe('awaiting_escrow');
    t.clock.advance(120_000);
    await t.runTasks();
    const after = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(after).toMatchObject({ status: 'disputed', termination: { status: 'escalated' }, dispute: { status: 'open' } });
  });

  it('a termination before any funding just ends the contract', async () => {
    const c = await hiredContract(t);
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/termination`, {
      reason: '依頼内容が変わったため',
      settlement: [],
    });
    const answered = (await c.worker.client.post(`/api/v1/contracts/${c.contractId}/termination/answer`, { agree: true })).json();
    expect(answered).toMatchObject({ status: 'terminated', milestones: [{ status: 'cancelled' }] });
  });
});

describe('timers', () => {
  it('reminds the client 7, 3 and 1 days before and accepts by itself after 14 days', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    await deliver(c);
    const notices = async () =>
      (await c.client.client.get('/api/v1/me/notifications'))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'milestone.accept_reminder');
    const titles = async () => (await notices()).map((n: { title: string }) => n.title).reverse();
    t.clock.advance(7 * DAY);
    await t.runTasks();
    expect(await titles()).toEqual([expect.stringContaining('あと7日')]);
    t.clock.advance(4 * DAY);
    await t.runTasks();
    await t.runTasks();
    expect(await titles()).toEqual([expect.stringContaining('あと7日'), expect.stringContaining('あと3日')]);
    t.clock.advance(2 * DAY);
    await t.runTasks();
    expect(await titles()).toEqual([
      expect.stringContaining('あと7日'),
      expect.stringContaining('あと3日'),
      expect.stringContaining('あと1日'),
    ]);
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json().milestones[0].status).toBe('delivered');
    // One timer for the whole countdown, not a task per reminder.
    const timers = await t.database.db
      .selectFrom('queue_tasks')
      .select(['kind', 'status'])
      .where('dedupe_key', 'like', `%${c.milestoneId}%`)
      .execute();
    expect(timers).toEqual([{ kind: 'milestone.acceptance', status: 'pending' }]);
    t.clock.advance(DAY);
    await t.runTasks();
    const after = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(after).toMatchObject({ status: 'completed', milestones: [{ status: 'paid' }] });
    expect(after.events.map((e: { action: string }) => e.action)).toContain('milestone.auto_accept');
  });

  it('a worker that was down sends only the reminder that applies now, then accepts on time', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    await deliver(c);
    t.clock.advance(13 * DAY + 3_600_000);
    await t.runTasks();
    const titles = (await c.client.client.get('/api/v1/me/notifications'))
      .json()
      .items.filter((n: { kind: string }) => n.kind === 'milestone.accept_reminder')
      .map((n: { title: string }) => n.title);
    expect(titles).toEqual([expect.stringContaining('あと1日')]);
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json().milestones[0].status).toBe('delivered');
    t.clock.advance(DAY);
    await t.runTasks();
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json().milestones[0].status).toBe('paid');
  });

  it('a revision request stops the countdown of the earlier delivery', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    await deliver(c);
    await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/request-revision`, { message: '修正をお願いします' });
    t.clock.advance(15 * DAY);
    await t.runTasks();
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json().milestones[0].status).toBe('funded');
  });

  it('reviews are revealed 14 days after the end even if only one side wrote one', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    await deliver(c);
    await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/review`, {
      skill: 4,
      quality: 4,
      schedule: 4,
      communication: 4,
      partnership: 4,
    });
    t.clock.advance(14 * DAY + 1000);
    await t.runTasks();
    const seen = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(seen.reviews).toMatchObject({ revealed: true, theirs: { score: 4 } });
  });
});

describe('the ledger in the database', () => {
  it('refuses UPDATE and DELETE of its rows and an unbalanced transaction', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    const db = t.database.db;
    await expect(db.updateTable('ledger_entries').set({ amount: 1 }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('ledger_transactions').execute()).rejects.toThrow(/append-only/);
    await expect(
      db.transaction().execute(async (trx) => {
        const tx = await trx
          .insertInto('ledger_transactions')
          .values({ key: 'broken', kind: 'test', created_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('ledger_entries')
          .values({ transaction_id: tx.id, account_id: 'world', amount: 5, created_at: new Date() })
          .execute();
      }),
    ).rejects.toThrow(/does not balance/);
    // A user balance below zero is refused by the database too.
    await expect(
      db.updateTable('ledger_accounts').set({ balance: -1 }).where('id', '=', `escrow:${c.milestoneId}`).execute(),
    ).rejects.toThrow(/ledger_accounts_not_negative/);
  });
});
