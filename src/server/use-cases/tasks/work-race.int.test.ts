// Races on task money, on PostgreSQL across two app instances: the client approves one
// submission and rejects another while a worker submits and the client closes the task.
// Closing refunds the slots nobody holds; every step that changes a slot holds the
// posting lock, so afterwards — once everything left is judged — the escrow is exactly
// empty: each slot was either paid once or refunded once. With the lock switched off (the
// negative control) the same rounds leave money stuck in escrow or fail to pay a worker.
//
// One worker's simultaneous submissions never pass the task's per-worker limit (the count
// is read under the posting lock; the negative control passes it without the lock).
//
// Also: a payout request racing the member's own withdrawal. Safe by construction (while
// there is a balance the earnings blocker stands; once requested the payout is in flight,
// which only allows a scheduled withdrawal), so there is no negative control for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractChecks } from '../../../../test/api-contract';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { loggedInUser, postPaidJob, taskInput } from '../../../../test/factories';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { jobEscrowOf } from '../../../domain/ledger/recipes';
import { checkLedger } from '../../db/repositories/ledger';
import { workGuards } from '../../jobs/escrow';

const onPostgres = postgresOnly('the task money race tests');

const SLOTS = 6;

describe.skipIf(!onPostgres)('task money races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 30 });
    // Rejections uncapped, so one can race with three submissions.
    one = await startTestApp({ taskRejectLimit: 1_000_000 }, { database });
    two = await startTestApp({ taskRejectLimit: 1_000_000 }, { database });
  });
  afterAll(async () => {
    workGuards.lockJob = true;
    contractChecks.enabled = true;
    await one?.close();
    await two?.close();
    await database?.close();
  });

  async function onTwo(party: Party): Promise<TestClient> {
    const c = await two.client();
    await c.post('/api/v1/auth/login', { email: party.user.email, password: party.user.password });
    return c;
  }

  /** One round; returns what went wrong (nothing when the invariants hold). */
  async function round(): Promise<string[]> {
    const client = await loggedInUser(one);
    const clientTwo = await onTwo(client);
    // One after another: registrations share the outbox of the test mailbox.
    const workers: Party[] = [];
    for (let i = 0; i < 4; i++) workers.push(await loggedInUser(one));
    const job = await postPaidJob(client.client, taskInput(one, { taskSlots: SLOTS }));
    const ids: string[] = [];
    for (const w of workers.slice(0, 3)) {
      ids.push((await w.client.post(`/api/v1/jobs/${job.id}/submissions`, { body: '回答です。' })).json().id);
    }
    const late = await onTwo(workers[3] as Party);
    const results = await Promise.all([
      client.client.post(`/api/v1/task-submissions/${ids[0]}/approve`, {}),
      clientTwo.post(`/api/v1/task-submissions/${ids[1]}/reject`, { reason: '設問に答えていません' }),
      late.post(`/api/v1/jobs/${job.id}/submissions`, { body: '締め切り間際の回答です。' }),
      clientTwo.post(`/api/v1/jobs/${job.id}/close`, {}),
    ]);
    const problems: string[] = [];
    for (const r of results) if (r.statusCode >= 500) problems.push(`HTTP ${r.statusCode}: ${r.body.slice(0, 200)}`);
    // Everything still pending is judged now: each approval must be payable.
    const pending = await database.db
      .selectFrom('task_submissions')
      .select('id')
      .where('job_id', '=', job.id)
      .where('status', '=', 'pending')
      .execute();
    for (const p of pending) {
      const r = await client.client.post(`/api/v1/task-submissions/${p.id}/approve`, {});
      if (r.statusCode !== 200) problems.push(`approving a pending submission failed: ${r.statusCode} ${r.body.slice(0, 200)}`);
    }
    const escrow = await database.db
      .selectFrom('ledger_accounts')
      .select('balance')
      .where('id', '=', jobEscrowOf(job.id))
      .executeTakeFirstOrThrow();
    if (Number(escrow.balance) !== 0) problems.push(`¥${escrow.balance} left in escrow after every slot was settled`);
    const approved = await database.db
      .selectFrom('task_submissions as s')
      .leftJoin('work_rewards as r', 'r.submission_id', 's.id')
      .select(['s.id', 'r.id as reward'])
      .where('s.job_id', '=', job.id)
      .where('s.status', '=', 'approved')
      .execute();
    const paid = await database.db
      .selectFrom('ledger_transactions')
      .select('key')
      .where('job_id', '=', job.id)
      .where('kind', '=', 'task_approve')
      .execute();
    if (paid.length !== approved.length || approved.some((a) => a.reward === null))
      problems.push(`${approved.length} approved submissions but ${paid.length} payments`);
    return problems;
  }

  it('approval, rejection and a late submission racing the close: every slot paid or refunded exactly once (30 rounds)', async () => {
    for (let i = 0; i < 30; i++) expect(await round()).toEqual([]);
    await expectLedgerWhole(database.db);
  });

  it('negative control: without the posting lock the same rounds break the invariants', async () => {
    workGuards.lockJob = false;
    contractChecks.enabled = false;
    const found: string[] = [];
    try {
      for (let i = 0; i < 40 && found.length === 0; i++) found.push(...(await round()));
    } finally {
      workGuards.lockJob = true;
      contractChecks.enabled = true;
    }
    expect(found.length, 'the race was not detected with the lock off').toBeGreaterThan(0);
    // The database still refused a negative balance: a violation shows as stuck money or a
    // payment refused, never as money created.
    expect((await checkLedger(database.db)).negative).toEqual([]);
  });

  /** One worker sends 6 submissions at once through both instances to a task allowing 2 each. */
  async function limitRound(): Promise<number> {
    const client = await loggedInUser(one);
    const worker = await loggedInUser(one);
    const other = await onTwo(worker);
    const job = await postPaidJob(client.client, taskInput(one, { taskSlots: SLOTS, taskWorkerLimit: 2 }));
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? other : worker.client).post(`/api/v1/jobs/${job.id}/submissions`, { body: `回答 ${i}` }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body).toBeLessThan(500);
    const rows = await database.db.selectFrom('task_submissions').select('id').where('job_id', '=', job.id).execute();
    return rows.length;
  }

  it('one worker submitting at once through both instances never passes the per-worker limit (10 rounds)', async () => {
    for (let i = 0; i < 10; i++) expect(await limitRound()).toBe(2);
  });

  it('negative control: without the posting lock the same worker passes the limit', async () => {
    workGuards.lockJob = false;
    contractChecks.enabled = false;
    let most = 0;
    try {
      for (let i = 0; i < 20 && most <= 2; i++) most = Math.max(most, await limitRound());
    } finally {
      workGuards.lockJob = true;
      contractChecks.enabled = true;
    }
    expect(most, 'the race was not detected with the lock off').toBeGreaterThan(2);
  });

  it('a payout request racing the withdrawal: never withdrawn with money left, the payout never lost (20 rounds)', async () => {
    for (let i = 0; i < 20; i++) {
      const c = await hiredContract(one, { amount: 10_000 });
      await fundByCard(c);
      await deliver(c);
      await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
      const worker = c.worker;
      await worker.client.put('/api/v1/me/bank-account', {
        bankCode: '0005',
        branchCode: '001',
        accountType: 'ordinary',
        accountNumber: '0012345',
        holderName: 'テスト タロウ',
        password: worker.user.password,
      });
      const other = await onTwo(worker);
      const [payout, leave] = await Promise.all([
        worker.client.post('/api/v1/me/payouts', { amount: 8_580, final: true }),
        other.post('/api/v1/me/withdrawal', {
          reasons: [],
          otherReason: '',
          password: worker.user.password,
          eraseNow: false,
          schedule: true,
        }),
      ]);
      expect(payout.statusCode, payout.body).toBeLessThan(500);
      expect(leave.statusCode, leave.body).toBeLessThan(500);
      const user = await database.db
        .selectFrom('users')
        .select('status')
        .where('username', '=', worker.user.username)
        .executeTakeFirstOrThrow();
      const requests = await database.db
        .selectFrom('payout_requests as p')
        .innerJoin('users as u', 'u.id', 'p.user_id')
        .select('p.status')
        .where('u.username', '=', worker.user.username)
        .execute();
      // The payout is always requested. The withdrawal either came first and was refused
      // (the balance was still there), or came second and was scheduled for after the
      // transfer: never completed with money on its way.
      expect(payout.statusCode, payout.body).toBe(201);
      expect(requests).toEqual([{ status: 'requested' }]);
      expect([202, 409]).toContain(leave.statusCode);
      expect(user.status).toBe(leave.statusCode === 202 ? 'withdrawing' : 'active');
    }
    await expectLedgerWhole(database.db);
  });
});
