// Staff are members too, but never act as staff on their own affairs: their own dispute,
// a deposit for their own contract or posting, their own transfer, a payout batch holding
// it. The refusal (403 staff-conflict-of-interest) changes nothing and is audited, and
// another staff member can act.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { taskInput } from '../../../../test/factories';

let t: TestApp;
let boss: Party; // an admin: every staff page is open to them
let colleague: Party;
beforeAll(async () => {
  t = await startTestApp();
  boss = await staffMember(t, 'admin');
  colleague = await staffMember(t, 'admin');
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});

const bossId = async () =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', boss.user.username).executeTakeFirstOrThrow()).id;

async function refusals(subjectId: string | null) {
  let q = t.database.db
    .selectFrom('audit_events')
    .select(['action', 'subject_type', 'data'])
    .where('action', '=', 'staff.conflict_refused')
    .where('actor_user_id', '=', await bossId());
  q = subjectId === null ? q.where('subject_id', 'is', null) : q.where('subject_id', '=', subjectId);
  return (await q.execute()).map((r) => ({
    type: r.subject_type,
    attempted: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data).attempted,
  }));
}

const problem = (res: { statusCode: number; json(): { code?: string } }) => ({ status: res.statusCode, code: res.json().code });
const REFUSED = { status: 403, code: 'staff-conflict-of-interest' };

describe('staff on their own affairs', () => {
  it('cannot settle a dispute on their own contract (as worker or client); a colleague can', async () => {
    for (const role of ['worker', 'client'] as const) {
      const c = await hiredContract(t, { [role]: boss });
      await fundByCard(c);
      expect(
        (await c.worker.client.post(`/api/v1/contracts/${c.contractId}/dispute`, { reason: '納品が確認されない' })).statusCode,
      ).toBe(200);
      const dispute = (await colleague.client.get('/api/v1/staff/disputes'))
        .json()
        .items.find((d: { contract: { id: string } }) => d.contract.id === c.contractId);
      const settle = (who: Party) =>
        who.client.post(`/api/v1/staff/disputes/${dispute.id}/settle`, {
          settlement: [{ milestoneId: c.milestoneId, workerAmount: 10_000 }],
          note: '判断しました',
        });
      const refused = await settle(boss);
      expect({ role, ...problem(refused) }).toEqual({ role, ...REFUSED });
      expect(refused.json().detail).toContain('ほかのスタッフ');
      expect((await colleague.client.get(`/api/v1/staff/disputes/${dispute.id}`)).json().status).toBe('open');
      expect(await refusals(dispute.id)).toEqual([{ type: 'dispute', attempted: 'dispute.settle' }]);
      expect((await settle(colleague)).statusCode).toBe(200);
    }
  });

  it('cannot confirm a deposit for their own contract (as client or worker) or their own posting', async () => {
    const asClient = await hiredContract(t, { client: boss, amount: 10_000 });
    const asWorker = await hiredContract(t, { worker: boss, amount: 10_000 });
    const depositIds: string[] = [];
    for (const c of [asClient, asWorker]) {
      const fund = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'bank_transfer' });
      expect(fund.statusCode).toBe(200);
      const row = await t.database.db
        .selectFrom('deposits')
        .select('id')
        .where('milestone_id', '=', c.milestoneId)
        .executeTakeFirstOrThrow();
      depositIds.push(row.id);
    }
    const draft = (await boss.client.post('/api/v1/jobs', taskInput(t, { publish: false }))).json();
    expect((await boss.client.post(`/api/v1/jobs/${draft.id}/fund`, { method: 'bank_transfer' })).statusCode).toBe(200);
    const jobDeposit = await t.database.db
      .selectFrom('deposits')
      .select(['id', 'amount'])
      .where('job_id', '=', draft.id)
      .executeTakeFirstOrThrow();
    depositIds.push(jobDeposit.id);

    for (const id of depositIds) {
      const { amount } = await t.database.db
        .selectFrom('deposits')
        .select('amount')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const refused = await boss.client.post(
        `/api/v1/staff/deposits/${id}/confirm`,
        { receivedAmount: amount },
        { 'idempotency-key': `c-${id}` },
      );
      expect(problem(refused)).toEqual(REFUSED);
      const row = await t.database.db.selectFrom('deposits').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('pending');
      expect(await refusals(id)).toEqual([{ type: 'deposit', attempted: 'deposit.confirm' }]);
      expect((await colleague.client.post(`/api/v1/staff/deposits/${id}/confirm`, { receivedAmount: amount })).statusCode).toBe(
        200,
      );
    }
  });

  it('cannot batch, download, or mark done or failed their own transfer; a colleague can', async () => {
    const c = await hiredContract(t, { worker: boss, amount: 10_000 });
    await fundByCard(c);
    await deliver(c);
    await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
    const bank = await boss.client.put('/api/v1/me/bank-account', {
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderName: 'ウンエイ タロウ',
      password: boss.user.password,
    });
    expect(bank.statusCode, bank.body).toBe(200);
    const payout = (await boss.client.post('/api/v1/me/payouts', { amount: 5_000 })).json();

    expect(problem(await boss.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' }))).toEqual(REFUSED);
    expect(await refusals(null)).toEqual([{ type: 'payout_batch', attempted: 'payout.batch' }]);
    expect((await boss.client.get('/api/v1/staff/payout-batches')).json().items).toEqual([]);

    const batch = await colleague.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
    expect(batch.statusCode).toBe(201);
    const file = `/api/v1/staff/payout-batches/${batch.json().id}/zengin`;
    expect(problem(await boss.client.get(file))).toEqual(REFUSED);
    expect(await refusals(batch.json().id)).toEqual([{ type: 'payout_batch', attempted: 'payout.download' }]);
    expect((await colleague.client.get(file)).statusCode).toBe(200);

    expect(problem(await boss.client.post(`/api/v1/staff/payouts/${payout.id}/done`, {}))).toEqual(REFUSED);
    expect(problem(await boss.client.post(`/api/v1/staff/payouts/${payout.id}/fail`, { reason: '口座なし' }))).toEqual(REFUSED);
    expect(await refusals(payout.id)).toEqual([
      { type: 'payout_request', attempted: 'payout.paid' },
      { type: 'payout_request', attempted: 'payout.failed' },
    ]);
    const status = async () =>
      (await t.database.db.selectFrom('payout_requests').select('status').where('id', '=', payout.id).executeTakeFirstOrThrow())
        .status;
    expect(await status()).toBe('batched');
    // A transfer is marked done on its transfer date (the batch's date, 30 April).
    t.clock.set('2026-04-30T01:00:00Z');
    expect((await colleague.client.post(`/api/v1/staff/payouts/${payout.id}/done`, {})).json().status).toBe('paid');
  });
});
