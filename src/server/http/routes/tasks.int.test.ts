// Task and competition money through HTTP: publishing pays the budget into escrow (card,
// or bank transfer confirmed by staff); task submissions approved, rejected under the cap,
// withdrawn, auto-approved; unused slots refunded at close; competitions ending with a
// winner, without one (refund, fee kept), shared when nobody chose, refunded when nobody
// entered. After every test the ledger is whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { expectLedgerWhole, staffMember } from '../../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, taskInput } from '../../../../test/factories';
import { jobEscrowOf } from '../../../domain/ledger/recipes';
import { balanceOf } from '../../db/repositories/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

const escrowOf = (jobId: string) => balanceOf(t.database.db, jobEscrowOf(jobId));
const earnings = async (c: TestClient) => (await c.get('/api/v1/me/earnings')).json().balance as number;
const blockers = async (c: TestClient) =>
  (await c.get('/api/v1/me/withdrawal')).json().blockers.map((b: { code: string }) => b.code) as string[];
/** One after another: registrations share the test mailbox's outbox. */
async function users(n: number) {
  const out: Awaited<ReturnType<typeof loggedInUser>>[] = [];
  for (let i = 0; i < n; i++) out.push(await loggedInUser(t));
  return out;
}
const submit = (c: TestClient, jobId: string, body = '感想: とても読みやすいレシピでした。') =>
  c.post(`/api/v1/jobs/${jobId}/submissions`, { body });

