// Inputs that once reached a stack overflow, PostgreSQL or a multipart parser and came
// back as 500s: each is now a 4xx problem with a stable code, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { fundByCard, hiredContract, staffMember } from '../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, taskInput } from '../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('deeply nested JSON', () => {
  it('answers 400 json-too-deep on every JSON route, however deep', async () => {
    const { client } = await loggedInUser(t);
    for (const depth of [8_000, 60_000]) {
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const res = await client.request({
        method: 'PATCH',
        url: '/api/v1/me',
        payload: deep,
        headers: { 'content-type': 'application/json' },
      });
      expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 400, code: 'json-too-deep' });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const res = await client.request({
      method: 'POST',
      url: '/api/v1/jobs',
      payload: objects,
      headers: { 'content-type': 'application/json' },
    });
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 400, code: 'json-too-deep' });
    // Ordinary nesting still validates field by field.
    const shallow = await client.patch('/api/v1/me', { displayName: [[[[['x']]]]] });
    expect(shallow.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/displayName' }] });
  });

  it('still finds U+0000 at any depth it accepts', async () => {
    const { client } = await loggedInUser(t);
    const res = await client.patch('/api/v1/me', { displayName: [[[['a\u0000']]]] });
    expect(res.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/displayName/0/0/0/0' }] });
  });
});

describe('impossible dates', () => {
  it('a payout batch for 2026-02-30, 2026-13-01 or 0000-00-00 is a field error', async () => {
    const finance = await staffMember(t, 'finance');
    for (const paymentDate of ['2026-02-30', '2026-13-01', '0000-00-00', '2026-04-31', '0000-01-01']) {
      const res = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate });
      expect({ paymentDate, status: res.statusCode, body: res.json() }).toMatchObject({
        paymentDate,
        status: 400,
        body: { code: 'validation-failed', errors: [{ pointer: '/paymentDate', code: 'date-invalid' }] },
      });
    }
  });

  it('every other date field and query refuses dates the calendar does not have', async () => {
    const { client } = await loggedInUser(t);
    for (const deliveryDate of ['2026-02-30', '2026-06-31', '0000-01-01']) {
      const res = await client.post('/api/v1/jobs', jobInput(t, { deliveryDate }));
      expect(res.json()).toMatchObject({
        code: 'validation-failed',
        errors: [{ pointer: '/deliveryDate', code: 'date-invalid' }],
      });
    }
    for (const deadline of ['2026-04-31T10:00:00+09:00', '2026-02-29T10:00:00Z', '2026-04-10T24:00:00Z']) {
      const res = await client.post('/api/v1/jobs', jobInput(t, { deadline }));
      expect(res.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/deadline', code: 'date-invalid' }] });
    }
    const search = await client.get('/api/v1/jobs?deadlineBefore=2026-02-30');
    expect(search.json()).toMatchObject({
      code: 'validation-failed',
      errors: [{ pointer: '/querystring/deadlineBefore', code: 'date-invalid' }],
    });
    const month = await client.get('/api/v1/me/statements?month=0000-01');
    expect(month.statusCode).toBe(400);
  });
});

describe('bank lookup', () => {
  it.each(['__proto__', 'toString', 'valueOf', '12345'])('GET /banks/%s/branches is a 404 problem', async (code) => {
    const res = await (await t.client()).get(`/api/v1/banks/${code}/branches?q=a`);
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 404, code: 'not-found' });
  });

  it('a real bank still lists its branches', async () => {
    const res = await (await t.client()).get('/api/v1/banks/0005/branches?q=001');
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: '001' });
  });
});

describe('ids that look like UUIDs but are not', () => {
  const fakes = [
    '------------------------------------',
    '0'.repeat(36),
    'abcdefab-cdef-abcd-efab-cdefabcdef-1',
    `${'a'.repeat(35)}-`,
  ];

  it('attachment ids, entry ids and settlement milestone ids are field errors', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const project = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const task = await postPaidJob(client.client, taskInput(t));
    const competition = await postPaidJob(client.client, competitionInput(t));
    const contract = await hiredContract(t);
    await fundByCard(contract);
    for (const fake of fakes) {
      const apply = await worker.client.post(`/api/v1/jobs/${project.id}/applications`, {
        proposal: 'よろしくお願いします。',
        quotedAmount: 10_000,
        deliveryDays: 7,
        attachmentIds: [fake],
      });
      expect(apply.json()).toMatchObject({
        code: 'validation-failed',
        errors: [{ pointer: '/attachmentIds/0', code: 'attachment-invalid' }],
      });
      const submit = await worker.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '回答です', attachmentIds: [fake] });
      expect(submit.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/attachmentIds/0' }] });
      const winner = await client.client.post(`/api/v1/jobs/${competition.id}/winner`, { entryId: fake });
      expect(winner.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/entryId' }] });
      const termination = await contract.client.client.post(`/api/v1/contracts/${contract.contractId}/termination`, {
        reason: '事情により解消したいです。',
        settlement: [{ milestoneId: fake, workerAmount: 0 }],
      });
      expect(termination.json()).toMatchObject({
        code: 'validation-failed',
        errors: [{ pointer: '/settlement/0/milestoneId', code: 'invalid-choice' }],
      });
    }
  });
});

describe('numbers past the columns', () => {
  it('a terms version past 32 bits is a 400, not a database error', async () => {
    const contract = await hiredContract(t);
    for (const version of ['2147483648', '100000000000000000000', '1e300']) {
      const res = await contract.client.client.get(`/api/v1/contracts/${contract.contractId}/terms?version=${version}`);
      expect({ version, status: res.statusCode, code: res.json().code }).toEqual({
        version,
        status: 400,
        code: 'validation-failed',
      });
    }
    expect((await contract.client.client.get(`/api/v1/contracts/${contract.contractId}/terms?version=1`)).statusCode).toBe(200);
  });
});

describe('multipart uploads', () => {
  it('a malformed body is 400 malformed-multipart; a form without a file is 400 file-missing', async () => {
    const { client } = await loggedInUser(t);
    const garbage = await client.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: 'garbage',
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    });
    expect({ status: garbage.statusCode, code: garbage.json().code }).toEqual({ status: 400, code: 'malformed-multipart' });
    const truncated = await client.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello',
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    });
    expect({ status: truncated.statusCode, code: truncated.json().code }).toEqual({ status: 400, code: 'malformed-multipart' });
    const noBoundary = await client.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: 'x',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.headers['content-type']).toContain('application/problem+json');
    const fieldOnly = await client.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: '--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--XyZ--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    });
    expect({ status: fieldOnly.statusCode, code: fieldOnly.json().code }).toEqual({ status: 400, code: 'file-missing' });
    const empty = await client.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: '--XyZ--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    });
    expect({ status: empty.statusCode, code: empty.json().code }).toEqual({ status: 400, code: 'file-missing' });
    const rows = await t.database.db.selectFrom('attachments').select('id').execute();
    expect(rows).toEqual([]);
  });
});
