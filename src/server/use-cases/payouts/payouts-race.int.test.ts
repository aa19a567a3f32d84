// Races on payouts, on PostgreSQL across two app instances:
//   - 20 simultaneous requests for the whole balance: exactly one succeeds, the balance
//     never goes below zero;
//   - two batch runs at once: one batch, no request in two batches;
//   - a member with a scheduled withdrawal (予約退会) and two transfers on their way: staff
//     marking the last one done vs the member cancelling (exactly one wins, the other
//     gets a clear 409), one done vs the other failed, both done at once (never a 409
//     about something nobody asked, never a deadlock answered 503).
// The negative control switches the account lock off and finds the withdrawal completed
// although the member's cancel was answered 200.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractChecks } from '../../../../test/api-contract';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { type Authenticator, nextCode } from '../../../../test/second-factor';
import { accountLocking } from '../../db/account-lock';

const onPostgres = postgresOnly('the payout race tests');

describe.skipIf(!onPostgres)('payout races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 30 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
  });
  afterAll(async () => {
    accountLocking.enabled = true;
    contractChecks.enabled = true;
    await one?.close();
    await two?.close();
    await database?.close();
  });

  async function onTwo(party: Party & { authenticator?: Authenticator }): Promise<TestClient> {
    const c = await two.client();
    const res = await c.post('/api/v1/auth/login', { email: party.user.email, password: party.user.password });
    // Staff complete the login with a code from their authenticator.
    if (res.json().secondFactor === 'required' && party.authenticator) {
      await c.post('/api/v1/auth/login/second-factor', { code: nextCode(two, party.authenticator) });
    }
    return c;
  }

  async function paidWorker(): Promise<Party> {
    const c = await hiredContract(one, { amount: 10_000 });
    await fundByCard(c);
    await deliver(c);
    await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
    await c.worker.client.put('/api/v1/me/bank-account', {
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderName: 'テスト タロウ',
      password: c.worker.user.password,
    });
    return c.worker;
  }

  it('20 simultaneous requests for the whole balance: exactly one succeeds (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const worker = await paidWorker();
      const other = await onTwo(worker);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : worker.client).post('/api/v1/me/payouts', { amount: 8_580 })),
      );
      for (const r of results) expect(r.statusCode, r.body).toBeLessThan(500);
      expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect((await worker.client.get('/api/v1/me/payouts')).json()).toMatchObject({ balance: 0, items: [{ amount: 8_580 }] });
    }
    await expectLedgerWhole(database.db);
  });

  it('two batch runs at once make one batch, and no request is in two', async () => {
    const financeOne = await staffMember(one, 'finance');
    const financeTwo = await onTwo(financeOne);
    for (let round = 0; round < 10; round++) {
      const worker = await paidWorker();
      await worker.client.post('/api/v1/me/payouts', { amount: 5_000 });
      const [a, b] = await Promise.all([
        financeOne.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' }),
        financeTwo.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    }
    const twice = await database.db.selectFrom('payout_requests').select('id').where('status', '=', 'requested').execute();
    expect(twice).toEqual([]);
    await expectLedgerWhole(database.db);
  });

  /**
   * A member whose withdrawal is scheduled behind two transfers in a batch, logged in on
   * both instances. `firstDone` marks the first transfer done beforehand.
   */
  /** Both instances' clocks: requests are made on 1 April, transfers marked on their date, 30 April. */
  const setClocks = (date: string) => {
    one.clock.set(date);
    two.clock.set(date);
  };

  async function scheduledWithTwoTransfers(finance: Party, firstDone: boolean) {
    setClocks('2026-04-01T00:00:00Z');
    const worker = await paidWorker();
    const other = await onTwo(worker);
    const first = await worker.client.post('/api/v1/me/payouts', { amount: 4_000 });
    const last = await worker.client.post('/api/v1/me/payouts', { amount: 4_580, final: true });
    expect([first.statusCode, last.statusCode], last.body).toEqual([201, 201]);
    const leave = await worker.client.post('/api/v1/me/withdrawal', {
      reasons: [],
      otherReason: '',
      password: worker.user.password,
      eraseNow: false,
      schedule: true,
    });
    expect(leave.statusCode, leave.body).toBe(202);
    expect((await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' })).statusCode).toBe(201);
    setClocks('2026-04-30T01:00:00Z');
    if (firstDone) {
      const done = await finance.client.post(`/api/v1/staff/payouts/${first.json().id}/done`, {});
      expect(done.statusCode, done.body).toBe(200);
    }
    const { id: userId } = await database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', worker.user.username)
      .executeTakeFirstOrThrow();
    return { worker, other, userId, firstId: first.json().id as string, lastId: last.json().id as string };
  }

  const accountOf = async (userId: string) => {
    const user = await database.db.selectFrom('users').select('status').where('id', '=', userId).executeTakeFirstOrThrow();
    const audit = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', userId)
      .where('action', 'in', ['account.withdrawn', 'account.withdrawal_schedule_cancelled'])
      .execute();
    const schedule = await database.db
      .selectFrom('scheduled_withdrawals')
      .select('user_id')
      .where('user_id', '=', userId)
      .execute();
    return { status: user.status, actions: audit.map((a) => a.action).sort(), scheduled: schedule.length > 0 };
  };

  const payoutStatus = async (id: string) =>
    (await database.db.selectFrom('payout_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  /** Rounds of the last transfer marked done vs the member cancelling; counts the violations. */
  async function doneVersusCancel(rounds: number, stopAtFirstViolation: boolean) {
    const finance = await staffMember(one, 'finance');
    let violations = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const { other, userId, lastId } = await scheduledWithTwoTransfers(finance, true);
      const offset = Math.floor(Math.random() * 20);
      const [done, cancel] = await Promise.all([
        finance.client.post(`/api/v1/staff/payouts/${lastId}/done`, {}),
        new Promise((r) => setTimeout(r, offset)).then(() => other.post('/api/v1/me/withdrawal/cancel', {})),
      ]);
      const key = `done ${done.statusCode} / cancel ${cancel.statusCode}${cancel.statusCode >= 400 ? ` ${cancel.json().code}` : ''}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      const account = await accountOf(userId);
      // The money was transferred: marking it done always succeeds.
      const doneOk = done.statusCode === 200 && (await payoutStatus(lastId)) === 'paid';
      // Exactly one of withdrawal and cancellation happened, and the answers say which.
      const consistent =
        cancel.statusCode === 200
          ? account.status === 'active' &&
            !account.scheduled &&
            account.actions.join() === 'account.withdrawal_schedule_cancelled'
          : account.status === 'withdrawn' &&
            account.actions.join() === 'account.withdrawn' &&
            [401, 409].includes(cancel.statusCode);
      if (!doneOk || !consistent) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  it('the last transfer done vs the member cancelling the scheduled withdrawal: exactly one wins (30 rounds)', async () => {
    accountLocking.enabled = true;
    contractChecks.enabled = true;
    const { violations, outcomes } = await doneVersusCancel(30, false);
    console.info('done vs cancel', outcomes);
    expect(Object.keys(outcomes).filter((k) => !/^done 200 \/ cancel (200|409 account-withdrawn|401 .*)$/.test(k))).toEqual([]);
    expect(violations).toBe(0);
    await expectLedgerWhole(database.db);
  });

  it('done vs cancel, negative control: without the account lock a violation is found', async () => {
    accountLocking.enabled = false;
    contractChecks.enabled = false;
    try {
      const { violations } = await doneVersusCancel(60, true);
      expect(violations).toBeGreaterThan(0);
    } finally {
      accountLocking.enabled = true;
      contractChecks.enabled = true;
    }
  });

  it("one of a member's transfers done vs the other failed: both succeed, the withdrawal is cancelled (20 rounds)", async () => {
    const finance = await staffMember(one, 'finance');
    const financeTwo = await onTwo(finance);
    for (let round = 0; round < 20; round++) {
      const { userId, firstId, lastId } = await scheduledWithTwoTransfers(finance, false);
      const [done, fail] = await Promise.all([
        finance.client.post(`/api/v1/staff/payouts/${firstId}/done`, {}),
        financeTwo.post(`/api/v1/staff/payouts/${lastId}/fail`, { reason: '口座が解約されています' }),
      ]);
      expect([done.statusCode, fail.statusCode], `${done.body} ${fail.body}`).toEqual([200, 200]);
      expect([await payoutStatus(firstId), await payoutStatus(lastId)]).toEqual(['paid', 'failed']);
      expect(await accountOf(userId)).toEqual({
        status: 'active',
        actions: ['account.withdrawal_schedule_cancelled'],
        scheduled: false,
      });
    }
    await expectLedgerWhole(database.db);
  });

  it("both of a member's transfers done at once: both succeed and the withdrawal completes once (20 rounds)", async () => {
    const finance = await staffMember(one, 'finance');
    const financeTwo = await onTwo(finance);
    for (let round = 0; round < 20; round++) {
      const { userId, firstId, lastId } = await scheduledWithTwoTransfers(finance, false);
      const [a, b] = await Promise.all([
        finance.client.post(`/api/v1/staff/payouts/${firstId}/done`, {}),
        financeTwo.post(`/api/v1/staff/payouts/${lastId}/done`, {}),
      ]);
      expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([200, 200]);
      expect([await payoutStatus(firstId), await payoutStatus(lastId)]).toEqual(['paid', 'paid']);
      expect(await accountOf(userId)).toEqual({ status: 'withdrawn', actions: ['account.withdrawn'], scheduled: false });
    }
    await expectLedgerWhole(database.db);
  });
});