describe('task work', () => {
  it('bank transfer → staff confirm → submissions approved, rejected, withdrawn → close refunds unused slots → auto-approval', async () => {
    const client = await loggedInUser(t);
    const workers = await users(4);
    const [w1, w2, w3, w4] = workers as [(typeof workers)[0], (typeof workers)[0], (typeof workers)[0], (typeof workers)[0]];
    // The fee schedule is public, for estimates before anything is saved.
    const fees = (await (await t.client()).get('/api/v1/fees')).json();
    expect(fees).toMatchObject({
      clientRate: 50_000,
      taskWorkerRate: 200_000,
      workerTiers: [{ upTo: 100_000, rate: 200_000 }, {}, {}],
    });
    // Publishing needs the budget in escrow.
    expect((await client.client.post('/api/v1/jobs', taskInput(t))).json().code).toBe('job-escrow-required');
    const draft = (await client.client.post('/api/v1/jobs', taskInput(t, { publish: false }))).json();
    expect(draft.work).toMatchObject({ escrowStatus: 'none', money: { units: 10, unitEscrow: 105, total: 1050 } });
    expect((await client.client.post(`/api/v1/jobs/${draft.id}/publish`, {})).json().code).toBe('job-escrow-required');
    const other = await loggedInUser(t);
    expect((await other.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'dev_card' })).statusCode).toBe(404);
    expect((await client.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'cash' })).statusCode).toBe(400);

    const fund = await client.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'bank_transfer' });
    expect(fund.statusCode).toBe(200);
    const deposit = fund.json().work.deposit;
    expect(fund.json()).toMatchObject({ status: 'draft', work: { escrowStatus: 'awaiting_deposit' } });
    expect(deposit).toMatchObject({
      status: 'pending',
      amount: 1050,
      method: 'bank_transfer',
      createdAt: t.clock().toISOString(),
    });
    expect(deposit.instructions).toContain('普通');
    expect((await client.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'dev_card' })).json().code).toBe(
      'deposit-pending',
    );
    // The pay is fixed while the transfer waits.
    const edit = await client.client.patch(`/api/v1/jobs/${draft.id}`, taskInput(t, { publish: false, taskSlots: 20 }));
    expect(edit.json().code).toBe('job-money-locked');
    const pre = (await client.client.get('/api/v1/me/withdrawal')).json();
    const pending = pre.blockers.find((b: { code: string }) => b.code === 'pending-deposits');
    expect(pending.items[0]).toMatchObject({ link: `/jobs/${draft.id}` });
    expect(pending.items[0].resolve.href).toBe(`/api/v1/jobs/${draft.id}/deposit/cancel`);

    const finance = await staffMember(t, 'finance');
    const list = (await finance.client.get('/api/v1/staff/deposits')).json().items;
    expect(list.find((d: { id: string }) => d.id === deposit.id)).toMatchObject({
      contract: null,
      milestone: null,
      job: { id: draft.id, kind: 'task' },
    });
    const wrong = await finance.client.post(`/api/v1/staff/deposits/${deposit.id}/confirm`, { receivedAmount: 1000 });
    expect(wrong.json().code).toBe('deposit-amount-mismatch');
    const ok = await finance.client.post(`/api/v1/staff/deposits/${deposit.id}/confirm`, { receivedAmount: 1050 });
    expect(ok.statusCode).toBe(200);
    const job = (await client.client.get(`/api/v1/jobs/${draft.id}`)).json();
    expect(job).toMatchObject({ status: 'open', work: { escrowStatus: 'funded', task: { slotsLeft: 10 } } });
    expect(await escrowOf(job.id)).toBe(1050);

    // Workers submit without applying; the client cannot work on their own task.
    expect((await submit(client.client, job.id)).json().code).toBe('own-job');
    const s = [];
    for (const w of [w1, w2, w3, w4]) {
      const res = await submit(w.client, job.id);
      expect(res.statusCode).toBe(201);
      s.push(res.json().id as string);
    }
    const [s1, s2, s3, s4] = s as [string, string, string, string];
    expect((await w1.client.get(`/api/v1/jobs/${job.id}/submissions`)).json().items).toHaveLength(1);
    expect((await other.client.post(`/api/v1/task-submissions/${s1}/approve`, {})).statusCode).toBe(404);
    expect((await w1.client.post(`/api/v1/task-submissions/${s1}/approve`, {})).statusCode).toBe(404);

    // Approval pays one slot: ¥100 less the 20% fee and its tax = ¥78. A retry replays.
    const approve = () =>
      client.client.post(`/api/v1/task-submissions/${s1}/approve`, {}, { 'idempotency-key': `approve-${s1}` });
    const first = await approve();
    expect(first.statusCode).toBe(200);
    expect((await approve()).json()).toEqual(first.json());
    expect(await earnings(w1.client)).toBe(78);
    expect((await client.client.post(`/api/v1/task-submissions/${s1}/approve`, {})).json().code).toBe(
      'submission-transition-invalid',
    );

    // Rejection needs a reason and stays within 30% of the submissions (1 of 4 = 25%).
    expect((await client.client.post(`/api/v1/task-submissions/${s2}/reject`, { reason: '' })).statusCode).toBe(400);
    const rejected = await client.client.post(`/api/v1/task-submissions/${s2}/reject`, { reason: '設問に答えていません' });
    expect(rejected.json()).toMatchObject({
      counts: { pending: 2, approved: 1, rejected: 1 },
      rejection: { limitPercent: 30, allowedNow: false, submissionsUntilNext: 3 },
    });
    const capped = await client.client.post(`/api/v1/task-submissions/${s3}/reject`, { reason: '短すぎます' });
    expect(capped.statusCode).toBe(409);
    expect(capped.json()).toMatchObject({ code: 'task-reject-limit', submissionsUntilNext: 3 });
    const w2Mine = (await w2.client.get(`/api/v1/jobs/${job.id}/submissions`)).json().items[0];
    expect(w2Mine).toMatchObject({ status: 'rejected', rejectReason: '設問に答えていません' });

    // A worker withdraws a pending submission; both sides are blocked from leaving meanwhile.
    expect(await blockers(w4.client)).toContain('task-submissions-pending');
    expect((await w3.client.post(`/api/v1/task-submissions/${s4}/withdraw`, {})).statusCode).toBe(404);
    expect((await w4.client.post(`/api/v1/task-submissions/${s4}/withdraw`, {})).statusCode).toBe(200);
    expect(await blockers(w4.client)).not.toContain('task-submissions-pending');
    expect((await client.client.post(`/api/v1/jobs/${job.id}/cancel`, {})).json().code).toBe('job-has-submissions');

    // Closing refunds the slots nobody holds: 10 − 1 approved − 1 pending = 8 × ¥105.
    const closed = await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    expect(closed.json()).toMatchObject({ status: 'closed', work: { escrowStatus: 'closed', task: { pending: 1 } } });
    const judgeBy = closed.json().work.task.judgeBy;
    expect(new Date(judgeBy).getTime()).toBe(t.clock().getTime() + 14 * DAY);
    expect(await escrowOf(job.id)).toBe(105);
    expect((await submit(w4.client, job.id)).json().code).toBe('job-not-open');
    expect((await client.client.post(`/api/v1/jobs/${job.id}/reopen`, { deadline: job.deadline })).json().code).toBe(
      'job-reopen-settled',
    );
    const pre2 = (await client.client.get('/api/v1/me/withdrawal')).json();
    const held = pre2.blockers.find((b: { code: string }) => b.code === 'work-escrow-held');
    expect(held.items[0]).toMatchObject({ link: `/jobs/${job.id}/submissions`, clearsAt: judgeBy });

    // Not judged within 14 days: approved by itself, and the escrow is empty.
    t.clock.advance(14 * DAY + 1000);
    await t.runTasks();
    expect(await earnings(w3.client)).toBe(78);
    expect(await escrowOf(job.id)).toBe(0);
    const mine = (await w3.client.get(`/api/v1/jobs/${job.id}/submissions`)).json().items[0];
    expect(mine).toMatchObject({ status: 'approved', decidedBy: 'system' });
    expect(await blockers(client.client)).not.toContain('work-escrow-held');

    // Statements: the client paid 1,050 and got 840 back; the worker's year shows the work.
    const month = new Date(t.clock().getTime() - 14 * DAY + 9 * 3_600_000).toISOString().slice(0, 7);
    const statement = (await client.client.get(`/api/v1/me/statements?month=${month}`)).json();
    expect(statement.totals).toMatchObject({ paid: 1050, refunded: 840 });
    expect(statement.lines.find((l: { kind: string }) => l.kind === 'deposit')).toMatchObject({
      jobId: job.id,
      contractId: null,
    });
    const year = (await w1.client.get(`/api/v1/me/statements/yearly?year=${month.slice(0, 4)}`)).json();
    expect(year.lines).toEqual([
      expect.objectContaining({ jobId: job.id, contractId: null, gross: 100, tax: 9, fees: 22, net: 78, withholding: 0 }),
    ]);
    const work = (await w3.client.get('/api/v1/me/work')).json();
    expect(work.submissions[0]).toMatchObject({ status: 'approved', decidedBy: 'system', workerNet: 78 });
    // The personal data export names the member's work.
    const exported = (await w2.client.get('/api/v1/me/export')).json();
    expect(exported.taskSubmissions).toEqual([
      expect.objectContaining({ status: 'rejected', rejectReason: '設問に答えていません' }),
    ]);
  });

  it('reminds the client 3 and 1 days before unjudged submissions are approved by themselves', async () => {
    const client = await loggedInUser(t);
    const [w1] = await users(1);
    const job = await postPaidJob(client.client, taskInput(t));
    expect((await submit(w1?.client as TestClient, job.id)).statusCode).toBe(201);
    expect((await client.client.post(`/api/v1/jobs/${job.id}/close`, {})).statusCode).toBe(200);
    const reminders = async () =>
      (await client.client.get('/api/v1/me/notifications'))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'task.judge_reminder')
        .map((n: { title: string; body: string; link: string }) => `${n.title} ${n.body} ${n.link}`)
        .reverse();
    t.clock.advance(10 * DAY);
    await t.runTasks();
    expect(await reminders()).toEqual([]);
    t.clock.advance(DAY + 1000);
    await t.runTasks();
    expect(await reminders()).toEqual([
      expect.stringMatching(new RegExp(`あと3日です 未判定の提出が1件あります。.*/jobs/${job.id}/submissions$`)),
    ]);
    t.clock.advance(2 * DAY);
    await t.runTasks();
    await t.runTasks();
    expect(await reminders()).toEqual([expect.stringContaining('あと3日'), expect.stringContaining('あと1日')]);
    expect(await earnings(w1?.client as TestClient)).toBe(0);
    t.clock.advance(DAY);
    await t.runTasks();
    expect(await earnings(w1?.client as TestClient)).toBe(78);
    expect(await reminders()).toHaveLength(2);
  });

  it('no reminder once everything is judged', async () => {
    const client = await loggedInUser(t);
    const [w1] = await users(1);
    const job = await postPaidJob(client.client, taskInput(t));
    const sent = (await submit(w1?.client as TestClient, job.id)).json();
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    expect((await client.client.post(`/api/v1/task-submissions/${sent.id}/approve`, {})).statusCode).toBe(200);
    t.clock.advance(15 * DAY);
    await t.runTasks();
    const kinds = (await client.client.get('/api/v1/me/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(kinds).not.toContain('task.judge_reminder');
    expect(await earnings(w1?.client as TestClient)).toBe(78);
  });

  it('fills slots, refunds a slot rejected or withdrawn after closing, and cancels an untouched task in full', async () => {
    const client = await loggedInUser(t);
    const a = await loggedInUser(t);
    const b = await loggedInUser(t);
    const one = await postPaidJob(client.client, taskInput(t, { taskSlots: 1 }));
    expect((await submit(a.client, one.id)).statusCode).toBe(201);
    expect((await submit(b.client, one.id)).json().code).toBe('task-slots-full');

    // Five submissions so one rejection fits the cap; two stay pending through the close.
    const task = await postPaidJob(client.client, taskInput(t, { taskSlots: 6 }));
    const people = [a, b, ...(await users(3))];
    const ids: string[] = [];
    for (const p of people) ids.push((await submit(p.client, task.id)).json().id);
    await client.client.post(`/api/v1/task-submissions/${ids[0]}/approve`, {});
    await client.client.post(`/api/v1/task-submissions/${ids[1]}/approve`, {});
    await client.client.post(`/api/v1/task-submissions/${ids[2]}/approve`, {});
    await client.client.post(`/api/v1/jobs/${task.id}/close`, {});
    // 6 slots − 3 approved − 2 pending: one refunded at close.
    expect(await escrowOf(task.id)).toBe(2 * 105);
    const rejected = await client.client.post(`/api/v1/task-submissions/${ids[3]}/reject`, { reason: '指示と違う内容です' });
    expect(rejected.statusCode).toBe(200);
    expect(await escrowOf(task.id)).toBe(105);
    const mine = async () =>
      (await client.client.get('/api/v1/me/jobs')).json().items.find((j: { id: string }) => j.id === task.id);
    expect(await mine()).toMatchObject({ submissionCount: 5, pendingCount: 1, entryCount: 0, applicationCount: 0 });
    await people[4]?.client.post(`/api/v1/task-submissions/${ids[4]}/withdraw`, {});
    expect(await escrowOf(task.id)).toBe(0);
    expect(await mine()).toMatchObject({ submissionCount: 4, pendingCount: 0 });

    // Nobody worked on it: cancelling gives everything back.
    const untouched = await postPaidJob(client.client, taskInput(t));
    const cancelled = await client.client.post(`/api/v1/jobs/${untouched.id}/cancel`, {});
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', work: { escrowStatus: 'cancelled' } });
    expect(await escrowOf(untouched.id)).toBe(0);
    // A project has nothing to pay before publishing; a paid task cannot be paid twice.
    const project = (await client.client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
    expect((await client.client.post(`/api/v1/jobs/${project.id}/fund`, { method: 'dev_card' })).json().code).toBe(
      'job-not-fundable',
    );
    expect((await client.client.post(`/api/v1/jobs/${one.id}/fund`, { method: 'dev_card' })).json().code).toBe(
      'job-not-fundable',
    );
  });

  it('one worker cannot take every slot with junk: a per-worker limit, and the reject cap counted per worker', async () => {
    // H1: a 10-slot ¥1,000 task; one worker sent 10 junk submissions and the client could
    // reject only 3. Now the posting says how many one worker may make (default 1).
    const client = await loggedInUser(t);
    const [mei, ...others] = await users(4);
    const task = await postPaidJob(client.client, taskInput(t, { taskSlots: 10, taskUnitPrice: 1000 }));
    expect(task.taskWorkerLimit).toBe(1);
    const tries = [];
    for (let i = 1; i <= 11; i++) tries.push(await submit(mei?.client as TestClient, task.id, `junk ${i}`));
    expect(tries.map((r) => r.statusCode)).toEqual([201, ...Array(10).fill(409)]);
    expect(tries[1]?.json()).toMatchObject({ code: 'task-worker-limit', limit: 1 });
    expect(tries[1]?.json().title).toBe('1人あたりの提出上限に達しています');
    expect((await client.client.get(`/api/v1/jobs/${task.id}`)).json().work.task.slotsLeft).toBe(9);
    // Withdrawing a submission not judged yet frees the worker's allowance.
    await mei?.client.post(`/api/v1/task-submissions/${tries[0]?.json().id}/withdraw`, {});
    expect((await submit(mei?.client as TestClient, task.id)).statusCode).toBe(201);

    // The limit is set on the posting, never above its slots, and can be raised later.
    const over = await client.client.post('/api/v1/jobs', taskInput(t, { publish: false, taskSlots: 5, taskWorkerLimit: 6 }));
    expect(over.json().errors).toEqual([
      expect.objectContaining({ pointer: '/taskWorkerLimit', code: 'task-worker-limit-over-slots' }),
    ]);
    const loose = await postPaidJob(client.client, taskInput(t, { taskSlots: 10, taskWorkerLimit: 7 }));
    expect(loose.taskWorkerLimit).toBe(7);
    const edited = await client.client.patch(
      `/api/v1/jobs/${loose.id}`,
      taskInput(t, { taskSlots: 10, deadline: loose.deadline }),
    );
    expect(edited.json().taskWorkerLimit).toBe(7);

    // Mei sends 7 junk, three others one good submission each: 10 submissions from 4 workers.
    const junk: string[] = [];
    for (let i = 1; i <= 8; i++) {
      const res = await submit(mei?.client as TestClient, loose.id, `junk ${i}`);
      if (i <= 7) junk.push(res.json().id);
      else expect(res.json().code).toBe('task-worker-limit');
    }
    expect((await submit(others[0]?.client as TestClient, loose.id)).statusCode).toBe(201);
    const good = [];
    for (const o of others.slice(1)) good.push((await submit(o.client, loose.id)).json().id as string);
    expect((await submit(others[2]?.client as TestClient, loose.id)).json().code).toBe('task-slots-full');
    // Counted over submissions alone the client could reject 3 of 10; counted per worker,
    // mei is one worker of four (25 %), so all seven of mei's go.
    for (const id of junk) {
      const res = await client.client.post(`/api/v1/task-submissions/${id}/reject`, { reason: '無関係な内容です' });
      expect(res.statusCode).toBe(200);
    }
    // A second worker would be 2 of 4: the others' work stays protected.
    const list = (await client.client.get(`/api/v1/jobs/${loose.id}/submissions`)).json();
    expect(list.items.filter((s: { rejectable: boolean }) => s.rejectable)).toHaveLength(0);
    const refused = await client.client.post(`/api/v1/task-submissions/${good[0]}/reject`, { reason: '短すぎます' });
    expect(refused.json().code).toBe('task-reject-limit');
    // The worker does not see the client's judgement flags.
    const own = (await mei?.client.get(`/api/v1/jobs/${loose.id}/submissions`))?.json();
    expect(own.items[0].rejectable).toBeNull();
  });

  it('a transfer called off frees the posting to be changed and paid another way', async () => {
    const client = await loggedInUser(t);
    const draft = (await client.client.post('/api/v1/jobs', taskInput(t, { publish: false }))).json();
    await client.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'bank_transfer' });
    const other = await loggedInUser(t);
    expect((await other.client.post(`/api/v1/jobs/${draft.id}/deposit/cancel`, {})).statusCode).toBe(404);
    const off = await client.client.post(`/api/v1/jobs/${draft.id}/deposit/cancel`, {});
    expect(off.json().work).toMatchObject({ escrowStatus: 'cancelled', deposit: null });
    expect((await client.client.post(`/api/v1/jobs/${draft.id}/deposit/cancel`, {})).json().code).toBe(
      'deposit-transition-invalid',
    );
    const edited = await client.client.patch(`/api/v1/jobs/${draft.id}`, taskInput(t, { publish: false, taskSlots: 20 }));
    expect(edited.json().work.money.total).toBe(20 * 105);
    const paid = await client.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'dev_card' });
    expect(paid.json()).toMatchObject({ status: 'open', work: { escrowStatus: 'funded', money: { total: 2100 } } });
  });

  it('a client whose paid posting was cancelled and refunded can leave; the accounting records stay', async () => {
    const client = await loggedInUser(t);
    const draft = (await client.client.post('/api/v1/jobs', taskInput(t, { publish: false }))).json();
    await client.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'bank_transfer' });
    await client.client.post(`/api/v1/jobs/${draft.id}/deposit/cancel`, {});
    const paid = await postPaidJob(client.client, taskInput(t));
    await client.client.post(`/api/v1/jobs/${paid.id}/cancel`, {});
    const leave = await client.client.post('/api/v1/me/withdrawal', {
      reasons: [],
      otherReason: '',
      password: client.user.password,
      eraseNow: true,
    });
    expect(leave.statusCode, leave.body).toBe(200);
    const kept = await t.database.db.selectFrom('ledger_transactions').select('kind').where('job_id', '=', paid.id).execute();
    expect(kept.map((k) => k.kind).sort()).toEqual(['job_cancel', 'job_fund']);
    expect((await (await t.client()).get(`/api/v1/jobs/${paid.id}`)).statusCode).toBe(404);
  });
});

