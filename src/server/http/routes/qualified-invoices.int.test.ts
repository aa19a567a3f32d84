// Receipts and payment notices as qualified invoices through HTTP: the operator as
// issuer from the settings, the worker's registration number on the work, the tax per
// rate rounded once per document, withholding and its base, refunds split like the
// escrow, task and competition documents, and the year's fees as CSV.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { deliver, expectLedgerWhole, fundByCard, type HiredContract, hiredContract } from '../../../../test/contracts';
import { competitionInput, loggedInUser, postPaidJob, taskInput } from '../../../../test/factories';
import { OPERATOR } from '../../../../test/operator-env';
import { splitMilestone } from '../../../domain/money/fees';
import { loadOperator } from '../../operator';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ operator: loadOperator(OPERATOR, 'test', Error) });
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

const WORKER_NUMBER = 'T1180301018771';

/** A contract of the given milestones (amounts before tax), each funded, delivered and accepted. */
async function paidContract(amounts: number[], withholding: boolean): Promise<HiredContract> {
  const c = await hiredContract(t, { amount: amounts.reduce((s, a) => s + a, 0) });
  const terms = await c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
    milestones: amounts.map((amount, i) => ({ title: `第${i + 1}回`, amount, dueDate: '2099-01-31' })),
    withholding,
  });
  expect(terms.statusCode, terms.body).toBe(200);
  const agreed = (await c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms/answer`, { agree: true })).json();
  const ids = agreed.milestones.filter((m: { status: string }) => m.status === 'unfunded').map((m: { id: string }) => m.id);
  for (const id of ids) {
    await fundByCard(c, id);
    await deliver(c, id);
    expect((await c.client.client.post(`/api/v1/milestones/${id}/accept`, {})).statusCode).toBe(200);
  }
  return c;
}

const operatorIssuer = {
  name: OPERATOR.OPERATOR_NAME,
  postalCode: OPERATOR.OPERATOR_POSTAL_CODE,
  address: OPERATOR.OPERATOR_ADDRESS,
  invoiceNumber: OPERATOR.OPERATOR_INVOICE_NUMBER,
};

describe('contract documents as qualified invoices', () => {
  it('a registered worker: the work names their number; fee tax is rounded once (440 posted, 441 on the document)', async () => {
    const worker = await loggedInUser(t);
    expect((await worker.client.put('/api/v1/me/invoice-registration', { number: WORKER_NUMBER })).statusCode).toBe(200);
    const c = await paidContract([12_345, 67_891], false);
    const receipt = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/receipt`)).json();
    expect(receipt).toMatchObject({ subject: 'contract', contractId: c.contractId, jobId: null, platform: operatorIssuer });
    const a = splitMilestone(12_345, { withholding: false });
    const b = splitMilestone(67_891, { withholding: false });
    expect(receipt.total).toBe(a.escrow + b.escrow);
    const [work, fees] = receipt.invoice;
    expect(work).toMatchObject({ subject: 'work', invoiceNumber: null, qualified: false });
    expect(fees).toEqual({
      subject: 'fees',
      issuer: OPERATOR.OPERATOR_NAME,
      invoiceNumber: OPERATOR.OPERATOR_INVOICE_NUMBER,
      qualified: true,
      rates: [{ ratePercent: 10, taxIncluded: false, total: 4_412, tax: 441, postedTax: 440, difference: 1 }],
    });
    expect(work.rates).toEqual([
      { ratePercent: 10, taxIncluded: false, total: 80_236, tax: 8_023, postedTax: 8_023, difference: 0 },
    ]);
  });

  it('registered and unregistered workers, withholding with its base on both documents', async () => {
    const registered = await loggedInUser(t);
    await registered.client.put('/api/v1/me/invoice-registration', { number: WORKER_NUMBER });
    const c = await paidContract([100_000], true);
    // The contract's worker is a new member; register them, then read again.
    await c.worker.client.put('/api/v1/me/invoice-registration', { number: WORKER_NUMBER });
    const notice = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/payment-notice`)).json();
    const money = splitMilestone(100_000, { withholding: true });
    expect(money.withholding).toBe(10_210);
    expect(notice.withholding).toEqual({ base: 100_000, amount: 10_210 });
    expect(notice.lines[0]).toMatchObject({
      kind: 'paid',
      amount: 100_000,
      tax: 10_000,
      withholding: 10_210,
      withholdingBase: 100_000,
    });
    expect(notice.invoice[0]).toMatchObject({
      subject: 'work',
      issuer: c.worker.user.displayName,
      invoiceNumber: WORKER_NUMBER,
      qualified: true,
      rates: [{ ratePercent: 10, total: 100_000, tax: 10_000 }],
    });
    expect(notice.invoice[1]).toMatchObject({ subject: 'fees', rates: [{ total: money.workerFee, tax: money.workerFeeTax }] });
    const receipt = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/receipt`)).json();
    // The client's receipt says what was withheld from the fee, and on what.
    expect(receipt.withholding).toEqual({ base: 100_000, amount: 10_210 });
    expect(receipt.lines[0]).toMatchObject({ kind: 'escrow', withholding: 10_210, total: money.escrow });
    expect(receipt.invoice[0]).toMatchObject({ invoiceNumber: WORKER_NUMBER, qualified: true });

    // The worker leaves the register: the documents say the work is not a qualified invoice.
    await c.worker.client.put('/api/v1/me/invoice-registration', { number: null });
    const unregistered = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/payment-notice`)).json();
    expect(unregistered.invoice[0]).toMatchObject({ subject: 'work', invoiceNumber: null, qualified: false });
    expect(unregistered.invoice[1]).toMatchObject({ subject: 'fees', qualified: true });
  });

  it('a refund is split like the escrow: the work before tax, its tax, the fee and its tax', async () => {
    const c = await hiredContract(t, { amount: 30_000 });
    await fundByCard(c);
    await c.worker.client.post(`/api/v1/contracts/${c.contractId}/termination`, {
      reason: '体調不良のため途中までとさせてください',
      settlement: [{ milestoneId: c.milestoneId, workerAmount: 12_000 }],
    });
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/termination/answer`, { agree: true });
    const whole = splitMilestone(30_000, { withholding: false });
    const part = splitMilestone(12_000, { withholding: false });
    const receipt = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/receipt`)).json();
    expect(receipt.lines[1]).toEqual({
      milestone: expect.any(String),
      date: expect.any(String),
      kind: 'refund',
      amount: -(30_000 - 12_000),
      tax: -(whole.tax - part.tax),
      fee: -(whole.clientFee - part.clientFee),
      feeTax: -(whole.clientFeeTax - part.clientFeeTax),
      withholding: 0,
      withholdingBase: 0,
      total: -(whole.escrow - part.escrow),
    });
    const line = receipt.lines[1];
    expect(line.amount + line.tax + line.fee + line.feeTax).toBe(line.total);
    expect(receipt.total).toBe(part.escrow);
    expect(receipt.invoice[1].rates[0]).toMatchObject({ total: part.clientFee, postedTax: part.clientFeeTax });
  });

  it("another member's documents are refused; a party gets only their own kind", async () => {
    const c = await paidContract([10_000], false);
    const other = await loggedInUser(t);
    for (const kind of ['receipt', 'payment-notice']) {
      const res = await other.client.get(`/api/v1/contracts/${c.contractId}/${kind}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not-found');
    }
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}/payment-notice`)).json().code).toBe('forbidden');
  });
});

describe('task and competition documents', () => {
  it('a task: the client has a receipt with the unused slots refunded; each worker a payment notice', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    await worker.client.put('/api/v1/me/invoice-registration', { number: WORKER_NUMBER });
    const task = await postPaidJob(client.client, taskInput(t, { taskSlots: 3, taskUnitPrice: 1_000 }));
    const sub = (await worker.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '感想: 読みやすかったです。' })).json();
    expect((await client.client.post(`/api/v1/task-submissions/${sub.id}/approve`, {})).statusCode).toBe(200);
    await client.client.post(`/api/v1/jobs/${task.id}/close`, {});

    const receipt = (await client.client.get(`/api/v1/jobs/${task.id}/receipt`)).json();
    expect(receipt).toMatchObject({ kind: 'receipt', subject: 'task', jobId: task.id, contractId: null, worker: null });
    // ¥1,000 a slot (tax ¥90 within), client fee ¥50 + ¥5.
    expect(receipt.lines.map((l: { kind: string; total: number }) => [l.kind, l.total])).toEqual([
      ['escrow', 3 * 1_055],
      ['refund', -2 * 1_055],
    ]);
    expect(receipt.lines[0]).toMatchObject({ amount: 3 * 910, tax: 3 * 90, fee: 150, feeTax: 15 });
    expect(receipt.total).toBe(1_055);
    expect(receipt.invoice[0]).toMatchObject({
      subject: 'work',
      invoiceNumber: WORKER_NUMBER,
      rates: [{ taxIncluded: true, total: 1_000, tax: 90 }],
    });

    const notice = (await worker.client.get(`/api/v1/jobs/${task.id}/payment-notice`)).json();
    expect(notice).toMatchObject({ subject: 'task', sharedPrize: false, worker: { username: worker.user.username } });
    expect(notice.lines).toEqual([
      expect.objectContaining({ kind: 'task', amount: 910, tax: 90, fee: 200, feeTax: 20, total: 780 }),
    ]);

    // Refusals: the worker's receipt, the client's notice, a stranger's either.
    expect((await worker.client.get(`/api/v1/jobs/${task.id}/receipt`)).json().code).toBe('forbidden');
    expect((await client.client.get(`/api/v1/jobs/${task.id}/payment-notice`)).json().code).toBe('forbidden');
    const stranger = await loggedInUser(t);
    expect((await stranger.client.get(`/api/v1/jobs/${task.id}/receipt`)).statusCode).toBe(404);
    expect((await stranger.client.get(`/api/v1/jobs/${task.id}/payment-notice`)).statusCode).toBe(404);
  });

  it('a shared competition prize: the documents say each share was charged its own fee', async () => {
    const client = await loggedInUser(t);
    const a = await loggedInUser(t);
    const b = await loggedInUser(t);
    const job = await postPaidJob(client.client, competitionInput(t));
    for (const w of [a, b]) await w.client.post(`/api/v1/jobs/${job.id}/entries`, { title: '案', description: '' });
    t.clock.set(new Date(new Date(job.deadline).getTime() + 1000));
    await t.runTasks();
    t.clock.advance(14 * DAY);
    await t.runTasks();
    const notice = (await a.client.get(`/api/v1/jobs/${job.id}/payment-notice`)).json();
    expect(notice).toMatchObject({ subject: 'competition', sharedPrize: true });
    expect(notice.lines).toEqual([expect.objectContaining({ kind: 'share', fee: 3_000, feeTax: 300, total: 11_700 })]);
    const receipt = (await client.client.get(`/api/v1/jobs/${job.id}/receipt`)).json();
    expect(receipt).toMatchObject({ sharedPrize: true, total: 31_650 });
    expect(receipt.invoice.filter((p: { subject: string }) => p.subject === 'work')).toHaveLength(2);
  });
});

describe('the fees of a year as CSV', () => {
  it('one row per fee with its document, amount, tax and rate; only the member’s own', async () => {
    const c = await paidContract([10_000, 20_000], false);
    const year = Number(new Date(t.clock().getTime() + 9 * 3_600_000).toISOString().slice(0, 4));
    const res = await c.worker.client.get(`/api/v1/me/fees.csv?year=${year}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="yorozu-fees-${year}.csv"`);
    expect(res.body.startsWith('\uFEFF日付,書類,内容,手数料(税抜),消費税額,税率,合計(税込),契約ID,募集ID\r\n')).toBe(true);
    const rows = res.body.trim().split('\r\n').slice(1);
    const a = splitMilestone(10_000, { withholding: false });
    const b = splitMilestone(20_000, { withholding: false });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`,支払通知書,`);
    expect(rows[0]).toContain(`,${a.workerFee},${a.workerFeeTax},10%,${a.workerFee + a.workerFeeTax},${c.contractId},`);
    expect(rows[1]).toContain(`,${b.workerFee},${b.workerFeeTax},10%,`);
    const client = (await c.client.client.get(`/api/v1/me/fees.csv?year=${year}`)).body.trim().split('\r\n').slice(1);
    expect(client.map((r) => r.split(',')[1])).toEqual(['領収書', '領収書']);
    expect(client[0]).toContain(`,${a.clientFee},${a.clientFeeTax},10%,`);
    // Another year has nothing; a stranger sees only their own (none); a bad year is refused.
    expect((await c.worker.client.get(`/api/v1/me/fees.csv?year=${year - 1}`)).body.trim().split('\r\n')).toHaveLength(1);
    const stranger = await loggedInUser(t);
    expect((await stranger.client.get(`/api/v1/me/fees.csv?year=${year}`)).body.trim().split('\r\n')).toHaveLength(1);
    expect((await stranger.client.get('/api/v1/me/fees.csv?year=abc')).statusCode).toBe(400);
    expect((await (await t.client()).get(`/api/v1/me/fees.csv?year=${year}`)).statusCode).toBe(401);
  });
});
