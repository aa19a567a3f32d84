// Registration numbers (適格請求書発行事業者登録番号) over HTTP: refusals, the warning for a
// number that is not a corporate number, who may set it, and where others see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { jobInput, loggedInUser, serviceInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const URL = '/api/v1/me/invoice-registration';

describe('registration number', () => {
  it('refuses malformed input with a Japanese message, and changes nothing', async () => {
    const { client } = await loggedInUser(t);
    for (const number of ['T123', 'T12345678901234', 'X1180301018771', 'T118030101877a']) {
      const res = await client.put(URL, { number });
      // A field the member typed wrong: the house's validation problem (400) with the field's message, as for bank accounts.
      expect(res.statusCode, number).toBe(400);
      expect(res.json().code).toBe('validation-failed');
      expect(res.json().errors).toContainEqual(
        expect.objectContaining({ pointer: '/number', code: 'invoice-number-invalid', detail: expect.stringContaining('13桁') }),
      );
    }
    expect((await client.get('/api/v1/me/profile')).json().invoiceNumber).toBeNull();
    expect((await client.put(URL, { number: 42 })).statusCode).toBe(400);
  });

  it('normalises a corporate number typed in full width, without a warning', async () => {
    const { client } = await loggedInUser(t);
    const res = await client.put(URL, { number: 'Ｔ１１８０-３０１０-１８７７１' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ number: 'T1180301018771', warning: null });
    expect((await client.get('/api/v1/me/profile')).json().invoiceNumber).toBe('T1180301018771');
  });

  it('keeps a number that is not a corporate number, with a warning (a sole proprietor)', async () => {
    const { client } = await loggedInUser(t);
    const res = await client.put(URL, { number: 'T1234567890123' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ number: 'T1234567890123', warning: 'check-digit-mismatch' });
    expect((await client.put(URL, { number: null })).json()).toEqual({ number: null, warning: null });
    expect((await client.get('/api/v1/me/profile')).json().invoiceNumber).toBeNull();
  });

  it('is only ever the member’s own: another member’s request changes their own number, never yours', async () => {
    const anon = await t.client();
    expect((await anon.put(URL, { number: 'T7000012050002' })).statusCode).toBe(401);
    const a = await loggedInUser(t);
    const b = await loggedInUser(t);
    await a.client.put(URL, { number: 'T7000012050002' });
    const sneaky = await b.client.put(URL, { number: null, userId: a.user.username });
    expect(sneaky.statusCode).toBe(400);
    await b.client.put(URL, { number: 'T1130001011420' });
    expect((await anon.get(`/api/v1/users/${a.user.username}`)).json().profile.invoiceNumber).toBe('T7000012050002');
    expect((await anon.get(`/api/v1/users/${b.user.username}`)).json().profile.invoiceNumber).toBe('T1130001011420');
  });

  it('shows on the public profile, on an application the client reads and on the service page', async () => {
    const worker = await loggedInUser(t);
    const client = await loggedInUser(t);
    await worker.client.put(URL, { number: 'T5010401067252' });
    const anon = await t.client();
    expect((await anon.get(`/api/v1/users/${worker.user.username}`)).json().profile.invoiceNumber).toBe('T5010401067252');

    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const applied = await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
      proposal: '請求書には登録番号を記載します。',
      quotedAmount: 20000,
      deliveryDays: 10,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const seen = (await client.client.get(`/api/v1/jobs/${job.id}/applications`)).json().items[0];
    expect(seen.workerInvoiceNumber).toBe('T5010401067252');

    const service = (await worker.client.post('/api/v1/services', serviceInput())).json();
    expect(service.seller.invoiceNumber).toBe('T5010401067252');
    await worker.client.put(URL, { number: null });
    expect((await worker.client.get(`/api/v1/services/${service.id}`)).json().seller.invoiceNumber).toBeNull();
  });
});

describe('withdrawal', () => {
  it('erases the registration number with the profile', async () => {
    const { user, client } = await loggedInUser(t);
    await client.put(URL, { number: 'T7000012050002' });
    const res = await client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '事業をやめたため',
      password: user.password,
      eraseNow: false,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const row = await t.database.db
      .selectFrom('profiles')
      .select('invoice_number')
      .innerJoin('users', 'users.id', 'profiles.user_id')
      .where('users.username', '=', user.username)
      .executeTakeFirst();
    expect(row).toBeUndefined();
    expect((await (await t.client()).get(`/api/v1/users/${user.username}`)).json().profile).toBeNull();
  });
});

describe('operator', () => {
  it('is public, from the settings', async () => {
    const res = await (await t.client()).get('/api/v1/operator');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ legalName: t.config.operator.legalName, demo: true, invoiceNumber: null });
  });
});