describe('competition work', () => {
  async function competitionWithEntries(overrides: Record<string, unknown> = {}, entrants = 2) {
    const client = await loggedInUser(t);
    const workers = await users(entrants);
    const job = await postPaidJob(client.client, competitionInput(t, overrides));
    const entries: string[] = [];
    for (const [i, w] of workers.entries()) {
      const res = await w.client.post(`/api/v1/jobs/${job.id}/entries`, { title: `案${i + 1}`, description: '' });
      expect(res.statusCode).toBe(201);
      entries.push(res.json().id);
    }
    return { client, workers, job, entries };
  }

  it('the client chooses a winner after entries close: the prize goes to the winner, once', async () => {
    const { client, workers, job, entries } = await competitionWithEntries();
    expect(await escrowOf(job.id)).toBe(31_650);
    expect((await client.client.get('/api/v1/me/jobs')).json().items[0]).toMatchObject({ id: job.id, entryCount: 2 });
    const early = await client.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: entries[0] });
    expect(early.json().code).toBe('competition-transition-invalid');
    expect(await blockers(workers[0]?.client as TestClient)).toContain('competition-entries-pending');
    expect((await client.client.post(`/api/v1/jobs/${job.id}/cancel`, {})).json().code).toBe('job-has-entries');

    const closed = (await client.client.post(`/api/v1/jobs/${job.id}/close`, {})).json();
    expect(new Date(closed.work.competition.selectionDueAt).getTime()).toBe(t.clock().getTime() + 14 * DAY);
    expect(await blockers(client.client)).toContain('work-escrow-held');
    const other = await loggedInUser(t);
    expect((await other.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: entries[0] })).statusCode).toBe(404);
    expect((await client.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: 'x' })).statusCode).toBe(400);
    expect((await client.client.post(`/api/v1/jobs/${job.id}/no-winner`, { reason: 'イメージと違う' })).json().code).toBe(
      'competition-no-winner-not-allowed',
    );

    const choose = () =>
      client.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: entries[1] }, { 'idempotency-key': `winner-${job.id}` });
    const won = await choose();
    expect(won.json().work.competition).toMatchObject({ outcome: 'winner', winnerEntryId: entries[1] });
    expect((await choose()).json()).toEqual(won.json());
    // ¥30,000 less the 20% fee and its tax.
    expect(await earnings(workers[1]?.client as TestClient)).toBe(23_400);
    expect(await earnings(workers[0]?.client as TestClient)).toBe(0);
    expect(await escrowOf(job.id)).toBe(0);
    const again = await client.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: entries[0] });
    expect(again.json().code).toBe('competition-transition-invalid');
    const mine = (await workers[1]?.client.get('/api/v1/me/work'))?.json();
    expect(mine.entries[0]).toMatchObject({ result: 'won', received: 23_400 });
    expect((await workers[0]?.client.get('/api/v1/me/work'))?.json().entries[0]).toMatchObject({ result: 'lost' });
    expect(await blockers(client.client)).not.toContain('work-escrow-held');
    // Everyone sees which entry won and whose it is; the entries themselves stay private.
    const winner = { title: '案2', username: workers[1]?.user.username, displayName: expect.any(String) };
    expect((await workers[0]?.client.get(`/api/v1/jobs/${job.id}`))?.json().work.competition.winner).toEqual(winner);
    expect((await (await t.client()).get(`/api/v1/jobs/${job.id}`)).json().work.competition.winner).toEqual(winner);
    expect((await workers[0]?.client.get(`/api/v1/jobs/${job.id}/entries`))?.json().items).toHaveLength(1);
  });

  it('reminds the client to choose 3 and 1 days before the selection deadline, and not after choosing', async () => {
    const { client, job, entries } = await competitionWithEntries();
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    const reminders = async () =>
      (await client.client.get('/api/v1/me/notifications'))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'competition.select_reminder')
        .map((n: { title: string; body: string }) => `${n.title} ${n.body}`);
    t.clock.advance(11 * DAY + 1000);
    await t.runTasks();
    expect(await reminders()).toEqual([expect.stringMatching(/選定期限まであと3日です .*応募者2名で等分されます/)]);
    expect((await client.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: entries[0] })).statusCode).toBe(200);
    t.clock.advance(3 * DAY);
    await t.runTasks();
    await t.runTasks();
    expect(await reminders()).toHaveLength(1);
  });

  it('closes without a winner where allowed: the prize comes back, the client fee is kept', async () => {
    const { client, job, workers, entries } = await competitionWithEntries({ allowNoWinner: true });
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    // An entry withdrawn during selection cannot win.
    await workers[0]?.client.post(`/api/v1/entries/${entries[0]}/withdraw`, {});
    expect((await client.client.post(`/api/v1/jobs/${job.id}/winner`, { entryId: entries[0] })).json().code).toBe(
      'entry-not-eligible',
    );
    expect((await client.client.post(`/api/v1/jobs/${job.id}/no-winner`, { reason: '' })).statusCode).toBe(400);
    const res = await client.client.post(`/api/v1/jobs/${job.id}/no-winner`, {
      reason: '今回はイメージに合う作品がありませんでした',
    });
    expect(res.json().work.competition).toMatchObject({
      outcome: 'no_winner',
      noWinnerReason: '今回はイメージに合う作品がありませんでした',
    });
    expect(await escrowOf(job.id)).toBe(0);
    const refund = await t.database.db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as x', 'x.id', 'e.transaction_id')
      .select('e.amount')
      .where('x.key', '=', `competition_close:${job.id}`)
      .where('e.account_id', '=', 'world')
      .executeTakeFirstOrThrow();
    expect(Number(refund.amount)).toBe(30_000);
  });

  it('nobody chose by the deadline: the entrants share the prize; nobody entered: everything back', async () => {
    const { job, workers } = await competitionWithEntries({}, 3);
    // A second entry by the first entrant does not give a second share.
    await workers[0]?.client.post(`/api/v1/jobs/${job.id}/entries`, { title: '案1-2', description: '' });
    const empty = await postPaidJob((await loggedInUser(t)).client, competitionInput(t));
    t.clock.set(new Date(new Date(job.deadline).getTime() + 1000));
    await t.runTasks();
    expect(await escrowOf(empty.id)).toBe(0);
    const emptyState = (
      await t.database.db.selectFrom('job_escrows').select('outcome').where('job_id', '=', empty.id).executeTakeFirst()
    )?.outcome;
    expect(emptyState).toBe('no_entries');

    t.clock.advance(14 * DAY);
    await t.runTasks();
    expect(await escrowOf(job.id)).toBe(0);
    // ¥10,000 each: fee 20% = 2,000 and its tax 200.
    for (const w of workers) expect(await earnings(w.client)).toBe(7800);
    expect((await workers[2]?.client.get('/api/v1/me/work'))?.json().entries[0]).toMatchObject({
      result: 'shared',
      received: 7800,
    });
  });
});
